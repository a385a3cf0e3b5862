package org.ocppconnector.gateway.testkit;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Locates the npm test fixtures ({@code test-fixtures/}, installed by the testkit module's build
 * with {@code npm ci}): the {@code ocpp-rpc} package with the official OCPP JSON schemas, and
 * the {@code kinesis-local} emulator.
 */
public final class Fixtures {

    private Fixtures() {}

    /** The {@code test-fixtures} directory; from {@code -Dgateway.fixtures.dir}, else found upwards from the working directory. */
    public static Path dir() {
        String configured = System.getProperty("gateway.fixtures.dir");
        if (configured != null && !configured.isBlank() && !configured.contains("${")) {
            return Path.of(configured).toAbsolutePath().normalize();
        }
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path candidate = p.resolve("test-fixtures");
            if (Files.isRegularFile(candidate.resolve("package.json"))) {
                return candidate;
            }
        }
        throw new IllegalStateException("test-fixtures/ not found; run the build from the repository root");
    }

    /** A path inside {@code test-fixtures/node_modules}, checked to exist. */
    public static Path nodeModule(String relative) {
        Path path = dir().resolve("node_modules").resolve(relative);
        if (!Files.exists(path)) {
            throw new IllegalStateException(path + " missing: run 'npm ci' in " + dir());
        }
        return path;
    }

    /** The official OCPP 1.6 JSON schemas shipped by ocpp-rpc (a JSON array of draft-07 schemas, {@code $id} {@code urn:Action.req|conf}). */
    public static Path ocpp16Schemas() {
        return nodeModule("ocpp-rpc/lib/schemas/ocpp1_6.json");
    }

    /** The official OCPP 2.0.1 JSON schemas shipped by ocpp-rpc. */
    public static Path ocpp201Schemas() {
        return nodeModule("ocpp-rpc/lib/schemas/ocpp2_0_1.json");
    }

    /** A port that is free on the loopback address now, for a server a test is about to start. */
    public static int freeLoopbackPort() {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("no free loopback port", e);
        }
    }

    /** The {@code node} executable: {@code $NODE} if set, else {@code node} on the PATH. */
    public static String node() {
        String node = System.getenv("NODE");
        return node == null || node.isBlank() ? "node" : node;
    }
}
