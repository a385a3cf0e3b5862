package org.ocppconnector.gateway.core;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/** Sends a hand-written HTTP request and reads the status code: for upgrades the JDK client refuses to make. */
final class RawHttp {

    private RawHttp() {}

    static int upgradeStatus(InetSocketAddress address, String path, String subprotocolHeader) throws Exception {
        try (Socket socket = new Socket()) {
            socket.connect(address, 5000);
            socket.setSoTimeout(5000);
            return upgrade(socket, path, subprotocolHeader);
        }
    }

    /** Sends an upgrade request on {@code socket}, reads the response head and returns its status. */
    static int upgrade(Socket socket, String path, String subprotocolHeader) throws Exception {
        StringBuilder request = new StringBuilder()
                .append("GET ").append(path).append(" HTTP/1.1\r\n")
                .append("Host: 127.0.0.1\r\n")
                .append("Upgrade: websocket\r\n")
                .append("Connection: Upgrade\r\n")
                .append("Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n")
                .append("Sec-WebSocket-Version: 13\r\n");
        if (subprotocolHeader != null) {
            request.append("Sec-WebSocket-Protocol: ").append(subprotocolHeader).append("\r\n");
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
        String statusLine = head.substring(0, head.indexOf("\r\n"));
        return Integer.parseInt(statusLine.split(" ")[1]);
    }
}
