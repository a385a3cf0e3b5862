package org.ocppconnector.gateway.ocpp16.message;

/**
 * OCPP 1.6 §7.24 DiagnosticsStatus: the upload state a DiagnosticsStatusNotification.req reports.
 */
public enum DiagnosticsStatus {
    IDLE("Idle"),
    UPLOADED("Uploaded"),
    UPLOAD_FAILED("UploadFailed"),
    UPLOADING("Uploading");

    private final String wireName;

    DiagnosticsStatus(String wireName) {
        this.wireName = wireName;
    }

    /** The spelling in JSON, e.g. {@code "Idle"}. */
    public String wireName() {
        return wireName;
    }
}
