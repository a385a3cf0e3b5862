package org.ocppconnector.gateway.ocpp201.message;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;

/**
 * CustomerInformationResponse (OCPP 2.0.1, functional block N Diagnostics): whether the request was accepted; the
 * data follows in NotifyCustomerInformation.
 *
 * @param customData vendor-specific data; optional
 * @param status whether a CustomerInformation request was accepted
 * @param statusInfo more about the status; optional
 */
public record CustomerInformationResponse(
        @Nullable CustomData customData,
        CustomerInformationStatusEnumType status,
        @Nullable StatusInfo statusInfo)
        implements Ocpp201Response {
    public CustomerInformationResponse {
        requireNonNull(status, "status");
    }

    /** Without customData. */
    public CustomerInformationResponse(CustomerInformationStatusEnumType status, @Nullable StatusInfo statusInfo) {
        this(null, status, statusInfo);
    }

    @Override
    public String action() {
        return "CustomerInformation";
    }
}
