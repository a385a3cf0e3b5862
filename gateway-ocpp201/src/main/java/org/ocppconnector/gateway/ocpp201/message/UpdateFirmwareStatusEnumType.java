package org.ocppconnector.gateway.ocpp201.message;

/**
 * OCPP 2.0.1 UpdateFirmwareStatusEnumType: the outcome of UpdateFirmware.
 */
public enum UpdateFirmwareStatusEnumType {
    ACCEPTED("Accepted"),
    REJECTED("Rejected"),
    ACCEPTED_CANCELED("AcceptedCanceled"),
    INVALID_CERTIFICATE("InvalidCertificate"),
    REVOKED_CERTIFICATE("RevokedCertificate");

    private final String wireName;

    UpdateFirmwareStatusEnumType(String wireName) {
        this.wireName = wireName;
    }

    /** The spelling in JSON, e.g. {@code "Accepted"}. */
    public String wireName() {
        return wireName;
    }
}
