package org.ocppconnector.gateway.app;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.ocppconnector.gateway.testkit.AdminPort;
import org.ocppconnector.gateway.testkit.Fixtures;
import org.ocppconnector.gateway.testkit.KinesisLocal;

/**
 * The packaged gateway ({@code target/ocpp-gateway.jar}) run as a separate process, as operators
 * run it: configured by environment variables, stopped by SIGTERM to its PID.
 */
final class GatewayProcess implements AutoCloseable {

    static final Path JAR = Path.of("target", "ocpp-gateway.jar").toAbsolutePath();

    private final Process process;
    private final String gatewayId;
    private final int port;
    private final int adminPort;
    private final Path log;

    private GatewayProcess(Process process, String gatewayId, int port, int adminPort, Path log) {
        this.process = process;
        this.gatewayId = gatewayId;
        this.port = port;
        this.adminPort = adminPort;
        this.log = log;
    }

    /** Starts a gateway against the emulator's streams and waits until it is ready. */
    static GatewayProcess start(String gatewayId, KinesisLocal kinesis, String uplink, String downlink,
            Map<String, String> extraEnv) throws Exception {
        if (!Files.isRegularFile(JAR)) {
            throw new IllegalStateException(JAR + " missing: run 'mvn package' first (failsafe runs after it)");
        }
        int port = Fixtures.freeLoopbackPort();
        int adminPort = Fixtures.freeLoopbackPort();
        Map<String, String> env = new HashMap<>();
        env.put("GATEWAY_ID", gatewayId);
        env.put("GATEWAY_BIND_ADDRESS", "127.0.0.1");
        env.put("GATEWAY_PORT", String.valueOf(port));
        env.put("GATEWAY_ADMIN_PORT", String.valueOf(adminPort));
        env.put("KINESIS_UPLINK_STREAM", uplink);
        env.put("KINESIS_DOWNLINK_STREAM", downlink);
        env.put("KINESIS_ENDPOINT", kinesis.endpoint().toString());
        env.put("AWS_REGION", KinesisLocal.REGION.id());
        env.put("AWS_ACCESS_KEY_ID", "test");
        env.put("AWS_SECRET_ACCESS_KEY", "test");
        // A short drain keeps the tests' shutdowns quick; tests of the drain set their own.
        env.put("GATEWAY_DRAIN_WINDOW", "1");
        env.putAll(extraEnv);
        Path log = Path.of("target", "gateway-" + gatewayId + "-" + port + ".log").toAbsolutePath();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(java, "-Xmx512m",
                "-Dio.netty.leakDetection.level=paranoid", "-jar", JAR.toString())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(env);
        GatewayProcess gateway = new GatewayProcess(builder.start(), gatewayId, port, adminPort, log);
        try {
            gateway.awaitReady(Duration.ofSeconds(60));
        } catch (Exception e) {
            gateway.close();
            throw e;
        }
        return gateway;
    }

    /** The endpoint a station is given, without its id: {@code ws://127.0.0.1:PORT/ocpp}. */
    URI stationEndpoint() {
        return URI.create("ws://127.0.0.1:" + port + "/ocpp");
    }

    URI stationUri(String stationId) {
        return URI.create("ws://127.0.0.1:" + port + "/ocpp/" + stationId);
    }

    String gatewayId() {
        return gatewayId;
    }

    int port() {
        return port;
    }

    Path log() {
        return log;
    }

    int health(String path) {
        return AdminPort.status(adminPort, path);
    }

    /** The body of a GET on the admin port; fails unless the status is 200. */
    String adminGet(String path) throws IOException {
        HttpURLConnection connection = (HttpURLConnection) URI.create("http://127.0.0.1:" + adminPort + path)
                .toURL().openConnection();
        connection.setConnectTimeout(1000);
        connection.setReadTimeout(5000);
        try {
            if (connection.getResponseCode() != 200) {
                throw new IOException("GET " + path + ": " + connection.getResponseCode());
            }
            try (var in = connection.getInputStream()) {
                return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            }
        } finally {
            connection.disconnect();
        }
    }

    private void awaitReady(Duration timeout) throws Exception {
        AdminPort.awaitReady(process, adminPort, timeout, this::logText);
    }

    private String logText() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            return log + " (unreadable: " + e + ")";
        }
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** SIGTERM, as ECS stops a task; returns the exit code, forcibly killing after {@code timeout}. */
    int stop(Duration timeout) throws InterruptedException {
        process.destroy();
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            process.waitFor(5, TimeUnit.SECONDS);
            return -1;
        }
        return process.exitValue();
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            stop(Duration.ofSeconds(15));
        }
    }

}
