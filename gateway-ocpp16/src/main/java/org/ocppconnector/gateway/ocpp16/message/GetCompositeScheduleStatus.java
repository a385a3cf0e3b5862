package org.ocppconnector.gateway.ocpp16.message;

/** OCPP 1.6 §7.26 GetCompositeScheduleStatus: the answer to GetCompositeSchedule.req. */
public enum GetCompositeScheduleStatus {
    ACCEPTED("Accepted"),
    REJECTED("Rejected");

    private final String wireName;

    GetCompositeScheduleStatus(String wireName) {
        this.wireName = wireName;
    }

    /** The spelling in JSON, e.g. {@code "Accepted"}. */
    public String wireName() {
        return wireName;
    }
}
