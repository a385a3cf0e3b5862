package org.ocppconnector.gateway.ocpp201.message;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;
import org.ocppconnector.gateway.core.codec.Checks;
import org.ocppconnector.gateway.core.codec.DateTime;

/**
 * OCPP 2.0.1 FirmwareType: where to get a firmware, when to retrieve and install it, and how to verify its
 * signature.
 *
 * @param customData vendor-specific data; optional
 * @param location the URL to download from; at most 512 characters
 * @param retrieveDateTime when to download the firmware
 * @param installDateTime when to install the firmware; optional
 * @param signingCertificate the certificate the firmware is signed with, PEM encoded; at most 5500 characters,
 *     optional
 * @param signature the signature of the firmware, Base64; at most 800 characters, optional
 */
public record Firmware(
        @Nullable CustomData customData,
        String location,
        DateTime retrieveDateTime,
        @Nullable DateTime installDateTime,
        @Nullable String signingCertificate,
        @Nullable String signature) {
    public Firmware {
        Checks.maxLength("location", location, 512);
        requireNonNull(retrieveDateTime, "retrieveDateTime");
        Checks.maxLengthOrNull("signingCertificate", signingCertificate, 5500);
        Checks.maxLengthOrNull("signature", signature, 800);
    }

    /** Without customData. */
    public Firmware(
            String location,
            DateTime retrieveDateTime,
            @Nullable DateTime installDateTime,
            @Nullable String signingCertificate,
            @Nullable String signature) {
        this(null, location, retrieveDateTime, installDateTime, signingCertificate, signature);
    }
}
