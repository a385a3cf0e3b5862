package org.ocppconnector.gateway.ocpp201.message;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.ocppconnector.gateway.core.codec.Checks;

/**
 * OCPP 2.0.1 ChargingProfileCriterionType: which charging profiles GetChargingProfiles asks for.
 *
 * @param customData vendor-specific data; optional
 * @param chargingProfilePurpose what a charging profile limits; optional
 * @param stackLevel the stack level: higher levels take precedence; optional
 * @param chargingProfileId ids of charging profiles; at least 1 item, optional
 * @param chargingLimitSource the sources of the profiles to report; 1 to 4 items, optional
 */
public record ChargingProfileCriterion(
        @Nullable CustomData customData,
        @Nullable ChargingProfilePurposeEnumType chargingProfilePurpose,
        @Nullable Integer stackLevel,
        @Nullable List<Integer> chargingProfileId,
        @Nullable List<ChargingLimitSourceEnumType> chargingLimitSource) {
    public ChargingProfileCriterion {
        chargingProfileId = Checks.minItemsOrNull("chargingProfileId", chargingProfileId, 1);
        chargingLimitSource = Checks.itemsOrNull("chargingLimitSource", chargingLimitSource, 1, 4);
    }

    /** Without customData. */
    public ChargingProfileCriterion(
            @Nullable ChargingProfilePurposeEnumType chargingProfilePurpose,
            @Nullable Integer stackLevel,
            @Nullable List<Integer> chargingProfileId,
            @Nullable List<ChargingLimitSourceEnumType> chargingLimitSource) {
        this(null, chargingProfilePurpose, stackLevel, chargingProfileId, chargingLimitSource);
    }
}
