package org.ocppconnector.gateway.core;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import org.jspecify.annotations.Nullable;

/**
 * A hand-written WebSocket upgrade over a plain or TLS socket, with optional Basic credentials:
 * reads the status, headers and body of the answer. The socket stays open after a 101.
 */
final class HttpUpgrade {

    /** The answer; {@code socket} is still open after a 101. */
    record Response(int status, Map<String, String> headers, String body, Socket socket) implements AutoCloseable {
        @Override
        public void close() throws Exception {
            socket.close();
        }
    }

    private HttpUpgrade() {}

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** Opens a plain socket ({@code tls} null) or a TLS socket and sends the upgrade. */
    static Response upgrade(InetSocketAddress address, @Nullable SSLContext tls, String path,
            @Nullable String authorization) throws Exception {
        Socket socket;
        if (tls == null) {
            socket = new Socket();
            socket.connect(address, 5000);
        } else {
            socket = tls.getSocketFactory().createSocket();
            socket.connect(address, 5000);
            socket.setSoTimeout(10_000);
            ((SSLSocket) socket).startHandshake();
        }
        try {
            socket.setSoTimeout(10_000);
            return send(socket, path, authorization);
        } catch (Exception e) {
            socket.close();
            throw e;
        }
    }

    /** Status of an upgrade on a new socket, which is closed again. */
    static int status(InetSocketAddress address, @Nullable SSLContext tls, String path, @Nullable String authorization)
            throws Exception {
        try (Response response = upgrade(address, tls, path, authorization)) {
            return response.status();
        }
    }

    private static Response send(Socket socket, String path, @Nullable String authorization) throws Exception {
        StringBuilder request = new StringBuilder()
                .append("GET ").append(path).append(" HTTP/1.1\r\n")
                .append("Host: 127.0.0.1\r\n")
                .append("Upgrade: websocket\r\n")
                .append("Connection: Upgrade\r\n")
                .append("Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n")
                .append("Sec-WebSocket-Version: 13\r\n")
                .append("Sec-WebSocket-Protocol: ").append(TestProtocol.SUBPROTOCOL).append("\r\n");
        if (authorization != null) {
            request.append("Authorization: ").append(authorization).append("\r\n");
        }
        request.append("\r\n");
        OutputStream out = socket.getOutputStream();
        out.write(request.toString().getBytes(StandardCharsets.US_ASCII));
        out.flush();
        InputStream in = socket.getInputStream();
        StringBuilder head = new StringBuilder();
        int c;
        while ((c = in.read()) != -1) {
            head.append((char) c);
            if (head.length() >= 4 && head.substring(head.length() - 4).equals("\r\n\r\n")) {
                break;
            }
        }
        if (head.indexOf("\r\n") < 0) {
            throw new java.io.EOFException("connection closed before an HTTP answer: " + head);
        }
        String[] lines = head.toString().split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        Map<String, String> headers = new TreeMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon > 0) {
                headers.put(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).trim());
            }
        }
        String body = "";
        if (status != 101 && headers.containsKey("content-length")) {
            int length = Integer.parseInt(headers.get("content-length"));
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            while (bytes.size() < length && (c = in.read()) != -1) {
                bytes.write(c);
            }
            body = bytes.toString(StandardCharsets.UTF_8);
        }
        return new Response(status, headers, body, socket);
    }
}
