package org.ocppconnector.gateway.ocpp201.message;

import org.jspecify.annotations.Nullable;
import org.ocppconnector.gateway.core.codec.Checks;

/**
 * CustomerInformationRequest (OCPP 2.0.1, functional block N Diagnostics): the CSMS asks the station to report
 * and/or clear the data it holds about a customer.
 *
 * @param customData vendor-specific data; optional
 * @param customerCertificate the certificate of the customer; optional
 * @param idToken the customer, by idToken; optional
 * @param requestId the id of the request, which the messages that follow it carry
 * @param report whether to report the customer data
 * @param clear whether to clear the customer data
 * @param customerIdentifier the customer, e.g. a vendor-specific identifier; at most 64 characters, optional
 */
public record CustomerInformationRequest(
        @Nullable CustomData customData,
        @Nullable CertificateHashData customerCertificate,
        @Nullable IdToken idToken,
        int requestId,
        boolean report,
        boolean clear,
        @Nullable String customerIdentifier)
        implements Ocpp201Request {
    public CustomerInformationRequest {
        Checks.maxLengthOrNull("customerIdentifier", customerIdentifier, 64);
    }

    /** Without customData. */
    public CustomerInformationRequest(
            @Nullable CertificateHashData customerCertificate,
            @Nullable IdToken idToken,
            int requestId,
            boolean report,
            boolean clear,
            @Nullable String customerIdentifier) {
        this(null, customerCertificate, idToken, requestId, report, clear, customerIdentifier);
    }

    @Override
    public String action() {
        return "CustomerInformation";
    }
}
