package org.ocppconnector.gateway.core.security;

import static java.util.Objects.requireNonNull;

/**
 * The user name and password of an HTTP Basic {@code Authorization} header (RFC 7617). In OCPP
 * the user name is the station id and the password the station's AuthorizationKey (1.6) or
 * BasicAuthPassword (2.0.1). {@link #toString()} never shows the password.
 */
public record BasicCredentials(String username, String password) {

    public BasicCredentials {
        requireNonNull(username, "username");
        requireNonNull(password, "password");
    }

    @Override
    public String toString() {
        return "BasicCredentials[username=" + username + ", password=****]";
    }
}
