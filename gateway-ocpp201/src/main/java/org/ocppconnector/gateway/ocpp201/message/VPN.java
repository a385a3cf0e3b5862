package org.ocppconnector.gateway.ocpp201.message;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;
import org.ocppconnector.gateway.core.codec.Checks;

/**
 * OCPP 2.0.1 VPNType: a VPN for a network connection profile.
 *
 * @param customData vendor-specific data; optional
 * @param server the VPN server; at most 512 characters
 * @param user the VPN user; at most 20 characters
 * @param group the VPN group; at most 20 characters, optional
 * @param password the VPN password; at most 20 characters
 * @param key the VPN shared secret; at most 255 characters
 * @param type the type of a VPN
 */
public record VPN(
        @Nullable CustomData customData,
        String server,
        String user,
        @Nullable String group,
        String password,
        String key,
        VPNEnumType type) {
    public VPN {
        Checks.maxLength("server", server, 512);
        Checks.maxLength("user", user, 20);
        Checks.maxLengthOrNull("group", group, 20);
        Checks.maxLength("password", password, 20);
        Checks.maxLength("key", key, 255);
        requireNonNull(type, "type");
    }

    /** Without customData. */
    public VPN(String server, String user, @Nullable String group, String password, String key, VPNEnumType type) {
        this(null, server, user, group, password, key, type);
    }
}
