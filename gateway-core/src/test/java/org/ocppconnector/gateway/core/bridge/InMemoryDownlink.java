package org.ocppconnector.gateway.core.bridge;

import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.ocppconnector.gateway.core.event.CloudEvent;

/** A downlink source that tests feed directly with {@link #send}. */
public final class InMemoryDownlink implements DownlinkSource {

    private volatile @Nullable Consumer<CloudEvent> sink;

    @Override
    public CompletableFuture<Void> start(Consumer<CloudEvent> sink) {
        this.sink = sink;
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public boolean isReady() {
        return sink != null;
    }

    /** Hands an event to the gateway as if it had been read from the stream. */
    public void send(CloudEvent event) {
        Consumer<CloudEvent> current = sink;
        if (current == null) {
            throw new IllegalStateException("not started");
        }
        current.accept(event);
    }

    @Override
    public void close() {
        sink = null;
    }
}
