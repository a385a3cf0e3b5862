package org.ocppconnector.gateway.ocpp201.message;

/**
 * OCPP 2.0.1 ComponentCriterionEnumType: which components a report covers, the active, available or enabled ones,
 * or those with a problem.
 */
public enum ComponentCriterionEnumType {
    ACTIVE("Active"),
    AVAILABLE("Available"),
    ENABLED("Enabled"),
    PROBLEM("Problem");

    private final String wireName;

    ComponentCriterionEnumType(String wireName) {
        this.wireName = wireName;
    }

    /** The spelling in JSON, e.g. {@code "Active"}. */
    public String wireName() {
        return wireName;
    }
}
