package org.ocppconnector.gateway.ocpp201.message;

/**
 * OCPP 2.0.1 VPNEnumType: the type of a VPN.
 */
public enum VPNEnumType {
    IKEV2("IKEv2"),
    IP_SEC("IPSec"),
    L2TP("L2TP"),
    PPTP("PPTP");

    private final String wireName;

    VPNEnumType(String wireName) {
        this.wireName = wireName;
    }

    /** The spelling in JSON, e.g. {@code "IKEv2"}. */
    public String wireName() {
        return wireName;
    }
}
