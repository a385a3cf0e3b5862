package org.ocppconnector.gateway.ocpp201.message;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.ocppconnector.gateway.core.codec.Checks;
import org.ocppconnector.gateway.core.codec.DateTime;

/**
 * OCPP 2.0.1 ChargingProfileType: a charging profile, with limits over time for a purpose at a stack level in one
 * to three schedules. The transactionId is given only for a TxProfile.
 *
 * @param customData vendor-specific data; optional
 * @param id the id of the profile, unique within the station
 * @param stackLevel the stack level: higher levels take precedence
 * @param chargingProfilePurpose what a charging profile limits
 * @param chargingProfileKind how a charging schedule is anchored in time
 * @param recurrencyKind how a recurring charging profile recurs; optional
 * @param validFrom when the profile starts to apply; optional
 * @param validTo when the profile stops to apply; optional
 * @param chargingSchedule the schedules: one, or up to three for ISO 15118 with several tariffs; 1 to 3 items
 * @param transactionId the id of the transaction, chosen by the station; at most 36 characters, optional
 */
public record ChargingProfile(
        @Nullable CustomData customData,
        int id,
        int stackLevel,
        ChargingProfilePurposeEnumType chargingProfilePurpose,
        ChargingProfileKindEnumType chargingProfileKind,
        @Nullable RecurrencyKindEnumType recurrencyKind,
        @Nullable DateTime validFrom,
        @Nullable DateTime validTo,
        List<ChargingSchedule> chargingSchedule,
        @Nullable String transactionId) {
    public ChargingProfile {
        requireNonNull(chargingProfilePurpose, "chargingProfilePurpose");
        requireNonNull(chargingProfileKind, "chargingProfileKind");
        chargingSchedule = Checks.items("chargingSchedule", chargingSchedule, 1, 3);
        Checks.maxLengthOrNull("transactionId", transactionId, 36);
    }

    /** Without customData. */
    public ChargingProfile(
            int id,
            int stackLevel,
            ChargingProfilePurposeEnumType chargingProfilePurpose,
            ChargingProfileKindEnumType chargingProfileKind,
            @Nullable RecurrencyKindEnumType recurrencyKind,
            @Nullable DateTime validFrom,
            @Nullable DateTime validTo,
            List<ChargingSchedule> chargingSchedule,
            @Nullable String transactionId) {
        this(null, id, stackLevel, chargingProfilePurpose, chargingProfileKind, recurrencyKind, validFrom,
                validTo, chargingSchedule, transactionId);
    }
}
