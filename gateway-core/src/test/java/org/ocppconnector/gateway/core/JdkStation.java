package org.ocppconnector.gateway.core;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** A station made of the JDK's WebSocket client: sends raw frames, collects what it receives. */
final class JdkStation implements AutoCloseable {

    record Closed(int code, String reason) {}

    private final WebSocket webSocket;
    private final BlockingQueue<String> received = new LinkedBlockingQueue<>();
    private final CompletableFuture<Closed> closed = new CompletableFuture<>();

    private JdkStation(URI uri, String... subprotocols) throws Exception {
        WebSocket.Builder builder = HttpClient.newHttpClient().newWebSocketBuilder()
                .connectTimeout(Duration.ofSeconds(5));
        if (subprotocols.length > 0) {
            builder.subprotocols(subprotocols[0], java.util.Arrays.copyOfRange(subprotocols, 1, subprotocols.length));
        }
        this.webSocket = builder.buildAsync(uri, new Listener()).get(10, TimeUnit.SECONDS);
    }

    static JdkStation connect(URI uri, String... subprotocols) throws Exception {
        return new JdkStation(uri, subprotocols);
    }

    String subprotocol() {
        return webSocket.getSubprotocol();
    }

    void send(String text) throws Exception {
        webSocket.sendText(text, true).get(5, TimeUnit.SECONDS);
    }

    /** The next text message, or fails after {@code timeout}. */
    String receive(Duration timeout) throws InterruptedException {
        String text = received.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
        if (text == null) {
            throw new AssertionError("no message within " + timeout);
        }
        return text;
    }

    /** The next text message if one arrives within {@code timeout}, else null. */
    String poll(Duration timeout) throws InterruptedException {
        return received.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    Closed awaitClose(Duration timeout) throws Exception {
        return closed.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    boolean isClosed() {
        return closed.isDone();
    }

    @Override
    public void close() {
        if (!webSocket.isOutputClosed()) {
            webSocket.sendClose(1000, "bye");
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
                received.add(partial.toString());
                partial.setLength(0);
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
}
