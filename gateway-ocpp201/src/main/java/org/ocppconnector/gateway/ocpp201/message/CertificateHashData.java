package org.ocppconnector.gateway.ocpp201.message;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;
import org.ocppconnector.gateway.core.codec.Checks;

/**
 * OCPP 2.0.1 CertificateHashDataType: identifies a certificate by the hashes of its issuer name and key and its
 * serial number.
 *
 * @param customData vendor-specific data; optional
 * @param hashAlgorithm the hash algorithm of certificate hash data
 * @param issuerNameHash the hash of the issuer's distinguished name, as hex; at most 128 characters
 * @param issuerKeyHash the hash of the issuer's public key, as hex; at most 128 characters
 * @param serialNumber the serial number of the certificate, as hex; at most 40 characters
 */
public record CertificateHashData(
        @Nullable CustomData customData,
        HashAlgorithmEnumType hashAlgorithm,
        String issuerNameHash,
        String issuerKeyHash,
        String serialNumber) {
    public CertificateHashData {
        requireNonNull(hashAlgorithm, "hashAlgorithm");
        Checks.maxLength("issuerNameHash", issuerNameHash, 128);
        Checks.maxLength("issuerKeyHash", issuerKeyHash, 128);
        Checks.maxLength("serialNumber", serialNumber, 40);
    }

    /** Without customData. */
    public CertificateHashData(
            HashAlgorithmEnumType hashAlgorithm,
            String issuerNameHash,
            String issuerKeyHash,
            String serialNumber) {
        this(null, hashAlgorithm, issuerNameHash, issuerKeyHash, serialNumber);
    }
}
