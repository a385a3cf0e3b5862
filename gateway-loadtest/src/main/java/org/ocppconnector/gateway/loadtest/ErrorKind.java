package org.ocppconnector.gateway.loadtest;

/** The kinds of error the load tool counts; each counts towards {@code --max-errors}. */
enum ErrorKind {
    /** A station could not open its WebSocket: TCP refused or reset, TLS failed, HTTP refusal (401, 429, ...), or no handshake within the connect timeout. */
    CONNECT_FAILURES("connectFailures"),
    /** BootNotification answered with a status other than {@code Accepted}, or with a CALLERROR. */
    BOOT_REJECTED("bootRejected"),
    /** A CALL of the message mix answered with a CALLERROR. */
    CALL_ERRORS("callErrors"),
    /** A CALL without an answer within the call timeout, or a downlink command whose CALL never reached its station. */
    TIMEOUTS("timeouts"),
    /** A connection closed by the gateway or the network while the tool still wanted it. */
    UNEXPECTED_CLOSES("unexpectedCloses"),
    /** A downlink command that Kinesis did not accept. */
    COMMAND_FAILURES("commandFailures");

    private final String jsonName;

    ErrorKind(String jsonName) {
        this.jsonName = jsonName;
    }

    String jsonName() {
        return jsonName;
    }
}
