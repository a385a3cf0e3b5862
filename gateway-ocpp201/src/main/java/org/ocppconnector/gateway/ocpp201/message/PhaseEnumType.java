package org.ocppconnector.gateway.ocpp201.message;

/**
 * OCPP 2.0.1 PhaseEnumType: the phase, or pair of phases, a value applies to.
 */
public enum PhaseEnumType {
    L1("L1"),
    L2("L2"),
    L3("L3"),
    N("N"),
    L1_N("L1-N"),
    L2_N("L2-N"),
    L3_N("L3-N"),
    L1_L2("L1-L2"),
    L2_L3("L2-L3"),
    L3_L1("L3-L1");

    private final String wireName;

    PhaseEnumType(String wireName) {
        this.wireName = wireName;
    }

    /** The spelling in JSON, e.g. {@code "L1"}. */
    public String wireName() {
        return wireName;
    }
}
