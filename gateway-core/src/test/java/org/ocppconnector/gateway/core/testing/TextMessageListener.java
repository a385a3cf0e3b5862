package org.ocppconnector.gateway.core.testing;

import java.net.http.WebSocket;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;

/**
 * A JDK {@link WebSocket.Listener} for test stations: joins fragments into whole text messages,
 * hands each to a consumer, and completes {@link #closed()} with the close code (1006 on error).
 */
public final class TextMessageListener implements WebSocket.Listener {

    /** How a connection ended. */
    public record Closed(int code, String reason) {}

    private final Consumer<String> onMessage;
    private final CompletableFuture<Closed> closed = new CompletableFuture<>();
    private final StringBuilder partial = new StringBuilder();

    public TextMessageListener(Consumer<String> onMessage) {
        this.onMessage = onMessage;
    }

    /** Completes when the connection closed or failed. */
    public CompletableFuture<Closed> closed() {
        return closed;
    }

    @Override
    public void onOpen(WebSocket ws) {
        ws.request(1);
    }

    @Override
    public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
        partial.append(data);
        if (last) {
            String text = partial.toString();
            partial.setLength(0);
            onMessage.accept(text);
        }
        ws.request(1);
        return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket ws, int statusCode, String reason) {
        closed.complete(new Closed(statusCode, reason));
        return null;
    }

    @Override
    public void onError(WebSocket ws, Throwable error) {
        closed.complete(new Closed(1006, String.valueOf(error)));
    }
}
