package org.ocppconnector.gateway.core;

/** The outcome of an {@code ocpp.command}, as {@code ocpp.command.result} reports it. */
enum CommandOutcome {
    /** The station answered with a CALLRESULT. */
    COMPLETED("Completed"),
    /** The station answered with a CALLERROR, or with a response that failed validation. */
    CALL_ERROR("CallError"),
    /** The station did not answer within the command's timeout, or closed before answering. */
    TIMEOUT("Timeout"),
    /** The command's {@code expiresAt} passed before it could be sent. */
    EXPIRED("Expired"),
    /** The command failed validation against the station's OCPP version and was not sent. */
    INVALID("Invalid"),
    /** The station's command queue was full. */
    QUEUE_FULL("QueueFull");

    private final String wireName;

    CommandOutcome(String wireName) {
        this.wireName = wireName;
    }

    String wireName() {
        return wireName;
    }
}
