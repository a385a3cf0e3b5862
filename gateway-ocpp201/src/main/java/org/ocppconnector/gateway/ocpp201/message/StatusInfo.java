package org.ocppconnector.gateway.ocpp201.message;

import org.jspecify.annotations.Nullable;
import org.ocppconnector.gateway.core.codec.Checks;

/**
 * OCPP 2.0.1 StatusInfoType: more about a status, a reason code and optional details.
 *
 * @param customData vendor-specific data; optional
 * @param reasonCode a predefined code for the reason, case-insensitive; at most 20 characters
 * @param additionalInfo details, for the humans who read logs; at most 512 characters, optional
 */
public record StatusInfo(@Nullable CustomData customData, String reasonCode, @Nullable String additionalInfo) {
    public StatusInfo {
        Checks.maxLength("reasonCode", reasonCode, 20);
        Checks.maxLengthOrNull("additionalInfo", additionalInfo, 512);
    }

    /** Without customData. */
    public StatusInfo(String reasonCode, @Nullable String additionalInfo) {
        this(null, reasonCode, additionalInfo);
    }
}
