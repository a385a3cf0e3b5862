package org.ocppconnector.gateway.ocpp16.message;

/** Security extension UpdateFirmwareStatusEnumType: the answer to SignedUpdateFirmware.req. */
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
