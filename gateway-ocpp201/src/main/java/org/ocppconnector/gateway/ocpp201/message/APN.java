package org.ocppconnector.gateway.ocpp201.message;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;
import org.ocppconnector.gateway.core.codec.Checks;

/**
 * OCPP 2.0.1 APNType: a mobile network access point for a network connection profile.
 *
 * @param customData vendor-specific data; optional
 * @param apn the access point name; at most 512 characters
 * @param apnUserName the user name for the access point; at most 20 characters, optional
 * @param apnPassword the password for the access point; at most 20 characters, optional
 * @param simPin the PIN of the SIM card; optional
 * @param preferredNetwork the preferred network, as MCC and MNC; at most 6 characters, optional
 * @param useOnlyPreferredNetwork whether to use only the preferred network (no roaming); optional, default {@code
 *     false}
 * @param apnAuthentication how the station authenticates with an access point
 */
public record APN(
        @Nullable CustomData customData,
        String apn,
        @Nullable String apnUserName,
        @Nullable String apnPassword,
        @Nullable Integer simPin,
        @Nullable String preferredNetwork,
        @Nullable Boolean useOnlyPreferredNetwork,
        APNAuthenticationEnumType apnAuthentication) {
    public APN {
        Checks.maxLength("apn", apn, 512);
        Checks.maxLengthOrNull("apnUserName", apnUserName, 20);
        Checks.maxLengthOrNull("apnPassword", apnPassword, 20);
        Checks.maxLengthOrNull("preferredNetwork", preferredNetwork, 6);
        requireNonNull(apnAuthentication, "apnAuthentication");
    }

    /** Without customData. */
    public APN(
            String apn,
            @Nullable String apnUserName,
            @Nullable String apnPassword,
            @Nullable Integer simPin,
            @Nullable String preferredNetwork,
            @Nullable Boolean useOnlyPreferredNetwork,
            APNAuthenticationEnumType apnAuthentication) {
        this(null, apn, apnUserName, apnPassword, simPin, preferredNetwork, useOnlyPreferredNetwork, apnAuthentication);
    }

    /** The useOnlyPreferredNetwork, or {@code false} if absent. */
    public boolean useOnlyPreferredNetworkOrDefault() {
        return useOnlyPreferredNetwork != null && useOnlyPreferredNetwork;
    }
}
