package org.ocppconnector.gateway.ocpp16.message;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;
import org.ocppconnector.gateway.core.codec.Checks;
import org.ocppconnector.gateway.core.codec.DateTime;

/**
 * Security extension FirmwareType: a signed firmware image to install.
 *
 * @param location the download URL, at most 512 characters
 * @param retrieveDateTime when to download it
 * @param installDateTime when to install it; absent means once downloaded
 * @param signingCertificate the PEM certificate that signed it, at most 5500 characters
 * @param signature the Base64 signature of the image, at most 800 characters
 */
public record Firmware(
        String location,
        DateTime retrieveDateTime,
        @Nullable DateTime installDateTime,
        String signingCertificate,
        String signature) {
    public Firmware {
        Checks.maxLength("location", location, 512);
        requireNonNull(retrieveDateTime, "retrieveDateTime");
        Checks.maxLength("signingCertificate", signingCertificate, 5500);
        Checks.maxLength("signature", signature, 800);
    }
}
