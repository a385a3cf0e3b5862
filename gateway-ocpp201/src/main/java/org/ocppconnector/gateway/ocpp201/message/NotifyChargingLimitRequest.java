package org.ocppconnector.gateway.ocpp201.message;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.ocppconnector.gateway.core.codec.Checks;

/**
 * NotifyChargingLimitRequest (OCPP 2.0.1, functional block K Smart Charging): the station reports a charging limit
 * set by an external system, e.g. an EMS or the grid operator.
 *
 * @param customData vendor-specific data; optional
 * @param chargingSchedule the limits the external system set; at least 1 item, optional
 * @param evseId the EVSE, counted from 1 (0: the whole station); optional
 * @param chargingLimit the source of the limit
 */
public record NotifyChargingLimitRequest(
        @Nullable CustomData customData,
        @Nullable List<ChargingSchedule> chargingSchedule,
        @Nullable Integer evseId,
        ChargingLimit chargingLimit)
        implements Ocpp201Request {
    public NotifyChargingLimitRequest {
        chargingSchedule = Checks.minItemsOrNull("chargingSchedule", chargingSchedule, 1);
        requireNonNull(chargingLimit, "chargingLimit");
    }

    /** Without customData. */
    public NotifyChargingLimitRequest(
            @Nullable List<ChargingSchedule> chargingSchedule,
            @Nullable Integer evseId,
            ChargingLimit chargingLimit) {
        this(null, chargingSchedule, evseId, chargingLimit);
    }

    @Override
    public String action() {
        return "NotifyChargingLimit";
    }
}
