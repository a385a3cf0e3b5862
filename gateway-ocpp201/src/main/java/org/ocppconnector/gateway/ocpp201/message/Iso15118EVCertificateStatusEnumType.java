package org.ocppconnector.gateway.ocpp201.message;

/**
 * OCPP 2.0.1 Iso15118EVCertificateStatusEnumType: whether the CSMS could process an EV's certificate request.
 */
public enum Iso15118EVCertificateStatusEnumType {
    ACCEPTED("Accepted"),
    FAILED("Failed");

    private final String wireName;

    Iso15118EVCertificateStatusEnumType(String wireName) {
        this.wireName = wireName;
    }

    /** The spelling in JSON, e.g. {@code "Accepted"}. */
    public String wireName() {
        return wireName;
    }
}
