package org.ocppconnector.gateway.ocpp16.message;

/** Security extension GenericStatusEnumType: the answer to SignCertificate.req. */
public enum GenericStatusEnumType {
    ACCEPTED("Accepted"),
    REJECTED("Rejected");

    private final String wireName;

    GenericStatusEnumType(String wireName) {
        this.wireName = wireName;
    }

    /** The spelling in JSON, e.g. {@code "Accepted"}. */
    public String wireName() {
        return wireName;
    }
}
