package org.ocppconnector.gateway.ocpp201.message;

import org.jspecify.annotations.Nullable;

/**
 * NotifyReportResponse (OCPP 2.0.1, functional block B Provisioning): an acknowledgement without content.
 *
 * @param customData vendor-specific data; optional
 */
public record NotifyReportResponse(@Nullable CustomData customData) implements Ocpp201Response {
    /** Without customData. */
    public NotifyReportResponse() {
        this(null);
    }

    @Override
    public String action() {
        return "NotifyReport";
    }
}
