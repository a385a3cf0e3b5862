package org.ocppconnector.gateway.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micrometer.core.instrument.Counter;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** The admin port over real HTTP, with a real Prometheus registry behind {@code /metrics}. */
class AdminServerTest {

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> get(AdminServer admin, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + admin.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void servesMetricsInThePrometheusTextFormat() throws Exception {
        PrometheusMeterRegistry meters = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        Counter handshakes = Counter.builder("ocpp.handshakes").tag("outcome", "accepted").register(meters);
        handshakes.increment(3);
        try (AdminServer admin = AdminServer.start("127.0.0.1", 0, () -> true, meters::scrape)) {
            HttpResponse<String> response = get(admin, "/metrics");
            assertEquals(200, response.statusCode());
            assertEquals("text/plain; version=0.0.4; charset=utf-8",
                    response.headers().firstValue("Content-Type").orElseThrow());
            assertTrue(response.body().contains("ocpp_handshakes_total{outcome=\"accepted\"} 3.0"), response.body());

            handshakes.increment();
            assertTrue(get(admin, "/metrics").body().contains("ocpp_handshakes_total{outcome=\"accepted\"} 4.0"),
                    "each scrape reads the meters anew");
            assertEquals(200, get(admin, "/health/live").statusCode());
            assertEquals(404, get(admin, "/nothing").statusCode());
        }
    }

    @Test
    void readinessFollowsTheSupplier() throws Exception {
        AtomicBoolean ready = new AtomicBoolean();
        try (AdminServer admin = AdminServer.start("127.0.0.1", 0, ready::get, () -> "")) {
            assertEquals(503, get(admin, "/health/ready").statusCode());
            ready.set(true);
            assertEquals(200, get(admin, "/health/ready").statusCode());
        }
    }
}
