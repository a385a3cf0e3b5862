package org.ocppconnector.gateway.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.cbor.CBORFactory;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MockClock;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.composite.CompositeMeterRegistry;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

/**
 * The CloudWatch registry against a loopback HTTP server standing in for CloudWatch: the
 * PutMetricData requests the real SDK client sends are captured and decoded, so the namespace,
 * the metric names and the dimensions are checked as CloudWatch would receive them.
 */
class CloudWatchMetricsTest {

    private static final ObjectMapper CBOR = new ObjectMapper(new CBORFactory());

    /** One PutMetricData request: its namespace and its data, each as a decoded CBOR map. */
    private record PutMetricData(String namespace, List<JsonNode> data) {}

    private final List<PutMetricData> requests = new CopyOnWriteArrayList<>();
    private final List<String> paths = new CopyOnWriteArrayList<>();
    private HttpServer server;

    @BeforeEach
    void startFakeCloudWatch() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
        server.createContext("/", this::handle);
        server.start();
    }

    @AfterEach
    void stopFakeCloudWatch() {
        server.stop(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            paths.add(exchange.getRequestURI().getPath());
            InputStream body = exchange.getRequestBody();
            if ("gzip".equalsIgnoreCase(exchange.getRequestHeaders().getFirst("Content-Encoding"))) {
                body = new GZIPInputStream(body);
            }
            JsonNode request = CBOR.readTree(body.readAllBytes());
            List<JsonNode> data = new ArrayList<>();
            request.path("MetricData").forEach(data::add);
            requests.add(new PutMetricData(request.path("Namespace").asText(), data));
            // An empty PutMetricData output, in the protocol the client spoke (Smithy RPC v2 CBOR).
            byte[] empty = CBOR.writeValueAsBytes(Map.of());
            exchange.getResponseHeaders().set("Content-Type", "application/cbor");
            exchange.getResponseHeaders().set("smithy-protocol", "rpc-v2-cbor");
            exchange.sendResponseHeaders(200, empty.length);
            exchange.getResponseBody().write(empty);
        }
    }

    private CloudWatchMetrics start(List<String> meters, MockClock clock) {
        AppConfig.CloudWatchSettings settings = new AppConfig.CloudWatchSettings("OcppGateway", Duration.ofMinutes(1),
                meters, URI.create("http://127.0.0.1:" + server.getAddress().getPort()), "us-east-1");
        return CloudWatchMetrics.start(settings,
                StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")), clock,
                // The first call loads the SDK's classes, slow on a busy test machine.
                Duration.ofSeconds(30));
    }

    @Test
    void publishesTheFilteredMetersUnderTheirExactNamesWithoutDimensions() {
        MockClock clock = new MockClock();
        CloudWatchMetrics cloudWatch = start(AppConfig.CloudWatchSettings.DEFAULT_METERS, clock);
        // As Main wires it: Prometheus and CloudWatch behind one composite registry.
        PrometheusMeterRegistry prometheus = Main.newPrometheusRegistry();
        CompositeMeterRegistry meters = new CompositeMeterRegistry();
        meters.add(prometheus);
        meters.add(cloudWatch.registry());
        AtomicInteger connected = new AtomicInteger(42);
        Gauge.builder("ocpp.stations.connected.total", connected, AtomicInteger::get).register(meters);
        Counter failures = Counter.builder("kinesis.uplink.failures").register(meters);
        Counter pauses = Counter.builder("ocpp.uplink.backpressure.pauses").register(meters);
        // Not in the default set: must not reach CloudWatch (each metric there is billed).
        Counter frames = Counter.builder("ocpp.frames.in").tag("version", "1.6").tag("action", "Heartbeat")
                .register(meters);
        Timer latency = Timer.builder("kinesis.uplink.publish.latency").register(meters);
        Gauge.builder("ocpp.stations.connected", connected, AtomicInteger::get).tag("version", "1.6").register(meters);
        failures.increment(3);
        pauses.increment();
        frames.increment();
        latency.record(Duration.ofMillis(5));

        // The step ends, then close() publishes what the step counted (the last publish on shutdown).
        clock.add(Duration.ofMinutes(1));
        cloudWatch.close();

        assertFalse(requests.isEmpty(), "no PutMetricData request");
        assertTrue(paths.stream().allMatch(p -> p.endsWith("/operation/PutMetricData")), "paths: " + paths);
        Map<String, JsonNode> byName = new HashMap<>();
        for (PutMetricData request : requests) {
            assertEquals("OcppGateway", request.namespace());
            for (JsonNode datum : request.data()) {
                byName.put(datum.path("MetricName").asText(), datum);
            }
        }
        assertEquals(java.util.Set.of("ocpp.stations.connected.total", "kinesis.uplink.failures",
                "ocpp.uplink.backpressure.pauses"), byName.keySet(), "metric names as CloudWatch gets them");
        for (JsonNode datum : byName.values()) {
            assertTrue(datum.path("Dimensions").isMissingNode() || datum.path("Dimensions").isEmpty(),
                    "no dimensions: " + datum);
        }
        assertEquals(42, byName.get("ocpp.stations.connected.total").path("Value").asDouble());
        assertEquals(3, byName.get("kinesis.uplink.failures").path("Value").asDouble());
        assertEquals(1, byName.get("ocpp.uplink.backpressure.pauses").path("Value").asDouble());
        assertEquals("Count", byName.get("kinesis.uplink.failures").path("Unit").asText());
        // Prometheus still gets everything.
        String scrape = prometheus.scrape();
        assertTrue(scrape.contains("ocpp_frames_in_total{action=\"Heartbeat\",version=\"1.6\"} 1.0"), scrape);
        assertTrue(scrape.contains("kinesis_uplink_failures_total 3.0"), scrape);
        // The tagged gauge, not the total, whose Prometheus name would collide with it.
        assertTrue(scrape.contains("ocpp_stations_connected{version=\"1.6\"} 42.0"), scrape);
    }

    @Test
    void meterPrefixesWidenTheSetAndOtherStatisticsKeepTheirSuffix() {
        MockClock clock = new MockClock();
        CloudWatchMetrics cloudWatch = start(List.of("kinesis.uplink.publish", "ocpp.frames.in"), clock);
        CompositeMeterRegistry meters = new CompositeMeterRegistry();
        meters.add(cloudWatch.registry());
        Timer latency = Timer.builder("kinesis.uplink.publish.latency").register(meters);
        Counter frames = Counter.builder("ocpp.frames.in").tag("action", "Heartbeat").register(meters);
        Counter.builder("kinesis.uplink.failures").register(meters).increment();
        latency.record(Duration.ofMillis(5));
        frames.increment(2);
        clock.add(Duration.ofMinutes(1));
        cloudWatch.close();

        List<String> names = requests.stream().flatMap(r -> r.data().stream())
                .map(d -> d.path("MetricName").asText()).distinct().sorted().toList();
        assertEquals(List.of("kinesis.uplink.publish.latency.avg", "kinesis.uplink.publish.latency.count",
                "kinesis.uplink.publish.latency.max", "kinesis.uplink.publish.latency.sum", "ocpp.frames.in"), names);
        JsonNode heartbeat = requests.stream().flatMap(r -> r.data().stream())
                .filter(d -> d.path("MetricName").asText().equals("ocpp.frames.in")).findFirst().orElseThrow();
        // A tag a user chose to publish becomes a dimension (and a metric of its own per value).
        assertEquals("action", heartbeat.path("Dimensions").get(0).path("Name").asText());
        assertEquals("Heartbeat", heartbeat.path("Dimensions").get(0).path("Value").asText());
    }
}
