package org.ocppconnector.gateway.core.security;

import static java.util.Objects.requireNonNull;

/** What a {@link StationAuthenticator} decided. */
public sealed interface AuthOutcome permits AuthOutcome.Accepted, AuthOutcome.Refused {

    /**
     * The station may connect.
     *
     * @param securityProfile the profile reported in {@code ocpp.station.connected}: 0 (nothing
     *     authenticated), 1, 2 or 3
     */
    record Accepted(int securityProfile) implements AuthOutcome {
        public Accepted {
            if (securityProfile < 0 || securityProfile > 3) {
                throw new IllegalArgumentException("securityProfile: " + securityProfile + " (expected: 0..3)");
            }
        }
    }

    /**
     * The station may not connect; it gets HTTP 401 with a body that does not say why.
     *
     * @param reason for the gateway's log only: never a password, never sent to the station
     */
    record Refused(String reason) implements AuthOutcome {
        public Refused {
            requireNonNull(reason, "reason");
        }
    }
}
