package org.ocppconnector.gateway.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.ocppconnector.gateway.core.rpc.OcppJson;
import org.ocppconnector.gateway.core.testing.TextMessageListener;

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
    private final TextMessageListener listener = new TextMessageListener(this::onMessage);

    private JdkWebSocketStation(String stationId, HttpClient client, URI uri) throws Exception {
        this.stationId = stationId;
        this.webSocket = client.newWebSocketBuilder().subprotocols("ocpp1.6").connectTimeout(Duration.ofSeconds(10))
                .buildAsync(uri, listener).get(15, TimeUnit.SECONDS);
        listener.closed().whenComplete((closed, error) -> {
            Throwable reason = new IllegalStateException("closed " + closed);
            pending.values().forEach(f -> f.completeExceptionally(reason));
            pending.clear();
        });
    }

    static JdkWebSocketStation connect(HttpClient client, URI uri, String stationId) throws Exception {
        return new JdkWebSocketStation(stationId, client, uri);
    }

    String stationId() {
        return stationId;
    }

    boolean isOpen() {
        return !listener.closed().isDone();
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

    private void onMessage(String text) {
        try {
            JsonNode frame = JSON.readTree(text);
            CompletableFuture<JsonNode> answer = pending.remove(frame.get(1).asText());
            if (answer != null) {
                answer.complete(frame);
            }
        } catch (Exception e) {
            // Not ours to judge here; a test that cares reads its own frames.
        }
    }
}
