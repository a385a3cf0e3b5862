package org.ocppconnector.gateway.loadtest;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.ocppconnector.gateway.testkit.AdminPort;
import org.ocppconnector.gateway.testkit.Fixtures;

/**
 * The packaged gateway ({@code gateway-app/target/ocpp-gateway.jar}, path from the
 * {@code gateway.jar} system property) as a separate process on free loopback ports, configured
 * by environment variables as operators run it, stopped by SIGTERM to its PID.
 */
final class GatewayJar implements AutoCloseable {

    private final Process process;
    private final int port;
    private final int adminPort;
    private final Path log;
    private final OutputStream stdin;

    private GatewayJar(Process process, int port, int adminPort, Path log) {
        this.process = process;
        this.port = port;
        this.adminPort = adminPort;
        this.log = log;
        // Held open: in stdio mode the end of stdin only ends the reading of commands, but keep it quiet.
        this.stdin = process.getOutputStream();
    }

    static Path jar() {
        String configured = System.getProperty("gateway.jar");
        Path jar = configured != null && !configured.isBlank()
                ? Path.of(configured)
                : Path.of("..", "gateway-app", "target", "ocpp-gateway.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar.toAbsolutePath() + " missing: run 'mvn package' (failsafe runs after it)");
        }
        return jar.toAbsolutePath();
    }

    /**
     * Starts the gateway with {@code env} on top of loopback ports, a short drain, and no
     * per-address handshake limit (every simulated station comes from 127.0.0.1); waits until ready.
     */
    static GatewayJar start(String name, Map<String, String> env) throws Exception {
        int port = Fixtures.freeLoopbackPort();
        int adminPort = Fixtures.freeLoopbackPort();
        Path log = Path.of("target", "gateway-" + name + "-" + port + ".log").toAbsolutePath();
        Files.createDirectories(log.getParent());
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(java, "-Xmx512m", "-jar", jar().toString())
                .redirectError(ProcessBuilder.Redirect.appendTo(log.toFile()))
                // stdio bridge: the event stream is not what these tests look at.
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        Map<String, String> environment = builder.environment();
        environment.keySet().removeIf(k -> k.startsWith("KINESIS_") || k.startsWith("GATEWAY_") || k.startsWith("LOG_"));
        environment.put("GATEWAY_ID", name);
        environment.put("GATEWAY_BIND_ADDRESS", "127.0.0.1");
        environment.put("GATEWAY_PORT", String.valueOf(port));
        environment.put("GATEWAY_ADMIN_PORT", String.valueOf(adminPort));
        environment.put("GATEWAY_DRAIN_WINDOW", "0");
        environment.put("GATEWAY_HANDSHAKES_PER_SECOND_PER_ADDRESS", "0");
        environment.putAll(env);
        GatewayJar gateway = new GatewayJar(builder.start(), port, adminPort, log);
        try {
            gateway.awaitReady(Duration.ofSeconds(60));
        } catch (Exception e) {
            gateway.close();
            throw e;
        }
        return gateway;
    }

    /** {@code ws://127.0.0.1:PORT/ocpp} (or wss). */
    String url(boolean tls) {
        return (tls ? "wss" : "ws") + "://127.0.0.1:" + port + "/ocpp";
    }

    Path log() {
        return log;
    }

    private void awaitReady(Duration timeout) throws Exception {
        AdminPort.awaitReady(process, adminPort, timeout, () -> {
            try {
                return Files.readString(log);
            } catch (IOException e) {
                return log + " (unreadable: " + e + ")";
            }
        });
    }

    @Override
    public void close() {
        try {
            stdin.close();
        } catch (IOException e) {
            // Already gone with the process.
        }
        if (process.isAlive()) {
            process.destroy();
            try {
                if (!process.waitFor(20, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    process.waitFor(5, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
    }
}
