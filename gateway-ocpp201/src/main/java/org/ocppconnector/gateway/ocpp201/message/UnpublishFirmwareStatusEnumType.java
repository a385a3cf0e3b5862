package org.ocppconnector.gateway.ocpp201.message;

/**
 * OCPP 2.0.1 UnpublishFirmwareStatusEnumType: the outcome of UnpublishFirmware.
 */
public enum UnpublishFirmwareStatusEnumType {
    DOWNLOAD_ONGOING("DownloadOngoing"),
    NO_FIRMWARE("NoFirmware"),
    UNPUBLISHED("Unpublished");

    private final String wireName;

    UnpublishFirmwareStatusEnumType(String wireName) {
        this.wireName = wireName;
    }

    /** The spelling in JSON, e.g. {@code "DownloadOngoing"}. */
    public String wireName() {
        return wireName;
    }
}
