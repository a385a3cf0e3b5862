package org.ocppconnector.gateway.core.security;

import static java.util.Objects.requireNonNull;

import java.net.SocketAddress;
import java.security.cert.X509Certificate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.ocppconnector.gateway.core.ChargingStationId;

/**
 * One upgrade request to authenticate.
 *
 * @param stationId the id in the URL path
 * @param securityProfile the profile of the transport: 1 for plain {@code ws://}, 2 for TLS without
 *     a client certificate (or TLS terminated upstream), 3 for TLS with a verified client certificate
 * @param credentials the Basic credentials, if the request carried an {@code Authorization: Basic}
 *     header; the user name is already checked to equal {@code stationId}
 * @param clientCertificates the verified client chain, leaf first; empty below profile 3. The CN
 *     of the leaf is already checked to equal {@code stationId}
 * @param remoteAddress the station's address
 */
public record AuthRequest(
        ChargingStationId stationId,
        int securityProfile,
        @Nullable BasicCredentials credentials,
        List<X509Certificate> clientCertificates,
        @Nullable SocketAddress remoteAddress) {

    public AuthRequest {
        requireNonNull(stationId, "stationId");
        clientCertificates = List.copyOf(requireNonNull(clientCertificates, "clientCertificates"));
        if (securityProfile < 1 || securityProfile > 3) {
            throw new IllegalArgumentException("securityProfile: " + securityProfile + " (expected: 1..3)");
        }
        if ((securityProfile == 3) == clientCertificates.isEmpty()) {
            throw new IllegalArgumentException("clientCertificates: " + clientCertificates.size()
                    + " (expected: a chain exactly for profile 3)");
        }
    }
}
