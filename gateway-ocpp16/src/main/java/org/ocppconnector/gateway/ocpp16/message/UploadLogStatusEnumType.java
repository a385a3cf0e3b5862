package org.ocppconnector.gateway.ocpp16.message;

/**
 * Security extension UploadLogStatusEnumType: the upload state a LogStatusNotification.req
 * reports.
 */
public enum UploadLogStatusEnumType {
    BAD_MESSAGE("BadMessage"),
    IDLE("Idle"),
    NOT_SUPPORTED_OPERATION("NotSupportedOperation"),
    PERMISSION_DENIED("PermissionDenied"),
    UPLOADED("Uploaded"),
    UPLOAD_FAILURE("UploadFailure"),
    UPLOADING("Uploading");

    private final String wireName;

    UploadLogStatusEnumType(String wireName) {
        this.wireName = wireName;
    }

    /** The spelling in JSON, e.g. {@code "BadMessage"}. */
    public String wireName() {
        return wireName;
    }
}
