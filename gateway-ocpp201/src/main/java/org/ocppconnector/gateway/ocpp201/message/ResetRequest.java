package org.ocppconnector.gateway.ocpp201.message;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;

/**
 * ResetRequest (OCPP 2.0.1, functional block B Provisioning): the CSMS asks the station or an EVSE to reset, at
 * once or when idle.
 *
 * @param customData vendor-specific data; optional
 * @param type when to reset, at once or once idle
 * @param evseId the EVSE, counted from 1 (0: the whole station); optional
 */
public record ResetRequest(
        @Nullable CustomData customData,
        ResetEnumType type,
        @Nullable Integer evseId)
        implements Ocpp201Request {
    public ResetRequest {
        requireNonNull(type, "type");
    }

    /** Without customData. */
    public ResetRequest(ResetEnumType type, @Nullable Integer evseId) {
        this(null, type, evseId);
    }

    @Override
    public String action() {
        return "Reset";
    }
}
