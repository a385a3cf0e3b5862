package org.ocppconnector.gateway.ocpp201.message;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;

/**
 * SetNetworkProfileRequest (OCPP 2.0.1, functional block B Provisioning): the CSMS stores a network connection
 * profile in a configuration slot.
 *
 * @param customData vendor-specific data; optional
 * @param configurationSlot the slot to store the profile in
 * @param connectionData the connection profile
 */
public record SetNetworkProfileRequest(
        @Nullable CustomData customData,
        int configurationSlot,
        NetworkConnectionProfile connectionData)
        implements Ocpp201Request {
    public SetNetworkProfileRequest {
        requireNonNull(connectionData, "connectionData");
    }

    /** Without customData. */
    public SetNetworkProfileRequest(int configurationSlot, NetworkConnectionProfile connectionData) {
        this(null, configurationSlot, connectionData);
    }

    @Override
    public String action() {
        return "SetNetworkProfile";
    }
}
