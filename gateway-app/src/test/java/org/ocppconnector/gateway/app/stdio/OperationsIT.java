package org.ocppconnector.gateway.app.stdio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.ocppconnector.gateway.core.event.CloudEvent;
import org.ocppconnector.gateway.core.event.EventTypes;
import org.ocppconnector.gateway.core.rpc.OcppJson;
import org.ocppconnector.gateway.core.testing.TextMessageListener;

/**
 * The packaged gateway as the container runs it: JSON logs with the station id of every
 * per-station line, and SIGTERM draining the stations over the drain window before a clean exit.
 * The stdio bridge stands in for Kinesis (no emulator needed); the shutdown path is the same.
 */
@Timeout(120)
class OperationsIT {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final ObjectMapper JSON = OcppJson.newMapper();
    private static final int STATIONS = 10;
    private static final Duration WINDOW = Duration.ofSeconds(2);

    private record Station(String id, WebSocket socket, CompletableFuture<TextMessageListener.Closed> closed,
            CompletableFuture<Long> closedAt) {}

    @Test
    void jsonLogsCarryTheStationIdAndSigtermDrainsOverTheWindowThenExitsZero() throws Exception {
        try (StdioGatewayProcess gateway = StdioGatewayProcess.start("gw-ops", Map.of("LOG_FORMAT", "json",
                "GATEWAY_DRAIN_WINDOW", String.valueOf(WINDOW.toSeconds())))) {
            HttpClient client = HttpClient.newHttpClient();
            List<Station> stations = new ArrayList<>();
            for (int i = 0; i < STATIONS; i++) {
                String id = "CP-OPS-" + i;
                TextMessageListener listener = new TextMessageListener(text -> {});
                WebSocket socket = client.newWebSocketBuilder().subprotocols("ocpp1.6")
                        .buildAsync(URI.create(gateway.stationEndpoint() + "/" + id), listener)
                        .get(10, TimeUnit.SECONDS);
                CompletableFuture<Long> closedAt = listener.closed().thenApply(c -> System.nanoTime());
                stations.add(new Station(id, socket, listener.closed(), closedAt));
            }
            for (Station station : stations) {
                gateway.await(e -> e.type().equals(EventTypes.STATION_CONNECTED) && e.subject().equals(station.id()),
                        WAIT);
            }

            long start = System.nanoTime();
            CompletableFuture<Integer> exit = CompletableFuture.supplyAsync(() -> {
                try {
                    return gateway.stop(Duration.ofSeconds(30));
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            // Not ready while draining, the admin port still answering.
            boolean notReadySeen = false;
            while (!exit.isDone() && !notReadySeen) {
                notReadySeen = gateway.health("/health/ready") == 503;
                Thread.sleep(20);
            }
            assertTrue(notReadySeen, "never answered 503 on /health/ready during the drain");
            assertEquals(0, exit.get(40, TimeUnit.SECONDS), "clean exit on SIGTERM");
            long elapsedMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);

            List<Long> closeMillis = new ArrayList<>();
            for (Station station : stations) {
                TextMessageListener.Closed closed = station.closed().get(5, TimeUnit.SECONDS);
                assertEquals(1001, closed.code(), station.id() + ": " + closed);
                closeMillis.add(TimeUnit.NANOSECONDS.toMillis(station.closedAt().get() - start));
            }
            closeMillis.sort(null);
            // Spread over the window (one slice per station), not all at once.
            assertTrue(closeMillis.get(STATIONS - 1) - closeMillis.get(0) >= WINDOW.toMillis() / 2,
                    "closes at " + closeMillis + " ms");
            assertTrue(elapsedMillis >= WINDOW.toMillis() * 3 / 4, "exited after " + elapsedMillis + " ms");
            assertTrue(elapsedMillis <= WINDOW.toMillis() + 10_000, "exited after " + elapsedMillis + " ms");
            // Every disconnect reached the uplink (stdout) before the exit.
            for (Station station : stations) {
                CloudEvent gone = gateway.await(e -> e.type().equals(EventTypes.STATION_DISCONNECTED)
                        && e.subject().equals(station.id()), Duration.ZERO);
                assertEquals(1001, gone.data().get("closeCode").asInt());
            }
            assertEquals(List.of(), gateway.notEvents(), "stdout carries events only, the JSON logs go to stderr");

            // Every log line is one JSON object; per-station lines carry the id in the MDC.
            String log = gateway.log();
            JsonNode connectLine = null;
            int perStation = 0;
            for (String line : log.split("\n")) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode entry = JSON.readTree(line);
                assertTrue(entry.isObject() && entry.has("level") && entry.has("timestamp")
                        && entry.has("formattedMessage"), "not a JSON log line: " + line);
                String logger = entry.path("loggerName").asText();
                if (logger.endsWith(".StationChannelHandler") || logger.endsWith(".StationSession")) {
                    perStation++;
                    assertTrue(entry.path("mdc").path("stationId").asText().startsWith("CP-OPS-"),
                            "no station id: " + line);
                }
                if (entry.path("formattedMessage").asText().startsWith("station CP-OPS-3 connected")) {
                    connectLine = entry;
                }
            }
            assertTrue(perStation >= 2 * STATIONS, "connect and disconnect lines: " + perStation + " in " + log);
            assertTrue(connectLine != null, "no connect line for CP-OPS-3: " + log);
            assertEquals("CP-OPS-3", connectLine.path("mdc").path("stationId").asText());
            assertEquals("INFO", connectLine.path("level").asText());
        }
    }
}
