package org.ocppconnector.gateway.ocpp201.message;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;
import org.ocppconnector.gateway.core.codec.Checks;

/**
 * Get15118EVCertificateResponse (OCPP 2.0.1, functional block M ISO 15118 Certificate Management): the CSMS's ISO
 * 15118 response for the EV.
 *
 * @param customData vendor-specific data; optional
 * @param status whether the CSMS could process an EV's certificate request
 * @param statusInfo more about the status; optional
 * @param exiResponse the ISO 15118 response, EXI encoded and then Base64; at most 5600 characters
 */
public record Get15118EVCertificateResponse(
        @Nullable CustomData customData,
        Iso15118EVCertificateStatusEnumType status,
        @Nullable StatusInfo statusInfo,
        String exiResponse)
        implements Ocpp201Response {
    public Get15118EVCertificateResponse {
        requireNonNull(status, "status");
        Checks.maxLength("exiResponse", exiResponse, 5600);
    }

    /** Without customData. */
    public Get15118EVCertificateResponse(
            Iso15118EVCertificateStatusEnumType status,
            @Nullable StatusInfo statusInfo,
            String exiResponse) {
        this(null, status, statusInfo, exiResponse);
    }

    @Override
    public String action() {
        return "Get15118EVCertificate";
    }
}
