package org.ocppconnector.gateway.kinesis;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.kinesis.KinesisAsyncClient;
import software.amazon.awssdk.services.kinesis.model.ConsumerStatus;
import software.amazon.awssdk.services.kinesis.model.ResourceInUseException;
import software.amazon.awssdk.services.kinesis.model.ResourceNotFoundException;

/**
 * This instance's enhanced fan-out consumer on the downlink stream: registered (or reused, if a
 * consumer of that name exists, e.g. after a restart with the same gateway id) and waited for
 * until {@code ACTIVE}, registered again when Kinesis says it is gone, deregistered on close.
 * Runs on the downlink's scheduler thread like the readers.
 */
final class FanOutConsumer {

    private static final Logger log = LoggerFactory.getLogger(FanOutConsumer.class);
    // Registration takes seconds on AWS; DescribeStreamConsumer allows 20 calls per second per
    // stream, so status polls start at the retry base delay and double up to this.
    private static final long MAX_STATUS_POLL_NANOS = Duration.ofSeconds(1).toNanos();

    private final KinesisAsyncClient client;
    private final String streamName;
    private final String consumerName;
    private final ScheduledExecutorService scheduler;
    private final Backoff backoff;
    private final Duration requestTimeout;
    private final List<Runnable> waiters = new ArrayList<>();
    private @Nullable String streamArn;
    private @Nullable String consumerArn;
    private boolean registering;
    private boolean closed;
    private int failures;
    private int statusPolls;
    private CompletableFuture<?> lastCall = CompletableFuture.completedFuture(null);

    FanOutConsumer(KinesisAsyncClient client, String streamName, String consumerName, ScheduledExecutorService scheduler,
            Backoff backoff, Duration requestTimeout) {
        this.client = requireNonNull(client, "client");
        this.streamName = requireNonNull(streamName, "streamName");
        this.consumerName = requireNonNull(consumerName, "consumerName");
        this.scheduler = requireNonNull(scheduler, "scheduler");
        this.backoff = requireNonNull(backoff, "backoff");
        this.requestTimeout = requireNonNull(requestTimeout, "requestTimeout");
    }

    /** The ARN of the active consumer, or {@code null} while (re)registering. */
    @Nullable String arn() {
        return consumerArn;
    }

    /** Runs {@code action} once the consumer is active: now if it is, else after registration. */
    void whenActive(Runnable action) {
        if (closed) {
            return;
        }
        if (consumerArn != null) {
            action.run();
            return;
        }
        waiters.add(action);
        register();
    }

    /** A subscription was told this consumer does not exist (e.g. the stream was recreated). */
    void lost(String arn) {
        if (arn.equals(consumerArn)) {
            log.warn("Consumer {} is gone; registering {} again", arn, consumerName);
            consumerArn = null;
        }
    }

    /** Starts registration if it is not done or under way. */
    void register() {
        if (registering || consumerArn != null || closed) {
            return;
        }
        registering = true;
        describeStream();
    }

    /**
     * Stops registering and deregisters the consumer by stream and name, after any registration
     * call under way has landed, so that a late registration cannot outlive the instance.
     */
    CompletableFuture<Void> deregister() {
        closed = true;
        waiters.clear();
        return lastCall.handle((r, e) -> null).thenComposeAsync(ignored -> {
            String stream = streamArn;
            if (stream == null) {
                return CompletableFuture.<Void>completedFuture(null);
            }
            return client.deregisterStreamConsumer(b -> b.streamARN(stream).consumerName(consumerName)
                            .overrideConfiguration(o -> o.apiCallTimeout(requestTimeout)))
                    .handle((response, error) -> {
                        Throwable cause = error == null ? null : KinesisUplinkPublisher.unwrap(error);
                        if (cause == null || cause instanceof ResourceNotFoundException) {
                            log.info("Deregistered enhanced fan-out consumer {} of {}", consumerName, streamName);
                        } else {
                            log.warn("Cannot deregister consumer {} of {}; it stays registered: {}",
                                    consumerName, streamName, String.valueOf(cause));
                        }
                        return null;
                    });
        }, scheduler);
    }

