package org.ocppconnector.gateway.benchmarks;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;
import org.ocppconnector.gateway.core.bridge.BackpressureListener;
import org.ocppconnector.gateway.core.bridge.UplinkPublisher;
import org.ocppconnector.gateway.core.event.CloudEvent;
import org.ocppconnector.gateway.core.event.CloudEventCodec;

/**
 * An uplink that does on the caller's thread what the Kinesis publisher does there (serialize the
 * event to its record's bytes) and keeps only the last record; {@link #acknowledgeAll()} then plays
 * the stream acknowledging what was published. Not thread-safe: one benchmark thread owns it.
 *
 * <p>Unlike the {@link UplinkPublisher} contract, the futures complete on the thread that calls
 * {@link #acknowledgeAll()}, not on a publisher thread: the benchmark measures the gateway's work
 * per message, not a thread hop.
 */
final class MemoryUplink implements UplinkPublisher {

    private final CloudEventCodec codec = new CloudEventCodec(Payloads.MAPPER);
    private final ArrayDeque<CompletableFuture<Void>> unacknowledged = new ArrayDeque<>();
    private byte @Nullable [] lastRecord;
    private long published;

    @Override
    public CompletableFuture<Void> publish(CloudEvent event) {
        lastRecord = codec.toBytes(event);
        published++;
        CompletableFuture<Void> future = new CompletableFuture<>();
        unacknowledged.addLast(future);
        return future;
    }

    /** Makes every event published so far durable, in order; returns how many there were. */
    int acknowledgeAll() {
        int count = 0;
        CompletableFuture<Void> future;
        while ((future = unacknowledged.pollFirst()) != null) {
            future.complete(null);
            count++;
        }
        return count;
    }

    /** The record bytes of the last event published, or null before the first. */
    byte @Nullable [] lastRecord() {
        return lastRecord;
    }

    /** Events published since this uplink was created. */
    long published() {
        return published;
    }

    @Override
    public void setBackpressureListener(BackpressureListener listener) {
        // Never full: nothing to tell.
    }

    @Override
    public void close(Duration timeout) {
        acknowledgeAll();
    }
}
