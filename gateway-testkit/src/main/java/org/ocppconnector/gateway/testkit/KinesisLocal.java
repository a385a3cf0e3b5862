package org.ocppconnector.gateway.testkit;

import static java.util.Objects.requireNonNull;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.http.Protocol;
import software.amazon.awssdk.http.ProtocolNegotiation;
import software.amazon.awssdk.http.nio.netty.NettyNioAsyncHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.kinesis.KinesisAsyncClient;
import software.amazon.awssdk.services.kinesis.model.StreamStatus;

/**
 * The {@code kinesis-local} emulator (kinesis-mock 0.6.2 on Node) as a child process listening on
 * 127.0.0.1 only, for tests.
 *
 * <p>It serves plain HTTP on {@link #endpoint()}: HTTP/1.1 and HTTP/2 with prior knowledge (h2c),
 * which {@code SubscribeToShard} needs. Streams are kept in memory only, so {@link #stop()} followed by
 * {@link #start()} (same ports) comes back with the initial streams, empty. Its output goes to
 * {@code target/kinesis-local-<port>.log}, not the console.
 *
 * <p>Defaults of the emulator this class relies on: account {@code 000000000000}, region
 * {@code us-east-1}, any access key (a non-numeric one selects the default account).
 */
public final class KinesisLocal implements AutoCloseable {

    /** The region the emulator serves and the test clients sign for. */
    public static final Region REGION = Region.US_EAST_1;

    /** Credentials the emulator accepts; it checks that a request is signed, not by whom. */
    public static final AwsCredentialsProvider CREDENTIALS =
            StaticCredentialsProvider.create(AwsBasicCredentials.create("kinesis-local-key", "kinesis-local-secret"));

    private static final Pattern STREAM_NAME = Pattern.compile("[a-zA-Z0-9_.-]{1,128}");
    private static final Duration START_TIMEOUT = Duration.ofSeconds(30);
    // The emulator may ignore SIGTERM while busy, hence the forcible kill after this.
    private static final Duration STOP_GRACE = Duration.ofSeconds(2);
    // Writing the data file on SIGTERM takes longer than a plain exit.
    private static final Duration PERSIST_STOP_GRACE = Duration.ofSeconds(15);
    private static final Duration POLL_INTERVAL = Duration.ofMillis(100);

    private final Map<String, Integer> streams;
    private final int plainPort;
    private final int tlsPort;
    private final Path logFile;
    private final @Nullable Path persistDir;
    private @Nullable Process process;
    private @Nullable Thread shutdownHook;

    private KinesisLocal(Map<String, Integer> streams, int plainPort, int tlsPort, Path logFile,
            @Nullable Path persistDir) {
        this.streams = streams;
        this.plainPort = plainPort;
        this.tlsPort = tlsPort;
        this.logFile = logFile;
        this.persistDir = persistDir;
    }

    /**
     * Starts an emulator on two free loopback ports with the given streams (name to shard count)
     * and returns once every stream is {@code ACTIVE}.
     */
    public static KinesisLocal launch(Map<String, Integer> streams) {
        return launch(streams, null);
    }

    /**
     * As {@link #launch(Map)}, but the emulator keeps its data across {@link #stop()} and
     * {@link #start()}: it writes it to {@code dataDir} on SIGTERM (and every second) and loads
     * it again on start, as a durable service would. {@code dataDir} is emptied first.
     */
    public static KinesisLocal launchPersistent(Map<String, Integer> streams, Path dataDir) {
        try {
            if (Files.isDirectory(dataDir)) {
                try (var files = Files.list(dataDir)) {
                    for (Path file : (Iterable<Path>) files::iterator) {
                        Files.delete(file);
                    }
                }
            }
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare " + dataDir, e);
        }
        return launch(streams, dataDir.toAbsolutePath());
    }

    private static KinesisLocal launch(Map<String, Integer> streams, @Nullable Path persistDir) {
        requireNonNull(streams, "streams");
        Map<String, Integer> copy = new LinkedHashMap<>();
        streams.forEach((name, shards) -> {
            if (!STREAM_NAME.matcher(name).matches()) {
                throw new IllegalArgumentException("stream name: " + name + " (expected: " + STREAM_NAME + ")");
            }
            if (shards < 1 || shards > 50) {
                throw new IllegalArgumentException("shards of " + name + ": " + shards + " (expected: 1..50)");
            }
            copy.put(name, shards);
        });
        int plainPort = Fixtures.freeLoopbackPort();
        int tlsPort = Fixtures.freeLoopbackPort();
        while (tlsPort == plainPort) {
            tlsPort = Fixtures.freeLoopbackPort();
        }
        Path log = Path.of("target").toAbsolutePath().resolve("kinesis-local-" + plainPort + ".log");
        KinesisLocal local = new KinesisLocal(Map.copyOf(copy), plainPort, tlsPort, log, persistDir);
        local.start();
        return local;
    }