    private void describeStream() {
        if (closed) {
            return;
        }
        if (streamArn != null) {
            registerConsumer(streamArn);
            return;
        }
        lastCall = client.describeStreamSummary(b -> b.streamName(streamName)
                        .overrideConfiguration(o -> o.apiCallTimeout(requestTimeout)))
                .whenCompleteAsync((response, error) -> {
                    if (closed) {
                        return;
                    }
                    if (error != null) {
                        retry("DescribeStreamSummary", error, this::describeStream);
                        return;
                    }
                    streamArn = response.streamDescriptionSummary().streamARN();
                    registerConsumer(streamArn);
                }, scheduler);
    }

    private void registerConsumer(String stream) {
        if (closed) {
            return;
        }
        lastCall = client.registerStreamConsumer(b -> b.streamARN(stream).consumerName(consumerName)
                        .overrideConfiguration(o -> o.apiCallTimeout(requestTimeout)))
                .whenCompleteAsync((response, error) -> {
                    if (closed) {
                        return;
                    }
                    if (error == null) {
                        log.info("Registered enhanced fan-out consumer {} on {}", consumerName, streamName);
                        awaitActive(stream);
                    } else if (KinesisUplinkPublisher.unwrap(error) instanceof ResourceInUseException) {
                        // A consumer of this name exists already: reuse it once it is active.
                        awaitActive(stream);
                    } else {
                        retry("RegisterStreamConsumer", error, this::describeStream);
                    }
                }, scheduler);
    }

    private void awaitActive(String stream) {
        if (closed) {
            return;
        }
        lastCall = client.describeStreamConsumer(b -> b.streamARN(stream).consumerName(consumerName)
                        .overrideConfiguration(o -> o.apiCallTimeout(requestTimeout)))
                .whenCompleteAsync((response, error) -> {
                    if (closed) {
                        return;
                    }
                    if (error != null) {
                        Throwable cause = KinesisUplinkPublisher.unwrap(error);
                        // Gone between RegisterStreamConsumer and now (a racing deregistration): register again.
                        retry("DescribeStreamConsumer", cause,
                                cause instanceof ResourceNotFoundException ? this::describeStream : () -> awaitActive(stream));
                        return;
                    }
                    ConsumerStatus status = response.consumerDescription().consumerStatus();
                    if (status == ConsumerStatus.ACTIVE) {
                        activated(response.consumerDescription().consumerARN());
                    } else if (status == ConsumerStatus.DELETING) {
                        // An earlier instance with this gateway id is deregistering it: register anew afterwards.
                        schedule(this::describeStream, nextStatusPoll());
                    } else {
                        schedule(() -> awaitActive(stream), nextStatusPoll());
                    }
                }, scheduler);
    }

    private long nextStatusPoll() {
        long delay = backoff.base().toNanos() << Math.min(statusPolls++, 20);
        return Math.min(delay, MAX_STATUS_POLL_NANOS);
    }

    private void activated(String arn) {
        registering = false;
        failures = 0;
        statusPolls = 0;
        consumerArn = arn;
        log.info("Enhanced fan-out consumer {} is active", arn);
        List<Runnable> ready = new ArrayList<>(waiters);
        waiters.clear();
        ready.forEach(Runnable::run);
    }

    private void retry(String what, Throwable error, Runnable action) {
        failures++;
        Throwable cause = KinesisUplinkPublisher.unwrap(error);
        if (failures == 1) {
            log.warn("{} for consumer {} failed, retrying with backoff: {}", what, consumerName, String.valueOf(cause));
        } else {
            log.debug("{} for consumer {} failed {} times: {}", what, consumerName, failures, String.valueOf(cause));
        }
        schedule(action, backoff.delayNanos(failures));
    }

    private void schedule(Runnable action, long delayNanos) {
        try {
            scheduler.schedule(action, delayNanos, TimeUnit.NANOSECONDS);
        } catch (RejectedExecutionException e) {
            closed = true;
        }
    }
}
