package org.ocppconnector.gateway.app.stdio;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.ocppconnector.gateway.core.event.CloudEvent;
import org.ocppconnector.gateway.core.event.CloudEventCodec;
import org.ocppconnector.gateway.core.rpc.OcppJson;
import org.ocppconnector.gateway.testkit.AdminPort;
import org.ocppconnector.gateway.testkit.Fixtures;

/**
 * The packaged gateway ({@code target/ocpp-gateway.jar}) run with {@code GATEWAY_BRIDGE=stdio} as a
 * user runs it: its stdout read line by line as the event stream, its stdin written as the
 * backend, its stderr (the logs) kept in a file, stopped by SIGTERM to its PID.
 */
final class StdioGatewayProcess implements AutoCloseable {

    static final Path JAR = Path.of("target", "ocpp-gateway.jar").toAbsolutePath();
    private static final CloudEventCodec CODEC = new CloudEventCodec(OcppJson.newMapper());

    private final Process process;
    private final int port;
    private final int adminPort;
    private final Path log;
    private final OutputStream stdin;
    // Guarded by `this`: every stdout line, and those that parsed as events.
    private final List<String> lines = new ArrayList<>();
    private final List<String> notEvents = new ArrayList<>();
    private final List<CloudEvent> events = new ArrayList<>();
    private final CompletableFuture<Void> stdoutEnded = new CompletableFuture<>();

    private StdioGatewayProcess(Process process, int port, int adminPort, Path log, boolean readStdout)
            throws IOException {
        this.process = process;
        this.port = port;
        this.adminPort = adminPort;
        this.log = log;
        this.stdin = process.getOutputStream();
        if (readStdout) {
            Thread reader = new Thread(this::readStdout, "gateway-stdout-" + port);
            reader.setDaemon(true);
            reader.start();
        } else {
            // Closed before anything reads it, so no read holds the pipe open: the gateway's first
            // write gets EPIPE, as behind "| head -n 0".
            process.getInputStream().close();
            stdoutEnded.complete(null);
        }
    }

    /** Starts a gateway in stdio mode on free loopback ports and waits until it is ready. */
    static StdioGatewayProcess start(String gatewayId, Map<String, String> extraEnv) throws Exception {
        return start(gatewayId, extraEnv, true);
    }

    /**
     * As {@link #start(String, Map)}; with {@code readStdout} false the read end of its stdout is
     * closed at once, as if piped to a reader that exited.
     */
    static StdioGatewayProcess start(String gatewayId, Map<String, String> extraEnv, boolean readStdout)
            throws Exception {
        if (!Files.isRegularFile(JAR)) {
            throw new IllegalStateException(JAR + " missing: run 'mvn package' first (failsafe runs after it)");
        }
        int port = Fixtures.freeLoopbackPort();
        int adminPort = Fixtures.freeLoopbackPort();
        Path log = Path.of("target", "gateway-stdio-" + gatewayId + "-" + port + ".log").toAbsolutePath();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(java, "-Xmx512m",
                "-Dio.netty.leakDetection.level=paranoid", "-jar", JAR.toString())
                .redirectError(ProcessBuilder.Redirect.appendTo(log.toFile()));
        Map<String, String> env = builder.environment();
        // Nothing of the test's environment may decide the outcome: no streams, no log target.
        env.keySet().removeIf(name -> name.startsWith("KINESIS_") || name.startsWith("AWS_")
                || name.startsWith("GATEWAY_") || name.startsWith("LOG_"));
        env.put("GATEWAY_BRIDGE", "stdio");
        env.put("GATEWAY_ID", gatewayId);
        env.put("GATEWAY_BIND_ADDRESS", "127.0.0.1");
        env.put("GATEWAY_PORT", String.valueOf(port));
        env.put("GATEWAY_ADMIN_PORT", String.valueOf(adminPort));
        // A short drain keeps the tests' shutdowns quick; tests of the drain set their own.
        env.put("GATEWAY_DRAIN_WINDOW", "1");
        env.putAll(extraEnv);
        StdioGatewayProcess gateway = new StdioGatewayProcess(builder.start(), port, adminPort, log, readStdout);
        try {
            gateway.awaitReady(Duration.ofSeconds(60));
        } catch (Exception e) {
            gateway.close();
            throw e;
        }
        return gateway;
    }

