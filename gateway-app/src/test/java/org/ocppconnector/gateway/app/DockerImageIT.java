package org.ocppconnector.gateway.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.ocppconnector.gateway.core.rpc.OcppJson;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.output.OutputFrame;
import org.testcontainers.containers.output.ToStringConsumer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.images.builder.ImageFromDockerfile;
import org.testcontainers.junit.jupiter.Testcontainers;

/**
 * The container image: built from {@code docker/Dockerfile} as {@code docker build} would, run
 * with the stdio bridge (no Kinesis needed), checked for its health endpoint, a station's round
 * trip, JSON logs and a clean exit on {@code docker stop}. Skipped where no Docker engine runs.
 */
@Testcontainers(disabledWithoutDocker = true)
@Timeout(value = 20, unit = TimeUnit.MINUTES)
class DockerImageIT {

    private static final ObjectMapper JSON = OcppJson.newMapper();
    /** The modules the image's build reads (docker/build.pom.xml). */
    private static final List<String> MODULES = List.of("gateway-core", "gateway-testkit", "gateway-ocpp16",
            "gateway-ocpp201", "gateway-kinesis", "gateway-app");

    /** The build context: what docker/Dockerfile copies from the repository root, nothing else. */
    private static ImageFromDockerfile image() {
        Path root = Path.of("").toAbsolutePath().getParent();
        ImageFromDockerfile image = new ImageFromDockerfile("ocpp-gateway-it", true)
                .withDockerfilePath("docker/Dockerfile")
                .withFileFromPath("pom.xml", root.resolve("pom.xml"))
                .withFileFromPath("docker", root.resolve("docker"));
        for (String module : MODULES) {
            image.withFileFromPath(module + "/pom.xml", root.resolve(module).resolve("pom.xml"));
            image.withFileFromPath(module + "/src", root.resolve(module).resolve("src"));
        }
        return image;
    }

    @Test
    void imageServesStationsReportsHealthLogsJsonAndStopsCleanly() throws Exception {
        ToStringConsumer stdout = new ToStringConsumer();
        ToStringConsumer stderr = new ToStringConsumer();
        try (GenericContainer<?> gateway = new GenericContainer<>(image())
                .withEnv("GATEWAY_BRIDGE", "stdio")
                .withEnv("GATEWAY_ID", "gw-docker")
                .withEnv("GATEWAY_DRAIN_WINDOW", "2")
                .withExposedPorts(8080, 8081)
                .withLogConsumer(frame -> (frame.getType() == OutputFrame.OutputType.STDERR ? stderr : stdout)
                        .accept(frame))
                .waitingFor(Wait.forHttp("/health/ready").forPort(8081).forStatusCode(200)
                        .withStartupTimeout(Duration.ofMinutes(2)))) {
            gateway.start();
            String host = gateway.getHost();
            HttpClient http = HttpClient.newHttpClient();
            HttpResponse<String> live = http.send(HttpRequest.newBuilder(
                    URI.create("http://" + host + ":" + gateway.getMappedPort(8081) + "/health/live")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, live.statusCode());

            URI endpoint = URI.create("ws://" + host + ":" + gateway.getMappedPort(8080) + "/ocpp");
            try (JdkWebSocketStation station = JdkWebSocketStation.connect(http, URI.create(endpoint + "/CP-DOCKER"),
                    "CP-DOCKER")) {
                JsonNode answer = station.call("hb-1", "Heartbeat", "{}").get(20, TimeUnit.SECONDS);
                assertEquals(3, answer.get(0).asInt(), "CALLRESULT: " + answer);
            }

            // docker stop: SIGTERM to the JVM (PID 1), which drains and exits 0.
            String id = gateway.getContainerId();
            gateway.getDockerClient().stopContainerCmd(id).withTimeout(30).exec();
            Long exitCode = gateway.getDockerClient().inspectContainerCmd(id).exec().getState().getExitCodeLong();
            assertEquals(0L, exitCode, "exit code after docker stop; logs: " + stderr.toUtf8String());

            assertTrue(stdout.toUtf8String().contains("\"subject\":\"CP-DOCKER\""), "events on stdout: " + stdout);
            boolean connectLogged = false;
            for (String line : stderr.toUtf8String().split("\n")) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode entry = JSON.readTree(line);
                if (entry.path("formattedMessage").asText().startsWith("station CP-DOCKER connected")) {
                    connectLogged = "CP-DOCKER".equals(entry.path("mdc").path("stationId").asText());
                }
            }
            assertTrue(connectLogged, "no JSON connect line with the station id: " + stderr.toUtf8String());
        }
    }
}
