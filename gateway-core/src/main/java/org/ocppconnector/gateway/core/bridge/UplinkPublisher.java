package org.ocppconnector.gateway.core.bridge;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.ocppconnector.gateway.core.event.CloudEvent;

/**
 * Writes events to the uplink stream.
 *
 * <p>Contract every implementation keeps:
 * <ul>
 *   <li>The returned future completes only once the event is durable (Kinesis acknowledged the
 *       record, or the stdio line was flushed); the gateway acknowledges a station's CALL only then.
 *   <li>Events with the same {@code subject} are made durable in the order they were published.
 *   <li>The buffer is bounded. Above its high-water mark the publisher tells its
 *       {@link BackpressureListener} to pause, and the gateway stops reading from stations; below
 *       the low-water mark it resumes them. If it is still offered events when completely full,
 *       it fails them with {@link PublishException} instead of growing.
 *   <li>Futures complete on a publisher thread, never on the caller's; callers hop back to their
 *       own executor.
 * </ul>
 */
public interface UplinkPublisher extends AutoCloseable {

    /** Queues an event; the future completes when it is durable, or exceptionally with {@link PublishException}. */
    CompletableFuture<Void> publish(CloudEvent event);

    /** Registers the single listener told when to stop and resume reading from stations. */
    void setBackpressureListener(BackpressureListener listener);

    /** Sends what is buffered and waits up to {@code timeout} for it; then fails what is left. */
    void close(Duration timeout);

    @Override
    default void close() {
        close(Duration.ofSeconds(10));
    }
}