    /** The endpoint a station is given, without its id. */
    URI stationEndpoint() {
        return URI.create("ws://127.0.0.1:" + port + "/ocpp");
    }

    /** Writes one line to the gateway's stdin. */
    synchronized void send(String line) throws IOException {
        stdin.write((line + "\n").getBytes(StandardCharsets.UTF_8));
        stdin.flush();
    }

    void send(CloudEvent event) throws IOException {
        send(new String(CODEC.toBytes(event), StandardCharsets.UTF_8));
    }

    /** Closes the gateway's stdin: it reads end of input. */
    void closeStdin() throws IOException {
        stdin.close();
    }

    /** The first event on stdout matching {@code filter}, waiting up to {@code timeout}. */
    synchronized CloudEvent await(Predicate<CloudEvent> filter, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            for (CloudEvent event : events) {
                if (filter.test(event)) {
                    return event;
                }
            }
            long left = deadline - System.nanoTime();
            if (left <= 0 || stdoutEnded.isDone()) {
                throw new AssertionError("no matching event on stdout within " + timeout + "; stdout: " + lines
                        + "; log: " + log);
            }
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
    }

    synchronized List<CloudEvent> events() {
        return List.copyOf(events);
    }

    /** Lines of stdout that are not CloudEvents the gateway's codec reads. */
    synchronized List<String> notEvents() {
        return List.copyOf(notEvents);
    }

    synchronized int lineCount() {
        return lines.size();
    }

    /** What the gateway logged (its stderr) so far. */
    String log() throws IOException {
        return Files.readString(log);
    }

    /** Waits until the log contains {@code text}. */
    void awaitLog(String text, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!log().contains(text)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("log has no '" + text + "' within " + timeout + ": " + log);
            }
            Thread.sleep(50);
        }
    }

    int health(String path) {
        return AdminPort.status(adminPort, path);
    }

    private void awaitReady(Duration timeout) throws Exception {
        AdminPort.awaitReady(process, adminPort, timeout, () -> {
            try {
                return log();
            } catch (IOException e) {
                return "(log unreadable: " + e + ")";
            }
        });
    }

    /**
     * SIGTERM to the gateway's PID; returns the exit code once the process ended and its stdout
     * was read to the end, killing it after {@code timeout}.
     */
    int stop(Duration timeout) throws Exception {
        ProcessHandle.of(process.pid()).ifPresent(ProcessHandle::destroy);
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            process.waitFor(5, TimeUnit.SECONDS);
            return -1;
        }
        stdoutEnded.get(5, TimeUnit.SECONDS);
        return process.exitValue();
    }

    @Override
    public void close() throws Exception {
        if (process.isAlive()) {
            stop(Duration.ofSeconds(15));
        }
    }

    private void readStdout() {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                CloudEvent event = null;
                try {
                    event = CODEC.fromBytes(line.getBytes(StandardCharsets.UTF_8));
                } catch (CloudEventCodec.InvalidEventException e) {
                    // Recorded below: stdout must carry nothing but events.
                }
                synchronized (this) {
                    lines.add(line);
                    if (event == null) {
                        notEvents.add(line);
                    } else {
                        events.add(event);
                    }
                    notifyAll();
                }
            }
        } catch (IOException e) {
            synchronized (this) {
                notEvents.add("(reading stdout failed: " + e + ")");
            }
        } finally {
            stdoutEnded.complete(null);
            synchronized (this) {
                notifyAll();
            }
        }
    }

}
