package org.ocppconnector.gateway.ocpp16.message;

/** OCPP 1.6 §7.25 FirmwareStatus: the update state a FirmwareStatusNotification.req reports. */
public enum FirmwareStatus {
    DOWNLOADED("Downloaded"),
    DOWNLOAD_FAILED("DownloadFailed"),
    DOWNLOADING("Downloading"),
    IDLE("Idle"),
    INSTALLATION_FAILED("InstallationFailed"),
    INSTALLING("Installing"),
    INSTALLED("Installed");

    private final String wireName;

    FirmwareStatus(String wireName) {
        this.wireName = wireName;
    }

    /** The spelling in JSON, e.g. {@code "Downloaded"}. */
    public String wireName() {
        return wireName;
    }
}
