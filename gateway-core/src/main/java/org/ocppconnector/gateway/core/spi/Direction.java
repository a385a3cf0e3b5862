package org.ocppconnector.gateway.core.spi;

/** Who sends the CALL of an action. */
public enum Direction {
    /** The station calls the CSMS (the gateway), e.g. BootNotification. */
    STATION_TO_CSMS,
    /** The CSMS (a backend command through the gateway) calls the station, e.g. Reset. */
    CSMS_TO_STATION
}
