package org.ocppconnector.gateway.ocpp16.message;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;
import org.ocppconnector.gateway.core.codec.DateTime;

/**
 * OCPP 1.6 §7.8 ChargingProfile: a schedule with its purpose and validity.
 *
 * @param chargingProfileId the profile's id
 * @param transactionId the transaction a {@code TxProfile} applies to
 * @param stackLevel the precedence among profiles of the same purpose
 * @param chargingProfilePurpose what the profile limits
 * @param chargingProfileKind how the schedule's start is determined
 * @param recurrencyKind the period of a recurring profile
 * @param validFrom when the profile becomes valid; absent means at once
 * @param validTo when the profile stops being valid; absent means until replaced
 * @param chargingSchedule the limits
 */
public record ChargingProfile(
        int chargingProfileId,
        @Nullable Integer transactionId,
        int stackLevel,
        ChargingProfilePurposeType chargingProfilePurpose,
        ChargingProfileKindType chargingProfileKind,
        @Nullable RecurrencyKindType recurrencyKind,
        @Nullable DateTime validFrom,
        @Nullable DateTime validTo,
        ChargingSchedule chargingSchedule) {
    public ChargingProfile {
        requireNonNull(chargingProfilePurpose, "chargingProfilePurpose");
        requireNonNull(chargingProfileKind, "chargingProfileKind");
        requireNonNull(chargingSchedule, "chargingSchedule");
    }
}
