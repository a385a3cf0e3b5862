package org.ocppconnector.gateway.app;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * The admin port: {@code GET /health/live} (the process runs) and {@code GET /health/ready}
 * (the station listener is up and the downlink is read), for ECS and load balancer health checks,
 * and {@code GET /metrics} in the Prometheus text format. Runs on its own thread, never on a
 * station event loop, so a slow scrape cannot delay station traffic.
 */
final class AdminServer implements AutoCloseable {

    private final HttpServer server;
    private final ExecutorService executor;

    private AdminServer(HttpServer server, ExecutorService executor) {
        this.server = server;
        this.executor = executor;
    }

    /** The content type of the Prometheus text exposition format 0.0.4. */
    static final String PROMETHEUS_TEXT = "text/plain; version=0.0.4; charset=utf-8";

    /**
     * Starts the admin port.
     *
     * @param ready whether the gateway takes traffic
     * @param metrics the current meters in the Prometheus text format
     */
    static AdminServer start(String bindAddress, int port, BooleanSupplier ready, Supplier<String> metrics)
            throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(bindAddress, port), 64);
        ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "admin-http");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(executor);
        server.createContext("/health/live", exchange -> respond(exchange, 200, "{\"status\":\"UP\"}"));
        server.createContext("/health/ready", exchange -> {
            boolean isReady = ready.getAsBoolean();
            respond(exchange, isReady ? 200 : 503, isReady ? "{\"status\":\"UP\"}" : "{\"status\":\"DOWN\"}");
        });
        server.createContext("/metrics", exchange -> respond(exchange, 200, PROMETHEUS_TEXT, metrics.get()));
        server.createContext("/", exchange -> respond(exchange, 404, "{\"error\":\"not found\"}"));
        server.start();
        return new AdminServer(server, executor);
    }

    int port() {
        return server.getAddress().getPort();
    }

    private static void respond(HttpExchange exchange, int status, String body) throws IOException {
        respond(exchange, status, "application/json", body);
    }

    private static void respond(HttpExchange exchange, int status, String contentType, String body)
            throws IOException {
        try (exchange) {
            if (!"GET".equals(exchange.getRequestMethod()) && !"HEAD".equals(exchange.getRequestMethod())) {
                exchange.sendResponseHeaders(405, -1);
                return;
            }
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", contentType);
            exchange.sendResponseHeaders(status, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
