package org.ocppconnector.gateway.core.bridge;

/** Told by an {@link UplinkPublisher} when its buffer crosses its water marks. */
public interface BackpressureListener {

    /** The buffer is above its high-water mark: stop reading from stations. */
    void pause();

    /** The buffer is back below its low-water mark: read from stations again. */
    void resume();
}
