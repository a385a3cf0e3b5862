package org.ocppconnector.gateway.ocpp201.message;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;

/**
 * GetCompositeScheduleResponse (OCPP 2.0.1, functional block K Smart Charging): the composite schedule, if the
 * station could compute it.
 *
 * @param customData vendor-specific data; optional
 * @param status accepted or rejected
 * @param statusInfo more about the status; optional
 * @param schedule the composite schedule; optional
 */
public record GetCompositeScheduleResponse(
        @Nullable CustomData customData,
        GenericStatusEnumType status,
        @Nullable StatusInfo statusInfo,
        @Nullable CompositeSchedule schedule)
        implements Ocpp201Response {
    public GetCompositeScheduleResponse {
        requireNonNull(status, "status");
    }

    /** Without customData. */
    public GetCompositeScheduleResponse(
            GenericStatusEnumType status,
            @Nullable StatusInfo statusInfo,
            @Nullable CompositeSchedule schedule) {
        this(null, status, statusInfo, schedule);
    }

    @Override
    public String action() {
        return "GetCompositeSchedule";
    }
}
