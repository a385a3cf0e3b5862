package org.ocppconnector.gateway.loadtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.ocppconnector.gateway.core.security.PasswordHash;
import org.ocppconnector.gateway.core.testing.NettyLeakCheck;
import org.ocppconnector.gateway.core.testing.TestPki;
import org.ocppconnector.gateway.testkit.KinesisLocal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The load tool against the packaged gateway on loopback, with small numbers: every scenario,
 * Basic auth and TLS, the downlink through the Kinesis emulator, and the runnable jar itself.
 * Asserts on the tool's JSON line, so what scripts read is what is tested.
 */
@ExtendWith(NettyLeakCheck.class)
class LoadToolIT {

    private static final Logger logger = LoggerFactory.getLogger(LoadToolIT.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A plain gateway with the stdio bridge, shared by the tests that need nothing else. */
    private static GatewayJar plain;

    @BeforeAll
    static void startPlainGateway() throws Exception {
        // Authorize answered by the gateway, so the mix can include it without a backend.
        plain = GatewayJar.start("lt-plain", Map.of("GATEWAY_BRIDGE", "stdio", "GATEWAY_POLICIES", """
                {"1.6:Authorize": {"policy": "local", "response": {"idTagInfo": {"status": "Accepted"}}},
                 "2.0.1:Authorize": {"policy": "local", "response": {"idTokenInfo": {"status": "Accepted"}}}}
                """));
    }

    @AfterAll
    static void stopPlainGateway() {
        if (plain != null) {
            plain.close();
        }
    }

    /** The tool's exit code and the JSON line it printed last. */
    private record Outcome(int exitCode, JsonNode json, String stdout) {}

    private static Outcome runTool(String... args) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        long start = System.nanoTime();
        int code = LoadTool.run(Arrays.asList(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        String stdout = out.toString(StandardCharsets.UTF_8);
        logger.info("{} in {} ms:\n{}{}", String.join(" ", args), (System.nanoTime() - start) / 1_000_000,
                err.toString(StandardCharsets.UTF_8), stdout);
        List<String> lines = stdout.lines().toList();
        assertTrue(!lines.isEmpty() && lines.getLast().startsWith("{"), "no JSON line: " + stdout + err);
        return new Outcome(code, JSON.readTree(lines.getLast()), stdout);
    }

    private static void assertPercentiles(JsonNode node, long count) {
        assertEquals(count, node.get("count").asLong(), node.toString());
        double p50 = node.get("p50").asDouble();
        assertTrue(p50 > 0, node.toString());
        assertTrue(p50 <= node.get("p90").asDouble() && node.get("p90").asDouble() <= node.get("p99").asDouble()
                && node.get("p99").asDouble() <= node.get("p999").asDouble()
                && node.get("p999").asDouble() <= node.get("max").asDouble(), node.toString());
    }

    private static void assertNoErrors(JsonNode json) {
        assertEquals(0, json.at("/errors/total").asLong(), json.toString());
        assertTrue(json.get("ok").asBoolean());
    }

    @Test
    void callsOfBothVersionsAreAllAnswered() throws Exception {
        // 50 stations at 200 CALLs/s for 4 s: every station sends one CALL per 250 ms, 16 in all,
        // drawn from every action the tool knows.
        Outcome outcome = runTool("calls", "--url", plain.url(false), "--stations", "50", "--rate", "200",
                "--duration", "4s", "--progress", "1s",
                "--mix", "Heartbeat=1,StatusNotification=1,MeterValues=1,TransactionEvent=1,Authorize=1");
        JsonNode json = outcome.json();
        assertEquals(0, outcome.exitCode(), outcome.stdout());
        assertEquals(50, json.get("stations").asInt());
        assertEquals(25, json.get("ocpp16").asInt());
        assertEquals(25, json.get("ocpp201").asInt());
        assertEquals(50, json.get("booted").asInt());
        assertPercentiles(json.get("connectMs"), 50);
        assertPercentiles(json.get("bootMs"), 50);
        assertEquals(800, json.at("/calls/sent").asLong());
        assertEquals(800, json.at("/calls/answered").asLong());
        assertEquals(0, json.at("/calls/unsent").asLong());
        // Answers within the window: the last few arrive after it.
        assertEquals(200.0, json.at("/calls/throughput").asDouble(), 4.0);
        assertPercentiles(json.at("/calls/ms"), 800);
        assertPercentiles(json.at("/calls/serviceMs"), 800);
        assertNoErrors(json);
        assertTrue(outcome.stdout().contains("call latency  p50 "), outcome.stdout());
    }

    @Test
    void warmupCallsAreSentButNotMeasured() throws Exception {
        // Only Heartbeat and the 1.6 StopTransaction / 2.0.1 TransactionEvent, 2 of 4 s measured.
        Outcome outcome = runTool("calls", "--url", plain.url(false), "--stations", "20", "--station-rate", "2",
                "--duration", "4", "--warmup", "2", "--mix", "Heartbeat=1,TransactionEvent=1",
                "--ocpp201-fraction", "0.25", "--progress", "0");
        JsonNode json = outcome.json();
        assertEquals(5, json.get("ocpp201").asInt());
        assertEquals(160, json.at("/calls/sent").asLong());
        assertEquals(80, json.at("/calls/answered").asLong());
        assertEquals(40.0, json.at("/calls/throughput").asDouble(), 1.0);
        assertNoErrors(json);
    }

    @Test
    void connectHoldsIdleStationsAndSignalsWhenAllAreBooted(@TempDir Path dir) throws Exception {
        Path ready = dir.resolve("ready");
        Outcome outcome = runTool("connect", "--url", plain.url(false), "--stations", "60", "--duration", "2",
                "--connect-rate", "200", "--ready-file", ready.toString(), "--progress", "0");
        JsonNode json = outcome.json();
        assertEquals(60, json.get("booted").asInt());
        assertTrue(json.path("calls").isMissingNode(), "no calls in an idle connect run");
        // 60 stations at 200/s take at least 295 ms to start.
        assertTrue(json.get("connectSeconds").asDouble() >= 0.29, json.toString());
        assertEquals("60 of 60 booted", Files.readString(ready).strip());
        assertNoErrors(json);
    }

    @Test
    void stormReconnectsEveryStation() throws Exception {
        Outcome outcome = runTool("storm", "--url", plain.url(false), "--stations", "50", "--hold", "1",
                "--storm-cycles", "2", "--progress", "0");
        JsonNode json = outcome.json();
        assertEquals(0, outcome.exitCode(), outcome.stdout());
        JsonNode cycles = json.at("/storm/cycles");
        assertEquals(2, cycles.size());
        for (JsonNode cycle : cycles) {
            assertEquals(50, cycle.get("dropped").asInt());
            assertEquals(50, cycle.get("rebooted").asInt());
            assertTrue(cycle.get("recoverySeconds").asDouble() > 0, cycle.toString());
        }
        assertPercentiles(json.at("/storm/connectMs"), 100);
        // Initial boot plus one per cycle.
        assertEquals(150, json.at("/bootMs/count").asLong());
        assertNoErrors(json);
    }

    @Test
    void cleanStormClosesWithAWebSocketClose() throws Exception {
        Outcome outcome = runTool("storm", "--url", plain.url(false), "--stations", "20", "--hold", "0.5",
                "--storm-close", "clean", "--progress", "0");
        assertEquals(20, outcome.json().at("/storm/cycles/0/rebooted").asInt());
        assertNoErrors(outcome.json());
    }

    @Test
    void refusedUpgradesCountAsConnectFailures() throws Exception {
        // A path the gateway does not serve: every upgrade gets 404.
        Outcome refused = runTool("calls", "--url", plain.url(false).replace("/ocpp", "/nowhere"), "--stations", "5",
                "--duration", "1", "--retries", "1", "--retry-delay", "100ms", "--progress", "0",
                "--max-errors", "9");
        JsonNode json = refused.json();
        assertEquals(0, json.get("booted").asInt());
        assertEquals(10, json.at("/errors/connectFailures").asLong(), json.toString());
        assertEquals(10, json.at("/errors/details/connectFailures:http 404").asLong(), json.toString());
        assertEquals(1, refused.exitCode(), "10 errors > --max-errors 9");
    }

    @Test
    void aGatewayGoingAwayCountsUnexpectedCloses(@TempDir Path dir) throws Exception {
        Path ready = dir.resolve("ready");
        try (GatewayJar gateway = GatewayJar.start("lt-leaving", Map.of("GATEWAY_BRIDGE", "stdio"))) {
            java.util.concurrent.CompletableFuture<Outcome> run = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
                try {
                    return runTool("connect", "--url", gateway.url(false), "--stations", "30", "--duration", "5",
                            "--ready-file", ready.toString(), "--progress", "0");
                } catch (Exception e) {
                    throw new java.util.concurrent.CompletionException(e);
                }
            });
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (!Files.exists(ready) && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            assertTrue(Files.exists(ready), "the stations did not boot");
            // SIGTERM with no drain window: every station is closed with 1001 at once.
            gateway.close();
            JsonNode json = run.get(60, TimeUnit.SECONDS).json();
            assertEquals(30, json.get("booted").asInt());
            assertEquals(30, json.at("/errors/unexpectedCloses").asLong(), json.toString());
            assertEquals(30, json.at("/errors/details/unexpectedCloses:close 1001").asLong(), json.toString());
            assertEquals(30, json.at("/errors/total").asLong());
        }
    }

    @Test
    void basicAuthOverTls(@TempDir Path dir) throws Exception {
        TestPki pki = TestPki.create(dir.resolve("pki"), "loadtest");
        TestPki.Issued server = pki.server("gateway");
        // One hash for every station: the cheapest count the gateway accepts keeps the test quick.
        String hash = PasswordHash.create("right-password-0123", 100_000).encode();
        StringBuilder credentials = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            credentials.append(String.format(java.util.Locale.ROOT, "LT-%06d %s 2%n", i, hash));
        }
        Path file = dir.resolve("stations.txt");
        Files.writeString(file, credentials, StandardCharsets.UTF_8);
        try (GatewayJar gateway = GatewayJar.start("lt-secure", Map.of(
                "GATEWAY_BRIDGE", "stdio",
                "GATEWAY_AUTH", "file",
                "GATEWAY_CREDENTIALS_FILE", file.toString(),
                "GATEWAY_TLS_CERT", server.certificate().toString(),
                "GATEWAY_TLS_KEY", server.key().toString()))) {
            Outcome ok = runTool("calls", "--url", gateway.url(true), "--tls-ca", pki.caPem().toString(),
                    "--password", "right-password-0123", "--stations", "10", "--rate", "20", "--duration", "2",
                    "--progress", "0");
            assertEquals(10, ok.json().get("booted").asInt());
            assertEquals(40, ok.json().at("/calls/answered").asLong());
            assertNoErrors(ok.json());

            Outcome trustAll = runTool("connect", "--url", gateway.url(true), "--tls-trust-all",
                    "--password", "right-password-0123", "--stations", "10", "--duration", "1", "--progress", "0");
            assertEquals(10, trustAll.json().get("booted").asInt());
            assertNoErrors(trustAll.json());

            Outcome wrong = runTool("connect", "--url", gateway.url(true), "--tls-ca", pki.caPem().toString(),
                    "--password", "wrong-password-0123", "--stations", "10", "--duration", "1", "--progress", "0");
            assertEquals(1, wrong.exitCode());
            assertEquals(0, wrong.json().get("booted").asInt());
            assertEquals(10, wrong.json().at("/errors/connectFailures").asLong());
            assertEquals(10, wrong.json().at("/errors/details/connectFailures:http 401").asLong(),
                    wrong.json().toString());

            // The JDK's default trust does not know the test CA: the TLS handshake fails.
            Outcome untrusted = runTool("connect", "--url", gateway.url(true), "--password", "right-password-0123",
                    "--stations", "2", "--duration", "1", "--progress", "0", "--max-errors", "2");
            assertEquals(0, untrusted.exitCode());
            assertEquals(2, untrusted.json().at("/errors/details/connectFailures:tls").asLong(),
                    untrusted.json().toString());
        }
    }

