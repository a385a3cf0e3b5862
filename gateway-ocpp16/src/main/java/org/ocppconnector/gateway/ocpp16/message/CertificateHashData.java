package org.ocppconnector.gateway.ocpp16.message;

import static java.util.Objects.requireNonNull;

import org.ocppconnector.gateway.core.codec.Checks;

/**
 * Security extension CertificateHashDataType: identifies a certificate by hashes of its issuer.
 *
 * @param hashAlgorithm the hash used
 * @param issuerNameHash the hash of the issuer's distinguished name, at most 128 characters
 * @param issuerKeyHash the hash of the issuer's public key, at most 128 characters
 * @param serialNumber the certificate's serial number, at most 40 characters
 */
public record CertificateHashData(
        HashAlgorithmEnumType hashAlgorithm, String issuerNameHash, String issuerKeyHash, String serialNumber) {
    public CertificateHashData {
        requireNonNull(hashAlgorithm, "hashAlgorithm");
        Checks.maxLength("issuerNameHash", issuerNameHash, 128);
        Checks.maxLength("issuerKeyHash", issuerKeyHash, 128);
        Checks.maxLength("serialNumber", serialNumber, 40);
    }
}
