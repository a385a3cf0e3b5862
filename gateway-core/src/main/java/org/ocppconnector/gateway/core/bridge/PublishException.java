package org.ocppconnector.gateway.core.bridge;

/** An event could not be made durable: buffer full, deadline passed, or publisher closed. */
public final class PublishException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Creates an exception with a message naming the reason. */
    public PublishException(String message) {
        super(message);
    }

    /** Creates an exception with a message and the underlying cause. */
    public PublishException(String message, Throwable cause) {
        super(message, cause);
    }
}
