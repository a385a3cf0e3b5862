package org.ocppconnector.gateway.ocpp201.message;

/**
 * OCPP 2.0.1 HashAlgorithmEnumType: the hash algorithm of certificate hash data.
 */
public enum HashAlgorithmEnumType {
    SHA256("SHA256"),
    SHA384("SHA384"),
    SHA512("SHA512");

    private final String wireName;

    HashAlgorithmEnumType(String wireName) {
        this.wireName = wireName;
    }

    /** The spelling in JSON, e.g. {@code "SHA256"}. */
    public String wireName() {
        return wireName;
    }
}
