package org.ocppconnector.gateway.ocpp16;

import static org.ocppconnector.gateway.ocpp16.EnumCodecs.MESSAGE_TRIGGER;
import static org.ocppconnector.gateway.ocpp16.EnumCodecs.TRIGGER_MESSAGE_STATUS;

import org.ocppconnector.gateway.core.codec.ObjectCodec;
import org.ocppconnector.gateway.ocpp16.message.TriggerMessageConfirmation;
import org.ocppconnector.gateway.ocpp16.message.TriggerMessageRequest;

/** The action of the Remote Trigger feature profile (OCPP 1.6 §3, PDUs in §6). */
final class RemoteTriggerCodecs {

    static final ObjectCodec<TriggerMessageRequest> TRIGGER_MESSAGE_REQ = ObjectCodec.of(TriggerMessageRequest.class,
            in -> new TriggerMessageRequest(
                    in.enumValue("requestedMessage", MESSAGE_TRIGGER),
                    in.optInteger("connectorId")),
            (m, out) -> out
                    .put("requestedMessage", m.requestedMessage(), MESSAGE_TRIGGER)
                    .put("connectorId", m.connectorId()));

    static final ObjectCodec<TriggerMessageConfirmation> TRIGGER_MESSAGE_CONF = ObjectCodec.of(
            TriggerMessageConfirmation.class,
            in -> new TriggerMessageConfirmation(in.enumValue("status", TRIGGER_MESSAGE_STATUS)),
            (m, out) -> out.put("status", m.status(), TRIGGER_MESSAGE_STATUS));

    private RemoteTriggerCodecs() {}
}
