package org.ocppconnector.gateway.ocpp201.message;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;
import org.ocppconnector.gateway.core.codec.Checks;

/**
 * OCPP 2.0.1 NetworkConnectionProfileType: how the station connects to the CSMS, with OCPP version and transport,
 * URL, security profile, interface, APN and VPN.
 *
 * @param customData vendor-specific data; optional
 * @param apn the access point of a cellular connection; optional
 * @param ocppVersion the OCPP version of a connection profile
 * @param ocppTransport the OCPP transport of a connection profile
 * @param ocppCsmsUrl the URL of the CSMS; at most 512 characters
 * @param messageTimeout the timeout of an OCPP message in seconds
 * @param securityProfile the security profile to use
 * @param ocppInterface the network interface of a connection profile
 * @param vpn the VPN to connect through; optional
 */
public record NetworkConnectionProfile(
        @Nullable CustomData customData,
        @Nullable APN apn,
        OCPPVersionEnumType ocppVersion,
        OCPPTransportEnumType ocppTransport,
        String ocppCsmsUrl,
        int messageTimeout,
        int securityProfile,
        OCPPInterfaceEnumType ocppInterface,
        @Nullable VPN vpn) {
    public NetworkConnectionProfile {
        requireNonNull(ocppVersion, "ocppVersion");
        requireNonNull(ocppTransport, "ocppTransport");
        Checks.maxLength("ocppCsmsUrl", ocppCsmsUrl, 512);
        requireNonNull(ocppInterface, "ocppInterface");
    }

    /** Without customData. */
    public NetworkConnectionProfile(
            @Nullable APN apn,
            OCPPVersionEnumType ocppVersion,
            OCPPTransportEnumType ocppTransport,
            String ocppCsmsUrl,
            int messageTimeout,
            int securityProfile,
            OCPPInterfaceEnumType ocppInterface,
            @Nullable VPN vpn) {
        this(null, apn, ocppVersion, ocppTransport, ocppCsmsUrl, messageTimeout, securityProfile, ocppInterface, vpn);
    }
}
