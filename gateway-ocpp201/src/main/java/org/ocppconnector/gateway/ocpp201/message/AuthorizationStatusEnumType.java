package org.ocppconnector.gateway.ocpp201.message;

/**
 * OCPP 2.0.1 AuthorizationStatusEnumType: whether an idToken may be used, and if not, why.
 */
public enum AuthorizationStatusEnumType {
    ACCEPTED("Accepted"),
    BLOCKED("Blocked"),
    CONCURRENT_TX("ConcurrentTx"),
    EXPIRED("Expired"),
    INVALID("Invalid"),
    NO_CREDIT("NoCredit"),
    NOT_ALLOWED_TYPE_EVSE("NotAllowedTypeEVSE"),
    NOT_AT_THIS_LOCATION("NotAtThisLocation"),
    NOT_AT_THIS_TIME("NotAtThisTime"),
    UNKNOWN("Unknown");

    private final String wireName;

    AuthorizationStatusEnumType(String wireName) {
        this.wireName = wireName;
    }

    /** The spelling in JSON, e.g. {@code "Accepted"}. */
    public String wireName() {
        return wireName;
    }
}