    @Test
    void downlinkCommandsReachTheirStations() throws Exception {
        try (KinesisLocal kinesis = KinesisLocal.launch(Map.of("uplink", 1, "downlink", 1));
                GatewayJar gateway = GatewayJar.start("lt-kinesis", Map.of(
                        "KINESIS_UPLINK_STREAM", "uplink",
                        "KINESIS_DOWNLINK_STREAM", "downlink",
                        "KINESIS_ENDPOINT", kinesis.endpoint().toString(),
                        "AWS_REGION", KinesisLocal.REGION.id(),
                        "AWS_ACCESS_KEY_ID", "kinesis-local-key",
                        "AWS_SECRET_ACCESS_KEY", "kinesis-local-secret"))) {
            // 20 commands/s for 3 s over 20 stations, while the stations also send a few CALLs.
            Outcome outcome = runTool("downlink", "--url", gateway.url(false), "--stations", "20",
                    "--kinesis-endpoint", kinesis.endpoint().toString(), "--kinesis-region", KinesisLocal.REGION.id(),
                    "--downlink-stream", "downlink", "--command-rate", "20", "--duration", "3", "--rate", "10",
                    "--call-timeout", "15", "--progress", "1");
            JsonNode json = outcome.json();
            assertEquals(0, outcome.exitCode(), outcome.stdout());
            assertEquals(20, json.get("booted").asInt());
            assertEquals(60, json.at("/commands/put").asLong());
            assertEquals(60, json.at("/commands/received").asLong());
            assertPercentiles(json.at("/commands/ms"), 60);
            assertEquals(30, json.at("/calls/answered").asLong());
            assertNoErrors(json);
        }
    }