    private Duration stopGrace() {
        return persistDir == null ? STOP_GRACE : PERSIST_STOP_GRACE;
    }

    /** The plain-HTTP endpoint, {@code http://127.0.0.1:<port>}. */
    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + plainPort);
    }

    /** The plain-HTTP port; stays the same across {@link #stop()} and {@link #start()}. */
    public int port() {
        return plainPort;
    }

    /** The file the emulator's stdout and stderr are appended to. */
    public Path logFile() {
        return logFile;
    }

    /** Whether the emulator process is alive. */
    public synchronized boolean isRunning() {
        return process != null && process.isAlive();
    }

    /**
     * Starts the emulator (again) on the same ports and waits, at most 30 s, until every initial
     * stream is {@code ACTIVE}. Data written before a {@link #stop()} is gone, unless launched
     * with {@link #launchPersistent}.
     */
    public synchronized void start() {
        if (isRunning()) {
            throw new IllegalStateException("kinesis-local on port " + plainPort + " is already running");
        }
        Path kinesisLocal = Fixtures.nodeModule("kinesis-local");
        ProcessBuilder builder = new ProcessBuilder(
                Fixtures.node(),
                "-r", Fixtures.dir().resolve("loopback.js").toString(),
                kinesisLocal.resolve("main.js").toString());
        Map<String, String> env = builder.environment();
        env.put("KINESIS_MOCK_PLAIN_PORT", Integer.toString(plainPort));
        env.put("KINESIS_MOCK_TLS_PORT", Integer.toString(tlsPort));
        env.put("KINESIS_MOCK_CERT_PATH", kinesisLocal.resolve("server.json").toString());
        if (!streams.isEmpty()) {
            env.put("INITIALIZE_STREAMS", streams.entrySet().stream()
                    .map(e -> e.getKey() + ":" + e.getValue())
                    .collect(Collectors.joining(",")));
        }
        env.put("AWS_REGION", REGION.id());
        // The emulator imitates AWS' state transitions (CREATING, UPDATING, DELETING) with a
        // 500 ms pause each; tests gain nothing from waiting that long.
        for (String operation : List.of("CREATE_STREAM", "DELETE_STREAM", "REGISTER_STREAM_CONSUMER",
                "DEREGISTER_STREAM_CONSUMER", "MERGE_SHARDS", "SPLIT_SHARD", "UPDATE_SHARD_COUNT")) {
            env.put(operation + "_DURATION", "100ms");
        }
        if (persistDir == null) {
            env.put("LOAD_DATA_IF_EXISTS", "false");
            env.put("SHOULD_PERSIST_DATA", "false");
        } else {
            env.put("LOAD_DATA_IF_EXISTS", "true");
            env.put("SHOULD_PERSIST_DATA", "true");
            env.put("PERSIST_PATH", persistDir.toString());
            env.put("PERSIST_INTERVAL", "1s");
        }
        try {
            Files.createDirectories(logFile.getParent());
            builder.directory(logFile.getParent().toFile());
            builder.redirectErrorStream(true);
            builder.redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
            builder.redirectInput(ProcessBuilder.Redirect.from(nullDevice()));
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start kinesis-local with " + Fixtures.node(), e);
        }
        // A JVM that exits without close() (a test run cut short) must not leave the emulator behind.
        Process started = process;
        shutdownHook = new Thread(started::destroyForcibly, "kinesis-local-" + plainPort + "-stop");
        Runtime.getRuntime().addShutdownHook(shutdownHook);
        try {
            awaitStreamsActive(started);
        } catch (RuntimeException | Error e) {
            stop();
            throw e;
        }
    }

    /** Stops the emulator: SIGTERM, then a forcible kill after 2 s. A no-op if it is not running. */
    public synchronized void stop() {
        Process p = process;
        process = null;
        if (p == null) {
            return;
        }
        if (shutdownHook != null) {
            try {
                Runtime.getRuntime().removeShutdownHook(shutdownHook);
            } catch (IllegalStateException e) {
                // The JVM is shutting down and runs the hook anyway.
            }
            shutdownHook = null;
        }
        List<ProcessHandle> children = new ArrayList<>(p.descendants().toList());
        if (persistDir != null) {
            // Offline and persisted: nothing acknowledged can be lost by killing it now.
            takeOffline(p);
            p.destroyForcibly();
        } else {
            p.destroy();
        }
        try {
            if (!p.waitFor(stopGrace().toMillis(), TimeUnit.MILLISECONDS)) {
                p.destroyForcibly();
                if (!p.waitFor(stopGrace().toMillis(), TimeUnit.MILLISECONDS)) {
                    throw new IllegalStateException("kinesis-local pid " + p.pid() + " did not exit");
                }
            }
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        children.forEach(ProcessHandle::destroyForcibly);
    }

    @Override
    public void close() {
        stop();
    }

    /**
     * Cuts a persistent emulator off the network before it is stopped (SIGUSR2, handled by
     * loopback.js): clients see resets and refused connections, as with a crash, but the
     * emulator acknowledges nothing more and has time to persist everything it did acknowledge.
     * Without this, a busy emulator keeps serving while it ignores SIGTERM, and the forcible kill
     * then loses records it had acknowledged, which a durable stream never does.
     */
    private static void takeOffline(Process p) {
        try {
            Process kill = new ProcessBuilder("kill", "-USR2", Long.toString(p.pid()))
                    .redirectErrorStream(true).start();
            kill.waitFor(5, TimeUnit.SECONDS);
            // Two persist intervals: the data file now holds every acknowledged record.
            Thread.sleep(2_500);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot signal kinesis-local pid " + p.pid(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * A client for this emulator: static credentials, {@link #REGION}, the Netty client speaking
     * HTTP/2 with prior knowledge (the emulator's plain port accepts it, and SubscribeToShard
     * needs it). The caller closes it.
     */
    public KinesisAsyncClient newAsyncClient() {
        return KinesisAsyncClient.builder()
                .endpointOverride(endpoint())
                .region(REGION)
                .credentialsProvider(CREDENTIALS)
                .httpClientBuilder(NettyNioAsyncHttpClient.builder()
                        .protocol(Protocol.HTTP2)
                        .protocolNegotiation(ProtocolNegotiation.ASSUME_PROTOCOL)
                        .connectionTimeout(Duration.ofSeconds(2)))
                .build();
    }

    /** Creates a stream and waits, at most 30 s, until it is {@code ACTIVE}. */
    public void createStream(String name, int shards) {
        try (KinesisAsyncClient client = newAsyncClient()) {
            client.createStream(b -> b.streamName(name).shardCount(shards)).get(10, TimeUnit.SECONDS);
            long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
            while (!isActive(client, name)) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("stream " + name + " not ACTIVE after " + START_TIMEOUT);
                }
                Thread.sleep(POLL_INTERVAL.toMillis());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted creating " + name, e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("cannot create stream " + name, e);
        }
    }

    @Override
    public String toString() {
        return "KinesisLocal{endpoint=" + endpoint() + ", streams=" + streams + ", log=" + logFile + '}';
    }

    private void awaitStreamsActive(Process p) {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        // No SDK retries: this loop is the retry, and it must notice a dead process quickly.
        try (KinesisAsyncClient client = KinesisAsyncClient.builder()
                .endpointOverride(endpoint())
                .region(REGION)
                .credentialsProvider(CREDENTIALS)
                .overrideConfiguration(o -> o
                        .retryStrategy(AwsRetryStrategy.doNotRetry())
                        .apiCallTimeout(Duration.ofSeconds(2)))
                // HTTP/1.1: the SDK's HTTP/2 handler logs a warning for every refused connection.
                .httpClientBuilder(NettyNioAsyncHttpClient.builder()
                        .protocol(Protocol.HTTP1_1)
                        .connectionTimeout(Duration.ofSeconds(1)))
                .build()) {
            while (true) {
                if (!p.isAlive()) {
                    throw new IllegalStateException("kinesis-local exited with code " + p.exitValue()
                            + " during startup; see " + logFile);
                }
                if (allActive(client)) {
                    return;
                }
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("kinesis-local not ready after " + START_TIMEOUT + "; see " + logFile);
                }
                Thread.sleep(POLL_INTERVAL.toMillis());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted waiting for kinesis-local", e);
        }
    }

    private boolean allActive(KinesisAsyncClient client) throws InterruptedException {
        try {
            // Answers at all? (With no initial streams, this is the whole check.)
            client.listStreams().get(5, TimeUnit.SECONDS);
        } catch (ExecutionException | CompletionException | TimeoutException e) {
            return false;
        }
        for (String name : streams.keySet()) {
            if (!isActive(client, name)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isActive(KinesisAsyncClient client, String stream) throws InterruptedException {
        try {
            return client.describeStreamSummary(b -> b.streamName(stream))
                    .get(5, TimeUnit.SECONDS)
                    .streamDescriptionSummary()
                    .streamStatus() == StreamStatus.ACTIVE;
        } catch (ExecutionException | CompletionException | TimeoutException e) {
            // Not listening yet (connection refused), or the stream is still being created.
            return false;
        }
    }

    private static File nullDevice() {
        return new File(System.getProperty("os.name").startsWith("Windows") ? "NUL" : "/dev/null");
    }
}
