package org.ocppconnector.gateway.ocpp201.message;

/**
 * OCPP 2.0.1 LogEnumType: the kind of log to upload.
 */
public enum LogEnumType {
    DIAGNOSTICS_LOG("DiagnosticsLog"),
    SECURITY_LOG("SecurityLog");

    private final String wireName;

    LogEnumType(String wireName) {
        this.wireName = wireName;
    }

    /** The spelling in JSON, e.g. {@code "DiagnosticsLog"}. */
    public String wireName() {
        return wireName;
    }
}
