package org.ocppconnector.gateway.kinesis;

import static java.util.Objects.requireNonNull;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.ocppconnector.gateway.core.bridge.DownlinkSource;
import org.ocppconnector.gateway.core.bridge.UplinkPublisher;
import org.ocppconnector.gateway.core.event.CloudEventCodec;
import org.ocppconnector.gateway.core.rpc.OcppJson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.http.Protocol;
import software.amazon.awssdk.http.nio.netty.NettyNioAsyncHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.kinesis.KinesisAsyncClient;
import software.amazon.awssdk.services.kinesis.KinesisAsyncClientBuilder;

/**
 * The gateway's link to Kinesis: a batching {@link #uplink() publisher} for the uplink stream and
 * a broadcast {@link #downlink() reader} of the downlink stream, sharing one
 * {@link KinesisAsyncClient} (Netty, HTTP/2, which SubscribeToShard needs) and each running on a
 * thread of its own.
 *
 * <p>The SDK's own retries are off: the publisher retries failed entries until each event's
 * publish deadline and the downlink resubscribes with backoff, which the SDK could not know.
 *
 * <pre>{@code
 * KinesisBridge bridge = KinesisBridge.create(KinesisBridgeConfig.builder("uplink", "downlink", taskId).build());
 * bridge.uplink().setBackpressureListener(listener);
 * bridge.downlink().start(router::route).get(30, SECONDS);
 * ...
 * bridge.close();
 * }</pre>
 */
public final class KinesisBridge implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(KinesisBridge.class);

    // HTTP/2 streams over all connections: every fan-out subscription holds one for its lifetime,
    // plus the publisher's batches and the downlink's control calls.
    private static final int MAX_HTTP_STREAMS = 256;

    private final KinesisBridgeConfig config;
    private final KinesisAsyncClient client;
    private final boolean ownsClient;
    private final ScheduledExecutorService uplinkScheduler;
    private final ScheduledExecutorService downlinkScheduler;
    private final KinesisUplinkPublisher uplink;
    private final KinesisDownlinkSource downlink;
    private final AtomicBoolean closed = new AtomicBoolean();

    KinesisBridge(KinesisBridgeConfig config, KinesisAsyncClient client, boolean ownsClient) {
        this(config, client, ownsClient, KinesisMetrics.noop());
    }

    KinesisBridge(KinesisBridgeConfig config, KinesisAsyncClient client, boolean ownsClient, KinesisMetrics metrics) {
        this.config = requireNonNull(config, "config");
        this.client = requireNonNull(client, "client");
        this.ownsClient = ownsClient;
        this.uplinkScheduler = singleThread("kinesis-uplink");
        this.downlinkScheduler = singleThread("kinesis-downlink");
        // The OCPP mapper: command payloads keep their decimals exactly as the backend wrote them.
        CloudEventCodec codec = new CloudEventCodec(OcppJson.newMapper());
        // ThreadLocalRandom.current() is one shared instance drawing from the calling thread's seed,
        // so both bridge threads may use it.
        Backoff backoff = new Backoff(config.retryBaseDelay(), config.retryMaxDelay(), ThreadLocalRandom.current());
        this.uplink = new KinesisUplinkPublisher(client, config, codec, uplinkScheduler, System::nanoTime, backoff,
                metrics);
        this.downlink = new KinesisDownlinkSource(client, config, codec, downlinkScheduler, backoff, metrics);
    }

    /** Creates a bridge that finds credentials with the SDK's default chain (on ECS: the task role). */
    public static KinesisBridge create(KinesisBridgeConfig config) {
        return create(config, DefaultCredentialsProvider.builder().build());
    }

    /** Creates a bridge with the given credentials. */
    public static KinesisBridge create(KinesisBridgeConfig config, AwsCredentialsProvider credentials) {
        return new KinesisBridge(config, newClient(config, credentials), true);
    }

    /**
     * Creates a bridge with the given credentials that records the {@code kinesis.*} meters
     * (publish latency, batch sizes, retries, throttles, buffer fill, downlink records and lag)
     * in {@code meters}.
     */
    public static KinesisBridge create(KinesisBridgeConfig config, AwsCredentialsProvider credentials,
            MeterRegistry meters) {
        requireNonNull(meters, "meters");
        return new KinesisBridge(config, newClient(config, credentials), true, new KinesisMetrics(meters));
    }

    /** The publisher of the uplink stream. */
    public UplinkPublisher uplink() {
        return uplink;
    }

    /** The reader of the downlink stream; not started until {@link DownlinkSource#start} is called. */
    public DownlinkSource downlink() {
        return downlink;
    }

    /** The configuration this bridge runs with. */
    public KinesisBridgeConfig config() {
        return config;
    }

    /**
     * Stops the downlink (deregistering its consumer), drains the uplink for at most
     * {@code shutdownTimeout}, then closes the client and threads. Blocks; idempotent.
     */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        // The downlink first: its subscriptions must be cancelled before the client closes, and
        // commands read now could no longer be answered anyway.
        downlink.close();
        uplink.close(config.shutdownTimeout());
        if (ownsClient) {
            client.close();
        }
        shutdown(uplinkScheduler);
        shutdown(downlinkScheduler);
    }

    /** The client the bridge uses: Netty over HTTP/2, no SDK retries. */
    static KinesisAsyncClient newClient(KinesisBridgeConfig config, AwsCredentialsProvider credentials) {
        requireNonNull(credentials, "credentials");
        KinesisAsyncClientBuilder builder = KinesisAsyncClient.builder()
                .credentialsProvider(credentials)
                .httpClientBuilder(NettyNioAsyncHttpClient.builder()
                        .protocol(Protocol.HTTP2)
                        .maxConcurrency(MAX_HTTP_STREAMS)
                        .connectionTimeout(Duration.ofSeconds(2)))
                .overrideConfiguration(o -> o.retryStrategy(AwsRetryStrategy.doNotRetry()));
        if (config.region() != null) {
            builder.region(Region.of(config.region()));
        }
        if (config.endpointOverride() != null) {
            builder.endpointOverride(config.endpointOverride());
        }
        return builder.build();
    }

    private static ScheduledExecutorService singleThread(String name) {
        ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1, runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        });
        // The publisher reschedules its wakeup often; cancelled ones must not pile up in the queue.
        executor.setRemoveOnCancelPolicy(true);
        return executor;
    }

    private static void shutdown(ScheduledExecutorService executor) {
        executor.shutdown();
        try {
            if (!executor.awaitTermination(5, TimeUnit.SECONDS)) {
                log.warn("Kinesis bridge thread did not stop within 5 s");
                executor.shutdownNow();
            }
        } catch (InterruptedException e) {
            executor.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
