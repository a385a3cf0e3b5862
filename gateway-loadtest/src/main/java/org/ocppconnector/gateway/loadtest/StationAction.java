package org.ocppconnector.gateway.loadtest;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.time.Instant;

/**
 * The CALLs a simulated station sends in the message mix, each with a payload that passes the
 * official schema of both versions. Only {@link #AUTHORIZE} is a {@code backend} action by
 * default: without a backend answering (or a {@code GATEWAY_POLICIES} override) it ends in
 * CALLERROR {@code InternalError} after the gateway's reply timeout.
 */
enum StationAction {
    /** Heartbeat, both versions: an empty payload. */
    HEARTBEAT("Heartbeat"),
    /** StatusNotification: connector 1 Available (1.6 §6.48; 2.0.1 G01). */
    STATUS_NOTIFICATION("StatusNotification"),
    /** MeterValues with one energy sample (1.6 §6.31; 2.0.1 J01). */
    METER_VALUES("MeterValues"),
    /**
     * The transaction message: 2.0.1 TransactionEvent {@code Updated} with a meter value (E02);
     * 1.6 stations send StopTransaction, the 1.6 transaction message the gateway answers itself.
     */
    TRANSACTION_EVENT("TransactionEvent"),
    /** Authorize with an RFID token ({@code backend} by default). */
    AUTHORIZE("Authorize");

    private final String mixName;

    StationAction(String mixName) {
        this.mixName = mixName;
    }

    /** The name in {@code --mix}. */
    String mixName() {
        return mixName;
    }

    /** The OCPP action this station sends for it. */
    String action(OcppVersion version) {
        return this == TRANSACTION_EVENT && version == OcppVersion.V16 ? "StopTransaction" : mixName;
    }

    static StationAction byMixName(String name) {
        for (StationAction action : values()) {
            if (action.mixName.equalsIgnoreCase(name)) {
                return action;
            }
        }
        throw new IllegalArgumentException("unknown action in --mix: " + name + " (expected: one of "
                + String.join(", ", java.util.Arrays.stream(values()).map(StationAction::mixName).toList()) + ")");
    }

    /** Writes the payload object; {@code sequence} numbers this station's calls (meter readings grow with it). */
    void writePayload(JsonGenerator json, OcppVersion version, long sequence, Instant now) throws IOException {
        String timestamp = now.toString();
        json.writeStartObject();
        switch (this) {
            case HEARTBEAT -> { }
            case STATUS_NOTIFICATION -> {
                if (version == OcppVersion.V16) {
                    json.writeNumberField("connectorId", 1);
                    json.writeStringField("errorCode", "NoError");
                    json.writeStringField("status", "Available");
                    json.writeStringField("timestamp", timestamp);
                } else {
                    json.writeStringField("timestamp", timestamp);
                    json.writeStringField("connectorStatus", "Available");
                    json.writeNumberField("evseId", 1);
                    json.writeNumberField("connectorId", 1);
                }
            }
            case METER_VALUES -> {
                json.writeNumberField(version == OcppVersion.V16 ? "connectorId" : "evseId", 1);
                writeMeterValue(json, version, sequence, timestamp);
            }
            case TRANSACTION_EVENT -> {
                if (version == OcppVersion.V16) {
                    json.writeNumberField("transactionId", 1);
                    json.writeNumberField("meterStop", sequence * 10);
                    json.writeStringField("timestamp", timestamp);
                    json.writeStringField("reason", "Local");
                } else {
                    json.writeStringField("eventType", "Updated");
                    json.writeStringField("timestamp", timestamp);
                    json.writeStringField("triggerReason", "MeterValuePeriodic");
                    // seqNo is a non-negative integer; the 2.0.1 schema has no upper bound.
                    json.writeNumberField("seqNo", sequence);
                    json.writeObjectFieldStart("transactionInfo");
                    json.writeStringField("transactionId", "LT-TX-1");
                    json.writeEndObject();
                    writeMeterValue(json, version, sequence, timestamp);
                }
            }
            case AUTHORIZE -> {
                if (version == OcppVersion.V16) {
                    json.writeStringField("idTag", "LOADTEST01");
                } else {
                    json.writeObjectFieldStart("idToken");
                    json.writeStringField("idToken", "LOADTEST01");
                    json.writeStringField("type", "ISO14443");
                    json.writeEndObject();
                }
            }
        }
        json.writeEndObject();
    }

    private static void writeMeterValue(JsonGenerator json, OcppVersion version, long sequence, String timestamp)
            throws IOException {
        json.writeArrayFieldStart("meterValue");
        json.writeStartObject();
        json.writeStringField("timestamp", timestamp);
        json.writeArrayFieldStart("sampledValue");
        json.writeStartObject();
        if (version == OcppVersion.V16) {
            // 1.6 sampled values are strings (§7.43).
            json.writeStringField("value", Long.toString(sequence * 10));
        } else {
            json.writeNumberField("value", sequence * 10);
        }
        json.writeEndObject();
        json.writeEndArray();
        json.writeEndObject();
        json.writeEndArray();
    }
}
