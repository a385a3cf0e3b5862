package org.ocppconnector.gateway.loadtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LoadOptionsTest {

    private static LoadOptions parse(String... args) {
        return LoadOptions.parse(Arrays.asList(args));
    }

    private static String error(String... args) {
        return assertThrows(IllegalArgumentException.class, () -> parse(args)).getMessage();
    }

    @Test
    void defaults() {
        LoadOptions o = parse("calls");
        assertEquals(Scenario.CALLS, o.scenario());
        assertEquals(URI.create("ws://127.0.0.1:8080/ocpp"), o.url());
        assertEquals(100, o.stations());
        assertEquals(0.5, o.ocpp201Fraction());
        assertEquals(100.0, o.rate(), "calls: one CALL per station per second");
        assertEquals(MessageMix.DEFAULT, o.mix());
        assertEquals(Duration.ofSeconds(30), o.duration());
        assertEquals(Duration.ZERO, o.warmup());
        assertEquals(1000.0, o.connectRate());
        assertEquals(0, o.retries());
        assertNull(o.password());
        assertTrue(o.localAddresses().isEmpty());
        assertTrue(o.stormAbrupt());
        assertEquals("ocpp-downlink", o.downlinkStream());
        assertEquals(0, o.maxErrors());
        assertEquals("LT-000000", o.stationId(0));
        assertEquals(0.0, parse("connect").rate(), "other scenarios send no CALLs unless asked");
        assertEquals(0.0, parse("storm").rate());
    }

    @Test
    void everyOption() throws Exception {
        LoadOptions o = parse("storm", "--url", "wss://127.0.0.1:9443/ocpp/", "--stations", "20000",
                "--ocpp201-fraction", "0.25", "--id-prefix", "B1-", "--id-offset=5000", "--station-rate", "0.5",
                "--mix", "heartbeat=1", "--duration", "2m", "--warmup", "500ms", "--connect-rate", "0",
                "--connect-timeout", "5", "--call-timeout", "10s", "--retries", "3", "--retry-delay", "250ms",
                "--password", "secret-password-0123", "--tls-trust-all", "--local-addresses",
                "127.0.0.2, 127.0.0.3", "--threads", "2", "--hold", "1.5", "--storm-cycles", "3", "--storm-close",
                "clean", "--storm-connect-rate", "5000", "--kinesis-endpoint", "http://127.0.0.1:4567",
                "--kinesis-region", "eu-west-1", "--downlink-stream", "down", "--command-rate", "50",
                "--max-errors", "7", "--ready-file", "/tmp/r", "--json-out", "/tmp/j", "--progress", "0");
        assertEquals(URI.create("wss://127.0.0.1:9443/ocpp"), o.url(), "a trailing slash is dropped");
        assertEquals(20000, o.stations());
        assertEquals(0.25, o.ocpp201Fraction());
        assertEquals("B1-005000", o.stationId(0));
        assertEquals(10000.0, o.rate(), "0.5 per station over 20000 stations");
        assertEquals(Map.of(StationAction.HEARTBEAT, 1), o.mix().weights());
        assertEquals(Duration.ofMinutes(2), o.duration());
        assertEquals(Duration.ofMillis(500), o.warmup());
        assertEquals(0.0, o.connectRate());
        assertEquals(Duration.ofSeconds(5), o.connectTimeout());
        assertEquals(Duration.ofSeconds(10), o.callTimeout());
        assertEquals(3, o.retries());
        assertEquals(Duration.ofMillis(250), o.retryDelay());
        assertEquals("secret-password-0123", o.password());
        assertTrue(o.tlsTrustAll());
        assertEquals(List.of(InetAddress.getByName("127.0.0.2"), InetAddress.getByName("127.0.0.3")),
                o.localAddresses());
        assertEquals(2, o.threads());
        assertEquals(Duration.ofMillis(1500), o.hold());
        assertEquals(3, o.stormCycles());
        assertFalse(o.stormAbrupt());
        assertEquals(5000.0, o.stormConnectRate());
        assertEquals(URI.create("http://127.0.0.1:4567"), o.kinesisEndpoint());
        assertEquals("eu-west-1", o.kinesisRegion());
        assertEquals("down", o.downlinkStream());
        assertEquals(50.0, o.commandRate());
        assertEquals(7, o.maxErrors());
        assertEquals(Duration.ZERO, o.progressInterval());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "30     | PT30S",
        "2.5    | PT2.5S",
        "500ms  | PT0.5S",
        "45s    | PT45S",
        "2m     | PT2M",
        "0      | PT0S",
    })
    void durations(String text, String expected) {
        assertEquals(Duration.parse(expected), LoadOptions.parseDuration("--x", text));
    }

    @Test
    void refusals() {
        assertEquals("the first argument is the scenario (connect, calls, storm or downlink)", error("--stations", "5"));
        assertEquals("scenario: load (expected: connect, calls, storm or downlink)", error("load"));
        assertEquals("unknown option: --station (see --help)", error("calls", "--station", "5"));
        assertEquals("--stations: missing value", error("calls", "--stations"));
        assertEquals("--stations: five (expected: an integer)", error("calls", "--stations", "five"));
        assertEquals("--stations: 0 (expected: 1..1000000)", error("calls", "--stations", "0"));
        assertEquals("--ocpp201-fraction: 1.5 (expected: 0..1)", error("calls", "--ocpp201-fraction", "1.5"));
        assertEquals("--url: http://127.0.0.1:8080/ocpp (expected: ws://... or wss://...)",
                error("calls", "--url", "http://127.0.0.1:8080/ocpp"));
        assertEquals("--duration: soon (expected: a time such as 30, 500ms, 30s, 2m)",
                error("calls", "--duration", "soon"));
        assertEquals("--duration: PT0S (expected: > 0)", error("calls", "--duration", "0"));
        assertEquals("--warmup: PT30S (expected: >= 0 and < --duration)", error("calls", "--warmup", "30"));
        assertEquals("--rate and --station-rate: give one of the two",
                error("calls", "--rate", "5", "--station-rate", "1"));
        assertEquals("--rate: 0 (expected: > 0 for the calls scenario)", error("calls", "--rate", "0"));
        assertEquals("--mix: 'Heartbeat' (expected: Action=weight)", error("calls", "--mix", "Heartbeat"));
        assertEquals("unknown action in --mix: BootNotification (expected: one of Heartbeat, StatusNotification, "
                + "MeterValues, TransactionEvent, Authorize)", error("calls", "--mix", "BootNotification=1"));
        assertEquals("--mix: {HEARTBEAT=0} (expected: at least one weight > 0)", error("calls", "--mix", "Heartbeat=0"));
        assertEquals("--tls-trust-all/--tls-ca: with ws://127.0.0.1:8080/ocpp (expected: a wss:// URL)",
                error("calls", "--tls-trust-all"));
        assertEquals("--local-addresses: gateway.example (expected: an IP address)",
                error("calls", "--local-addresses", "gateway.example"));
        assertEquals("--id-prefix: a/b (expected: 0..40 of A-Z a-z 0-9 . _ -)", error("calls", "--id-prefix", "a/b"));
        assertEquals("--id-offset: 999999 (expected: >= 0, with --stations at most 1000000 in all)",
                error("calls", "--id-offset", "999999", "--stations", "2"));
        assertEquals("--storm-close: soft (expected: abrupt or clean)", error("storm", "--storm-close", "soft"));
        assertEquals("--command-rate: 0.0 (expected: > 0)", error("downlink", "--command-rate", "0"));
    }

    @Test
    void helpAndUsageErrorsThroughTheTool() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8);
        assertEquals(0, LoadTool.run(List.of("--help"), o, e));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("--storm-cycles N"));
        assertEquals(2, LoadTool.run(List.of(), o, e), "no arguments: usage, and an error");
        assertEquals(2, LoadTool.run(List.of("calls", "--stations", "-1"), o, e));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("gateway-loadtest: --stations: -1 (expected: 1..1000000)"));
    }

    @Test
    void everyOptionIsInTheUsage() {
        for (String option : List.of("--url", "--stations", "--ocpp201-fraction", "--id-prefix", "--id-offset",
                "--rate", "--station-rate", "--mix", "--duration", "--warmup", "--connect-rate", "--connect-timeout",
                "--call-timeout", "--retries", "--retry-delay", "--password", "--tls-trust-all", "--tls-ca",
                "--local-addresses", "--threads", "--hold", "--storm-cycles", "--storm-close",
                "--storm-connect-rate", "--kinesis-endpoint", "--kinesis-region", "--downlink-stream",
                "--command-rate", "--max-errors", "--ready-file", "--json-out", "--progress")) {
            assertTrue(LoadOptions.USAGE.contains("  " + option + " "), option);
        }
    }
}
