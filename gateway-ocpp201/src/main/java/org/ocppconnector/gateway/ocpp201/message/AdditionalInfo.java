package org.ocppconnector.gateway.ocpp201.message;

import org.jspecify.annotations.Nullable;
import org.ocppconnector.gateway.core.codec.Checks;

/**
 * OCPP 2.0.1 AdditionalInfoType: an additional identifier of an idToken, e.g. for roaming.
 *
 * @param customData vendor-specific data; optional
 * @param additionalIdToken the additional identifier; at most 36 characters
 * @param type the type of the additional identifier; at most 50 characters
 */
public record AdditionalInfo(@Nullable CustomData customData, String additionalIdToken, String type) {
    public AdditionalInfo {
        Checks.maxLength("additionalIdToken", additionalIdToken, 36);
        Checks.maxLength("type", type, 50);
    }

    /** Without customData. */
    public AdditionalInfo(String additionalIdToken, String type) {
        this(null, additionalIdToken, type);
    }
}
