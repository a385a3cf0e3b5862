package org.ocppconnector.gateway.core;

import org.ocppconnector.gateway.core.spi.OcppProtocol;

/** What events say about the connection a station is on. */
record SessionInfo(
        ChargingStationId stationId,
        String connectionId,
        OcppProtocol protocol,
        String remoteAddress,
        int securityProfile) {}
