package org.ocppconnector.gateway.ocpp16.message;

/** OCPP 1.6 §7.34 Phase: the phase or phases a sampled value applies to. */
public enum Phase {
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

    Phase(String wireName) {
        this.wireName = wireName;
    }

    /** The spelling in JSON, e.g. {@code "L1"}. */
    public String wireName() {
        return wireName;
    }
}
