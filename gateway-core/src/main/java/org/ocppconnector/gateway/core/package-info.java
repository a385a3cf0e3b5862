/**
 * The version-neutral gateway: the station WebSocket server, OCPP-J sessions and the routing of
 * downlink commands. {@link org.ocppconnector.gateway.core.GatewayServer} is the entry point.
 */
@NullMarked
package org.ocppconnector.gateway.core;

import org.jspecify.annotations.NullMarked;
