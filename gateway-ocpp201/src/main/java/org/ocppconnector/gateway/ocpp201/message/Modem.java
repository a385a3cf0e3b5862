package org.ocppconnector.gateway.ocpp201.message;

import org.jspecify.annotations.Nullable;
import org.ocppconnector.gateway.core.codec.Checks;

/**
 * OCPP 2.0.1 ModemType: the ICCID and IMSI of the station's cellular modem.
 *
 * @param customData vendor-specific data; optional
 * @param iccid the ICCID of the SIM card; at most 20 characters, optional
 * @param imsi the IMSI of the SIM card; at most 20 characters, optional
 */
public record Modem(@Nullable CustomData customData, @Nullable String iccid, @Nullable String imsi) {
    public Modem {
        Checks.maxLengthOrNull("iccid", iccid, 20);
        Checks.maxLengthOrNull("imsi", imsi, 20);
    }

    /** Without customData. */
    public Modem(@Nullable String iccid, @Nullable String imsi) {
        this(null, iccid, imsi);
    }
}
