package org.ocppconnector.gateway.ocpp16.message;

/** Security extension HashAlgorithmEnumType: the hash used in a CertificateHashData. */
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
