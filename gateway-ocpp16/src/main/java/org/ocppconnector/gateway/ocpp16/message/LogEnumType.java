package org.ocppconnector.gateway.ocpp16.message;

/** Security extension LogEnumType: the log GetLog.req asks for. */
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
