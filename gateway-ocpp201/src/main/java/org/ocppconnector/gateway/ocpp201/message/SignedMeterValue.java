package org.ocppconnector.gateway.ocpp201.message;

import org.jspecify.annotations.Nullable;
import org.ocppconnector.gateway.core.codec.Checks;

/**
 * OCPP 2.0.1 SignedMeterValueType: a meter value as signed by the meter, with the signing and encoding methods and
 * the public key.
 *
 * @param customData vendor-specific data; optional
 * @param signedMeterData the signed meter data, encoded as encodingMethod says; at most 2500 characters
 * @param signingMethod the method the meter data was signed with; at most 50 characters
 * @param encodingMethod how the signed meter data is encoded; at most 50 characters
 * @param publicKey the public key of the meter, Base64; at most 2500 characters
 */
public record SignedMeterValue(
        @Nullable CustomData customData,
        String signedMeterData,
        String signingMethod,
        String encodingMethod,
        String publicKey) {
    public SignedMeterValue {
        Checks.maxLength("signedMeterData", signedMeterData, 2500);
        Checks.maxLength("signingMethod", signingMethod, 50);
        Checks.maxLength("encodingMethod", encodingMethod, 50);
        Checks.maxLength("publicKey", publicKey, 2500);
    }

    /** Without customData. */
    public SignedMeterValue(String signedMeterData, String signingMethod, String encodingMethod, String publicKey) {
        this(null, signedMeterData, signingMethod, encodingMethod, publicKey);
    }
}
