package org.ocppconnector.gateway.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.ocppconnector.gateway.core.rpc.OcppJson;

/**
 * A light OCPP 1.6 station on the JDK's WebSocket client, for tests that need many stations in
 * one JVM (a Node process per station would not fit 100 of them on 2 cores). Correlates CALLs
 * with their answers by message id.
 */
final class JdkWebSocketStation implements AutoCloseable {

    private static final ObjectMapper JSON = OcppJson.newMapper();

    private final String stationId;
    private final WebSocket webSocket;
    private final Map<String, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
    private final CompletableFuture<Integer> closed = new CompletableFuture<>();

    private JdkWebSocketStation(String stationId, HttpClient client, URI uri) throws Exception {
        this.stationId = stationId;
        this.webSocket = client.newWebSocketBuilder().subprotocols("ocpp1.6").connectTimeout(Duration.ofSeconds(10))
                .buildAsync(uri, new Listener()).get(15, TimeUnit.SECONDS);
    }

    static JdkWebSocketStation connect(HttpClient client, URI uri, String stationId) throws Exception {
        return new JdkWebSocketStation(stationId, client, uri);
    }

    String stationId() {
        return stationId;
    }

    boolean isOpen() {
        return !closed.isDone();
    }

    /**
     * Sends a CALL; the future completes with the whole answer frame (CALLRESULT or CALLERROR as
     * a JSON array), or exceptionally if the connection closes first.
     */
    CompletableFuture<JsonNode> call(String messageId, String action, String payloadJson) {
        CompletableFuture<JsonNode> answer = new CompletableFuture<>();
        pending.put(messageId, answer);
        String frame = "[2,\"" + messageId + "\",\"" + action + "\"," + payloadJson + "]";
        webSocket.sendText(frame, true).whenComplete((ws, error) -> {
            if (error != null) {
                pending.remove(messageId);
                answer.completeExceptionally(error);
            }
        });
        return answer;
    }

    @Override
    public void close() {
        if (!webSocket.isOutputClosed()) {
            webSocket.sendClose(1000, "done").orTimeout(2, TimeUnit.SECONDS).exceptionally(e -> null);
        }
        webSocket.abort();
    }

    private final class Listener implements WebSocket.Listener {
        private final StringBuilder partial = new StringBuilder();

        @Override
        public void onOpen(WebSocket ws) {
            ws.request(1);
        }

        @Override
        public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                try {
                    JsonNode frame = JSON.readTree(partial.toString());
                    CompletableFuture<JsonNode> answer = pending.remove(frame.get(1).asText());
                    if (answer != null) {
                        answer.complete(frame);
                    }
                } catch (Exception e) {
                    // Not ours to judge here; a test that cares reads its own frames.
                }
                partial.setLength(0);
            }
            ws.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket ws, int statusCode, String reason) {
            closed.complete(statusCode);
            failPending(new IllegalStateException("closed " + statusCode + " " + reason));
            return null;
        }

        @Override
        public void onError(WebSocket ws, Throwable error) {
            closed.complete(1006);
            failPending(error);
        }

        private void failPending(Throwable error) {
            pending.values().forEach(f -> f.completeExceptionally(error));
            pending.clear();
        }
    }
}
