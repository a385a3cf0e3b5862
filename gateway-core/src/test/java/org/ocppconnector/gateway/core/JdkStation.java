package org.ocppconnector.gateway.core;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.ocppconnector.gateway.core.testing.TextMessageListener;

/** A station made of the JDK's WebSocket client: sends raw frames, collects what it receives. */
final class JdkStation implements AutoCloseable {

    private final WebSocket webSocket;
    private final BlockingQueue<String> received = new LinkedBlockingQueue<>();
    private final TextMessageListener listener = new TextMessageListener(received::add);

    private JdkStation(URI uri, String... subprotocols) throws Exception {
        WebSocket.Builder builder = HttpClient.newHttpClient().newWebSocketBuilder()
                .connectTimeout(Duration.ofSeconds(5));
        if (subprotocols.length > 0) {
            builder.subprotocols(subprotocols[0], java.util.Arrays.copyOfRange(subprotocols, 1, subprotocols.length));
        }
        this.webSocket = builder.buildAsync(uri, listener).get(10, TimeUnit.SECONDS);
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

    /** Sends one fragment of a text message; {@code last} ends the message. */
    void sendPart(String text, boolean last) throws Exception {
        webSocket.sendText(text, last).get(5, TimeUnit.SECONDS);
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

    /** Completes when the connection closed, with the close code the gateway sent. */
    java.util.concurrent.CompletableFuture<TextMessageListener.Closed> closed() {
        return listener.closed();
    }

    TextMessageListener.Closed awaitClose(Duration timeout) throws Exception {
        return listener.closed().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() {
        if (!webSocket.isOutputClosed()) {
            webSocket.sendClose(1000, "bye");
        }
        webSocket.abort();
    }
}
