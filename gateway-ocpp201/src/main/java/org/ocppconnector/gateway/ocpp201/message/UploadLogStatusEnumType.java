package org.ocppconnector.gateway.ocpp201.message;

/**
 * OCPP 2.0.1 UploadLogStatusEnumType: the progress of a log upload.
 */
public enum UploadLogStatusEnumType {
    BAD_MESSAGE("BadMessage"),
    IDLE("Idle"),
    NOT_SUPPORTED_OPERATION("NotSupportedOperation"),
    PERMISSION_DENIED("PermissionDenied"),
    UPLOADED("Uploaded"),
    UPLOAD_FAILURE("UploadFailure"),
    UPLOADING("Uploading"),
    ACCEPTED_CANCELED("AcceptedCanceled");

    private final String wireName;

    UploadLogStatusEnumType(String wireName) {
        this.wireName = wireName;
    }

    /** The spelling in JSON, e.g. {@code "BadMessage"}. */
    public String wireName() {
        return wireName;
    }
}
