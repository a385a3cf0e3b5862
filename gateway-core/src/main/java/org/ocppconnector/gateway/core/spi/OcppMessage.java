package org.ocppconnector.gateway.core.spi;

/**
 * A typed, validated OCPP payload: the request or response of one action. Version modules
 * implement it with immutable records whose construction validates every constraint of the
 * official JSON schema.
 */
public interface OcppMessage {

    /** The action this payload belongs to, e.g. {@code "BootNotification"}. */
    String action();

    /** Whether this is the request (CALL payload) or the response (CALLRESULT payload). */
    boolean isRequest();
}
