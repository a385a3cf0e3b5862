package org.ocppconnector.gateway.core.bridge;

import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import org.ocppconnector.gateway.core.event.CloudEvent;

/**
 * Reads the downlink stream and hands every event to the gateway. Every instance reads every
 * shard (broadcast), starting at the newest record, since only the instance holding a station's
 * socket can deliver to it.
 */
public interface DownlinkSource extends AutoCloseable {

    /**
     * Starts reading; every parsed event goes to {@code sink} (on a reader thread). Records that
     * are not valid CloudEvents are logged and skipped, never handed over.
     *
     * @return a future that completes once the source reads every shard (readiness)
     */
    CompletableFuture<Void> start(Consumer<CloudEvent> sink);

    /** Whether the source currently reads every shard; for the readiness check. */
    boolean isReady();

    /** Stops reading and releases what the source registered (e.g. its enhanced fan-out consumer). */
    @Override
    void close();
}
