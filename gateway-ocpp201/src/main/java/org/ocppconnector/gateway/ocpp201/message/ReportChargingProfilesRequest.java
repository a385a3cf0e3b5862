package org.ocppconnector.gateway.ocpp201.message;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.ocppconnector.gateway.core.codec.Checks;

/**
 * ReportChargingProfilesRequest (OCPP 2.0.1, functional block K Smart Charging): the station sends (part of) the
 * charging profiles GetChargingProfiles asked for.
 *
 * @param customData vendor-specific data; optional
 * @param requestId the id of the request, which the messages that follow it carry
 * @param chargingLimitSource who set the limit
 * @param chargingProfile the profiles; at least 1 item
 * @param tbc whether more messages with the rest of the data follow; optional, default {@code false}
 * @param evseId the EVSE, counted from 1 (0: the whole station)
 */
public record ReportChargingProfilesRequest(
        @Nullable CustomData customData,
        int requestId,
        ChargingLimitSourceEnumType chargingLimitSource,
        List<ChargingProfile> chargingProfile,
        @Nullable Boolean tbc,
        int evseId)
        implements Ocpp201Request {
    public ReportChargingProfilesRequest {
        requireNonNull(chargingLimitSource, "chargingLimitSource");
        chargingProfile = Checks.minItems("chargingProfile", chargingProfile, 1);
    }

    /** Without customData. */
    public ReportChargingProfilesRequest(
            int requestId,
            ChargingLimitSourceEnumType chargingLimitSource,
            List<ChargingProfile> chargingProfile,
            @Nullable Boolean tbc,
            int evseId) {
        this(null, requestId, chargingLimitSource, chargingProfile, tbc, evseId);
    }

    /** The tbc, or {@code false} if absent. */
    public boolean tbcOrDefault() {
        return tbc != null && tbc;
    }

    @Override
    public String action() {
        return "ReportChargingProfiles";
    }
}
