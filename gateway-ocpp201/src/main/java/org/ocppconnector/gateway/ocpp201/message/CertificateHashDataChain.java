package org.ocppconnector.gateway.ocpp201.message;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.ocppconnector.gateway.core.codec.Checks;

/**
 * OCPP 2.0.1 CertificateHashDataChainType: the hash data of an installed certificate, with its type and the hash
 * data of its child certificates.
 *
 * @param customData vendor-specific data; optional
 * @param certificateHashData the certificate
 * @param certificateType the type of certificate
 * @param childCertificateHashData the certificates the certificate signed; 1 to 4 items, optional
 */
public record CertificateHashDataChain(
        @Nullable CustomData customData,
        CertificateHashData certificateHashData,
        GetCertificateIdUseEnumType certificateType,
        @Nullable List<CertificateHashData> childCertificateHashData) {
    public CertificateHashDataChain {
        requireNonNull(certificateHashData, "certificateHashData");
        requireNonNull(certificateType, "certificateType");
        childCertificateHashData = Checks.itemsOrNull("childCertificateHashData", childCertificateHashData, 1, 4);
    }

    /** Without customData. */
    public CertificateHashDataChain(
            CertificateHashData certificateHashData,
            GetCertificateIdUseEnumType certificateType,
            @Nullable List<CertificateHashData> childCertificateHashData) {
        this(null, certificateHashData, certificateType, childCertificateHashData);
    }
}
