package org.ocppconnector.gateway.ocpp201.message;

import org.jspecify.annotations.Nullable;

/**
 * ReportChargingProfilesResponse (OCPP 2.0.1, functional block K Smart Charging): an acknowledgement without
 * content.
 *
 * @param customData vendor-specific data; optional
 */
public record ReportChargingProfilesResponse(@Nullable CustomData customData) implements Ocpp201Response {
    /** Without customData. */
    public ReportChargingProfilesResponse() {
        this(null);
    }

    @Override
    public String action() {
        return "ReportChargingProfiles";
    }
}
