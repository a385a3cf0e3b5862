package org.ocppconnector.gateway.ocpp201.message;

/**
 * OCPP 2.0.1 ConnectorEnumType: a connector type, c for a cable, s for a socket, w for wireless.
 */
public enum ConnectorEnumType {
    C_CCS1("cCCS1"),
    C_CCS2("cCCS2"),
    C_G105("cG105"),
    C_TESLA("cTesla"),
    C_TYPE1("cType1"),
    C_TYPE2("cType2"),
    S309_1P_16A("s309-1P-16A"),
    S309_1P_32A("s309-1P-32A"),
    S309_3P_16A("s309-3P-16A"),
    S309_3P_32A("s309-3P-32A"),
    S_BS1361("sBS1361"),
    S_CEE_7_7("sCEE-7-7"),
    S_TYPE2("sType2"),
    S_TYPE3("sType3"),
    OTHER1PH_MAX16A("Other1PhMax16A"),
    OTHER1PH_OVER16A("Other1PhOver16A"),
    OTHER3PH("Other3Ph"),
    PAN("Pan"),
    W_INDUCTIVE("wInductive"),
    W_RESONANT("wResonant"),
    UNDETERMINED("Undetermined"),
    UNKNOWN("Unknown");

    private final String wireName;

    ConnectorEnumType(String wireName) {
        this.wireName = wireName;
    }

    /** The spelling in JSON, e.g. {@code "cCCS1"}. */
    public String wireName() {
        return wireName;
    }
}
