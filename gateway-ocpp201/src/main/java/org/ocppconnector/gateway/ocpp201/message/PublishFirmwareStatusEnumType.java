package org.ocppconnector.gateway.ocpp201.message;

/**
 * OCPP 2.0.1 PublishFirmwareStatusEnumType: the progress of publishing a firmware.
 */
public enum PublishFirmwareStatusEnumType {
    IDLE("Idle"),
    DOWNLOAD_SCHEDULED("DownloadScheduled"),
    DOWNLOADING("Downloading"),
    DOWNLOADED("Downloaded"),
    PUBLISHED("Published"),
    DOWNLOAD_FAILED("DownloadFailed"),
    DOWNLOAD_PAUSED("DownloadPaused"),
    INVALID_CHECKSUM("InvalidChecksum"),
    CHECKSUM_VERIFIED("ChecksumVerified"),
    PUBLISH_FAILED("PublishFailed");

    private final String wireName;

    PublishFirmwareStatusEnumType(String wireName) {
        this.wireName = wireName;
    }

    /** The spelling in JSON, e.g. {@code "Idle"}. */
    public String wireName() {
        return wireName;
    }
}
