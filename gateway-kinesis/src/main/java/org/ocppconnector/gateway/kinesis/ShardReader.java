package org.ocppconnector.gateway.kinesis;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.kinesis.model.ChildShard;
import software.amazon.awssdk.services.kinesis.model.Record;
import software.amazon.awssdk.services.kinesis.model.ShardIteratorType;

/**
 * Reads one shard of the downlink stream. Every method runs on the downlink's single scheduler
 * thread, and SDK callbacks hop onto it before they touch any field, so readers need no locks.
 *
 * <p>Position: a reader starts at {@code LATEST} (the shards open when the downlink started) or
 * {@code TRIM_HORIZON} (children born from resharding: nothing between parent and child is
 * lost) and resumes {@code AFTER_SEQUENCE_NUMBER} of the last position it saw.
 */
abstract class ShardReader {

    private static final Logger log = LoggerFactory.getLogger(ShardReader.class);

    /** What a reader reports to the downlink that owns it; called on the scheduler thread. */
    interface Host {
        /** Records read from a shard, in order. */
        void deliver(String shardId, List<Record> records);

        /** How far the shard's reader is behind the tip of the stream, as Kinesis last reported. */
        default void millisBehind(String shardId, long millisBehindLatest) {}

        /** The shard is closed and read to its end; these shards continue it. */
        void shardEnded(String shardId, List<ChildShard> children);

        /** A reader became active or inactive. */
        void readinessChanged();
    }

    final String shardId;
    final Host host;
    final ScheduledExecutorService scheduler;
    final Backoff backoff;
    private ShardIteratorType startType;
    @Nullable String lastSequenceNumber;
    boolean active;
    boolean closed;
    int failures;

    ShardReader(String shardId, ShardIteratorType startType, Host host, ScheduledExecutorService scheduler, Backoff backoff) {
        this.shardId = requireNonNull(shardId, "shardId");
        this.startType = requireNonNull(startType, "startType");
        this.host = requireNonNull(host, "host");
        this.scheduler = requireNonNull(scheduler, "scheduler");
        this.backoff = requireNonNull(backoff, "backoff");
    }

    /** Starts reading; returns at once. */
    abstract void start();

    /** Stops reading and releases the subscription or iterator; idempotent. */
    abstract void close();

    /** Whether the reader holds an active subscription or iterator. */
    final boolean isActive() {
        return active && !closed;
    }

    /** The type to start or resume from: after the last position seen, else the initial type. */
    final ShardIteratorType positionType() {
        return lastSequenceNumber != null ? ShardIteratorType.AFTER_SEQUENCE_NUMBER : startType;
    }

    /**
     * Kinesis refused the sequence number to resume from (e.g. the stream was recreated). Continue
     * at {@code LATEST}: replaying from the trim horizon could send stations hours-old commands.
     */
    final void positionRejected() {
        if (lastSequenceNumber != null) {
            log.warn("Shard {}: cannot resume after sequence number {}; continuing at LATEST, records in between are skipped",
                    shardId, lastSequenceNumber);
        }
        lastSequenceNumber = null;
        startType = ShardIteratorType.LATEST;
    }

    final void setActive(boolean active) {
        if (this.active != active) {
            this.active = active;
            host.readinessChanged();
        }
    }

    /** Logs a failure (WARN the first time in a row, then DEBUG) and schedules {@code retry} with backoff. */
    final void retryLater(String what, Throwable cause, Runnable retry) {
        failures++;
        if (failures == 1) {
            log.warn("Shard {}: {} failed, retrying with backoff: {}", shardId, what, String.valueOf(cause));
        } else {
            log.debug("Shard {}: {} failed {} times in a row: {}", shardId, what, failures, String.valueOf(cause));
        }
        schedule(retry, backoff.delayNanos(failures));
    }

    /** Records that an attempt succeeded after failures, for the log. */
    final void succeeded() {
        if (failures > 0) {
            log.info("Shard {}: reading again after {} failed attempts", shardId, failures);
            failures = 0;
        }
    }

    final void schedule(Runnable task, long delayNanos) {
        if (closed) {
            return;
        }
        try {
            scheduler.schedule(task, delayNanos, TimeUnit.NANOSECONDS);
        } catch (RejectedExecutionException e) {
            closed = true; // the downlink is shutting down
        }
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "{shard=" + shardId + ", active=" + active + ", closed=" + closed + '}';
    }
}
