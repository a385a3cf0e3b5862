package org.ocppconnector.gateway.core.event;

/** The CloudEvent {@code type} values of the event contract (docs/events.md). */
public final class EventTypes {

    /** Uplink: a station's WebSocket was accepted. */
    public static final String STATION_CONNECTED = "ocpp.station.connected";
    /** Uplink: a station's WebSocket closed. */
    public static final String STATION_DISCONNECTED = "ocpp.station.disconnected";
    /** Uplink: a CALL from a station. */
    public static final String CALL = "ocpp.call";
    /** Uplink: a station frame that failed validation. */
    public static final String CALL_REJECTED = "ocpp.call.rejected";
    /** Uplink: the single outcome of an {@code ocpp.command}. */
    public static final String COMMAND_RESULT = "ocpp.command.result";
    /** Uplink: a backend reply that was late, unknown or invalid. */
    public static final String REPLY_REJECTED = "ocpp.reply.rejected";
    /** Downlink: a command for a station. */
    public static final String COMMAND = "ocpp.command";
    /** Downlink: a backend's answer to a station CALL with policy {@code backend}. */
    public static final String REPLY = "ocpp.reply";

    private EventTypes() {}
}
