package org.ocppconnector.gateway.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

/** {@code test-fixtures/selftest-server.js}: an ocpp-rpc RPCServer (not strict) standing in for the gateway. */
final class SelftestServer implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Process process;
    private final OutputStream stdin;
    private final List<JsonNode> events = new ArrayList<>();
    private final AtomicLong ids = new AtomicLong(1000);
    private boolean ended;
    private final int port;

    private SelftestServer() {
        Path log = Path.of("target", "ocpp-rpc-station", "selftest-server.log").toAbsolutePath();
        try {
            Files.createDirectories(log.getParent());
            process = new ProcessBuilder(Fixtures.node(), "selftest-server.js")
                    .directory(Fixtures.dir().toFile())
                    .redirectError(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        stdin = process.getOutputStream();
        Thread reader = new Thread(this::read, "selftest-server");
        reader.setDaemon(true);
        reader.start();
        port = await(e -> e.path("event").asText().equals("listening"), Duration.ofSeconds(10)).path("port").asInt();
    }

    static SelftestServer start() {
        return new SelftestServer();
    }

    URI endpoint() {
        return URI.create("ws://127.0.0.1:" + port + "/ocpp");
    }

    /** Sends a command to the server and returns its answer (the line with the same id). */
    JsonNode command(String op, String identity, ObjectNode fields) {
        long id = ids.incrementAndGet();
        fields.put("id", id).put("op", op).put("identity", identity);
        try {
            synchronized (stdin) {
                stdin.write((JSON.writeValueAsString(fields) + "\n").getBytes(StandardCharsets.UTF_8));
                stdin.flush();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return await(e -> e.path("id").asLong() == id, Duration.ofSeconds(10));
    }

    JsonNode call(String identity, String action, String payloadJson) {
        ObjectNode fields = JSON.createObjectNode().put("action", action);
        try {
            fields.set("payload", JSON.readTree(payloadJson));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return command("call", identity, fields);
    }

    JsonNode awaitEvent(String event, String identity, Duration timeout) {
        return await(e -> e.path("event").asText().equals(event) && e.path("identity").asText().equals(identity), timeout);
    }

    synchronized JsonNode await(Predicate<JsonNode> filter, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            for (Iterator<JsonNode> it = events.iterator(); it.hasNext(); ) {
                JsonNode e = it.next();
                if (filter.test(e)) {
                    it.remove();
                    return e;
                }
            }
            long left = deadline - System.nanoTime();
            if (ended || left <= 0) {
                throw new AssertionError("selftest server: no matching event within " + timeout + "; have " + events);
            }
            try {
                TimeUnit.NANOSECONDS.timedWait(this, left);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted", e);
            }
        }
    }

    private void read() {
        try (BufferedReader reader = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = reader.readLine()) != null; ) {
                JsonNode event = JSON.readTree(line);
                synchronized (this) {
                    events.add(event);
                    notifyAll();
                }
            }
        } catch (IOException e) {
            // The server ended.
        } finally {
            synchronized (this) {
                ended = true;
                notifyAll();
            }
        }
    }

    @Override
    public void close() {
        try {
            stdin.close();
        } catch (IOException e) {
            // Already gone.
        }
        try {
            if (!process.waitFor(3, TimeUnit.SECONDS)) {
                process.destroy();
                if (!process.waitFor(3, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
