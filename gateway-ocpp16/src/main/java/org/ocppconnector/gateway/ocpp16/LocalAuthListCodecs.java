package org.ocppconnector.gateway.ocpp16;

import static org.ocppconnector.gateway.ocpp16.EnumCodecs.UPDATE_STATUS;
import static org.ocppconnector.gateway.ocpp16.EnumCodecs.UPDATE_TYPE;
import static org.ocppconnector.gateway.ocpp16.TypeCodecs.AUTHORIZATION_DATA;

import org.ocppconnector.gateway.core.codec.ObjectCodec;
import org.ocppconnector.gateway.ocpp16.message.GetLocalListVersionConfirmation;
import org.ocppconnector.gateway.ocpp16.message.GetLocalListVersionRequest;
import org.ocppconnector.gateway.ocpp16.message.SendLocalListConfirmation;
import org.ocppconnector.gateway.ocpp16.message.SendLocalListRequest;

/** The 2 actions of the Local Auth List Management feature profile (OCPP 1.6 §3, PDUs in §6). */
final class LocalAuthListCodecs {

    static final ObjectCodec<GetLocalListVersionRequest> GET_LOCAL_LIST_VERSION_REQ = ObjectCodec.of(
            GetLocalListVersionRequest.class,
            in -> new GetLocalListVersionRequest(),
            (m, out) -> {});

    static final ObjectCodec<GetLocalListVersionConfirmation> GET_LOCAL_LIST_VERSION_CONF = ObjectCodec.of(
            GetLocalListVersionConfirmation.class,
            in -> new GetLocalListVersionConfirmation(in.integer("listVersion")),
            (m, out) -> out.put("listVersion", m.listVersion()));

    static final ObjectCodec<SendLocalListRequest> SEND_LOCAL_LIST_REQ = ObjectCodec.of(SendLocalListRequest.class,
            in -> new SendLocalListRequest(
                    in.integer("listVersion"),
                    in.optArray("localAuthorizationList", AUTHORIZATION_DATA),
                    in.enumValue("updateType", UPDATE_TYPE)),
            (m, out) -> out
                    .put("listVersion", m.listVersion())
                    .putArray("localAuthorizationList", m.localAuthorizationList(), AUTHORIZATION_DATA)
                    .put("updateType", m.updateType(), UPDATE_TYPE));

    static final ObjectCodec<SendLocalListConfirmation> SEND_LOCAL_LIST_CONF = ObjectCodec.of(
            SendLocalListConfirmation.class,
            in -> new SendLocalListConfirmation(in.enumValue("status", UPDATE_STATUS)),
            (m, out) -> out.put("status", m.status(), UPDATE_STATUS));

    private LocalAuthListCodecs() {}
}