    @Test
    void theRunnableJar() throws Exception {
        Path jar = Path.of(System.getProperty("loadtest.jar", "target/gateway-loadtest.jar"));
        assertTrue(Files.isRegularFile(jar), jar + " missing");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();

        Process help = new ProcessBuilder(java, "-jar", jar.toString(), "--help").redirectErrorStream(true).start();
        String usage = new String(help.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(help.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, help.exitValue());
        assertTrue(usage.startsWith("usage: java -jar gateway-loadtest.jar SCENARIO"), usage);

        Process bad = new ProcessBuilder(java, "-jar", jar.toString(), "calls", "--stations", "0")
                .redirectErrorStream(true).start();
        String error = new String(bad.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(bad.waitFor(60, TimeUnit.SECONDS));
        assertEquals(2, bad.exitValue());
        assertTrue(error.contains("--stations: 0 (expected: 1..1000000)"), error);

        List<String> command = new ArrayList<>(List.of(java, "-jar", jar.toString(), "calls", "--url",
                plain.url(false), "--stations", "10", "--rate", "20", "--duration", "1", "--progress", "0"));
        Process run = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        List<String> lines = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        assertTrue(run.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, run.exitValue(), String.join("\n", lines));
        JsonNode json = JSON.readTree(lines.getLast());
        assertEquals(20, json.at("/calls/answered").asLong());
        assertNoErrors(json);
    }
}
