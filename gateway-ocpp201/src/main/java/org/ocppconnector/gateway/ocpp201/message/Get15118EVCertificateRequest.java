package org.ocppconnector.gateway.ocpp201.message;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;
import org.ocppconnector.gateway.core.codec.Checks;

/**
 * Get15118EVCertificateRequest (OCPP 2.0.1, functional block M ISO 15118 Certificate Management): the station
 * relays an EV's ISO 15118 request to install or update its contract certificate.
 *
 * @param customData vendor-specific data; optional
 * @param iso15118SchemaVersion the ISO 15118 schema version of the EV, e.g. urn:iso:15118:2:2013:MsgDef; at most 50
 *     characters
 * @param certificateAction whether to install or update; {@code action} on the wire
 * @param exiRequest the ISO 15118 request, EXI encoded and then Base64; at most 5600 characters
 */
public record Get15118EVCertificateRequest(
        @Nullable CustomData customData,
        String iso15118SchemaVersion,
        CertificateActionEnumType certificateAction,
        String exiRequest)
        implements Ocpp201Request {
    public Get15118EVCertificateRequest {
        Checks.maxLength("iso15118SchemaVersion", iso15118SchemaVersion, 50);
        requireNonNull(certificateAction, "certificateAction");
        Checks.maxLength("exiRequest", exiRequest, 5600);
    }

    /** Without customData. */
    public Get15118EVCertificateRequest(
            String iso15118SchemaVersion,
            CertificateActionEnumType certificateAction,
            String exiRequest) {
        this(null, iso15118SchemaVersion, certificateAction, exiRequest);
    }

    @Override
    public String action() {
        return "Get15118EVCertificate";
    }
}
