package org.ocppconnector.gateway.core;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.util.Map;
import org.ocppconnector.gateway.core.bridge.UplinkPublisher;
import org.ocppconnector.gateway.core.spi.OcppProtocol;
import org.ocppconnector.gateway.core.spi.ResponsePolicy;

/** What every session of one server shares. Immutable. */
record SessionContext(
        GatewayConfig config,
        ObjectMapper mapper,
        UplinkPublisher uplink,
        UplinkEvents events,
        Clock clock,
        SessionRegistry registry,
        CommandRouter router,
        GatewayMetrics metrics) {

    private static final ActionPolicy LOCAL_DEFAULT = new ActionPolicy(ResponsePolicy.LOCAL, null, null);
    private static final ActionPolicy BACKEND_DEFAULT = new ActionPolicy(ResponsePolicy.BACKEND, null, null);

    /** The policy for a station-to-CSMS action of a version: the configured override, else the version's default. */
    ActionPolicy policyFor(OcppProtocol protocol, String action) {
        Map<String, ActionPolicy> overrides = config.actionPolicies();
        // Runs on every CALL: without overrides there is no key to build and nothing to allocate.
        if (!overrides.isEmpty()) {
            ActionPolicy override = overrides.get(protocol.version() + ":" + action);
            if (override == null) {
                override = overrides.get(action);
            }
            if (override != null) {
                return override;
            }
        }
        return protocol.defaultPolicy(action) == ResponsePolicy.LOCAL ? LOCAL_DEFAULT : BACKEND_DEFAULT;
    }
}
