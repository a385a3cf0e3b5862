package org.ocppconnector.gateway.core;

import io.netty.channel.Channel;
import org.ocppconnector.gateway.core.bridge.BackpressureListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns the uplink publisher's backpressure into reading or not reading from stations: a full
 * uplink buffer stops every socket's reads (TCP then pushes back on the stations) instead of
 * dropping events or growing without bound.
 */
final class ReadGate implements BackpressureListener {

    private static final Logger logger = LoggerFactory.getLogger(ReadGate.class);

    private final SessionRegistry registry;
    private final GatewayMetrics metrics;
    private volatile boolean paused;

    ReadGate(SessionRegistry registry, GatewayMetrics metrics) {
        this.registry = registry;
        this.metrics = metrics;
    }

    boolean isPaused() {
        return paused;
    }

    @Override
    public void pause() {
        if (!paused) {
            paused = true;
            metrics.backpressurePause();
            logger.warn("uplink buffer above its high-water mark: pausing reads from {} stations", registry.size());
        }
        // Each channel also checks the gate after every read burst, so new ones pause too.
        for (StationSession session : registry.all()) {
            setAutoRead(session.channel(), false);
        }
    }

    @Override
    public void resume() {
        if (paused) {
            paused = false;
            logger.info("uplink buffer drained: resuming reads");
        }
        for (StationSession session : registry.all()) {
            setAutoRead(session.channel(), true);
        }
    }

    private static void setAutoRead(Channel channel, boolean autoRead) {
        channel.eventLoop().execute(() -> channel.config().setAutoRead(autoRead));
    }
}
