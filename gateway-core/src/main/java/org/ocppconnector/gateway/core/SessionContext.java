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

    /** The policy for a station-to-CSMS action of a version: the configured override, else the version's default. */
    ActionPolicy policyFor(OcppProtocol protocol, String action) {
        Map<String, ActionPolicy> overrides = config.actionPolicies();
        ActionPolicy override = overrides.get(protocol.version() + ":" + action);
        if (override == null) {
            override = overrides.get(action);
        }
        if (override != null) {
            return override;
        }
        ResponsePolicy policy = protocol.defaultPolicy(action);
        return new ActionPolicy(policy, null, null);
    }
}
