package org.ocppconnector.gateway.ocpp201;

import static org.ocppconnector.gateway.ocpp201.CommonCodecs.COMPONENT;
import static org.ocppconnector.gateway.ocpp201.CommonCodecs.CUSTOM_DATA;
import static org.ocppconnector.gateway.ocpp201.CommonCodecs.MESSAGE_CONTENT;
import static org.ocppconnector.gateway.ocpp201.CommonCodecs.STATUS_INFO;
import static org.ocppconnector.gateway.ocpp201.EnumCodecs.CLEAR_MESSAGE_STATUS_ENUM_TYPE;
import static org.ocppconnector.gateway.ocpp201.EnumCodecs.DISPLAY_MESSAGE_STATUS_ENUM_TYPE;
import static org.ocppconnector.gateway.ocpp201.EnumCodecs.GET_DISPLAY_MESSAGES_STATUS_ENUM_TYPE;
import static org.ocppconnector.gateway.ocpp201.EnumCodecs.MESSAGE_PRIORITY_ENUM_TYPE;
import static org.ocppconnector.gateway.ocpp201.EnumCodecs.MESSAGE_STATE_ENUM_TYPE;

import org.ocppconnector.gateway.core.codec.ObjectCodec;
import org.ocppconnector.gateway.ocpp201.message.ClearDisplayMessageRequest;
import org.ocppconnector.gateway.ocpp201.message.ClearDisplayMessageResponse;
import org.ocppconnector.gateway.ocpp201.message.GetDisplayMessagesRequest;
import org.ocppconnector.gateway.ocpp201.message.GetDisplayMessagesResponse;
import org.ocppconnector.gateway.ocpp201.message.MessageInfo;
import org.ocppconnector.gateway.ocpp201.message.NotifyDisplayMessagesRequest;
import org.ocppconnector.gateway.ocpp201.message.NotifyDisplayMessagesResponse;
import org.ocppconnector.gateway.ocpp201.message.SetDisplayMessageRequest;
import org.ocppconnector.gateway.ocpp201.message.SetDisplayMessageResponse;

/**
 * Functional block O (Display Message) of OCPP 2.0.1 part 2: ClearDisplayMessage, GetDisplayMessages,
 * NotifyDisplayMessages, SetDisplayMessage.
 */
final class DisplayMessageCodecs {

    static final ObjectCodec<MessageInfo> MESSAGE_INFO = ObjectCodec.of(MessageInfo.class,
            in -> new MessageInfo(
                    in.optObject("customData", CUSTOM_DATA),
                    in.optObject("display", COMPONENT),
                    in.integer("id"),
                    in.enumValue("priority", MESSAGE_PRIORITY_ENUM_TYPE),
                    in.optEnum("state", MESSAGE_STATE_ENUM_TYPE),
                    in.optDateTime("startDateTime"),
                    in.optDateTime("endDateTime"),
                    in.optString("transactionId"),
                    in.object("message", MESSAGE_CONTENT)),
            (m, out) -> out
                    .put("customData", m.customData(), CUSTOM_DATA)
                    .put("display", m.display(), COMPONENT)
                    .put("id", m.id())
                    .put("priority", m.priority(), MESSAGE_PRIORITY_ENUM_TYPE)
                    .put("state", m.state(), MESSAGE_STATE_ENUM_TYPE)
                    .put("startDateTime", m.startDateTime())
                    .put("endDateTime", m.endDateTime())
                    .put("transactionId", m.transactionId())
                    .put("message", m.message(), MESSAGE_CONTENT));

    static final ObjectCodec<ClearDisplayMessageResponse> CLEAR_DISPLAY_MESSAGE_RES = ObjectCodec.of(
            ClearDisplayMessageResponse.class,
            in -> new ClearDisplayMessageResponse(
                    in.optObject("customData", CUSTOM_DATA),
                    in.enumValue("status", CLEAR_MESSAGE_STATUS_ENUM_TYPE),
                    in.optObject("statusInfo", STATUS_INFO)),
            (m, out) -> out
                    .put("customData", m.customData(), CUSTOM_DATA)
                    .put("status", m.status(), CLEAR_MESSAGE_STATUS_ENUM_TYPE)
                    .put("statusInfo", m.statusInfo(), STATUS_INFO));

    static final ObjectCodec<ClearDisplayMessageRequest> CLEAR_DISPLAY_MESSAGE_REQ = ObjectCodec.of(
            ClearDisplayMessageRequest.class,
            in -> new ClearDisplayMessageRequest(
                    in.optObject("customData", CUSTOM_DATA),
                    in.integer("id")),
            (m, out) -> out
                    .put("customData", m.customData(), CUSTOM_DATA)
                    .put("id", m.id()));

    static final ObjectCodec<GetDisplayMessagesResponse> GET_DISPLAY_MESSAGES_RES = ObjectCodec.of(
            GetDisplayMessagesResponse.class,
            in -> new GetDisplayMessagesResponse(
                    in.optObject("customData", CUSTOM_DATA),
                    in.enumValue("status", GET_DISPLAY_MESSAGES_STATUS_ENUM_TYPE),
                    in.optObject("statusInfo", STATUS_INFO)),
            (m, out) -> out
                    .put("customData", m.customData(), CUSTOM_DATA)
                    .put("status", m.status(), GET_DISPLAY_MESSAGES_STATUS_ENUM_TYPE)
                    .put("statusInfo", m.statusInfo(), STATUS_INFO));

    static final ObjectCodec<GetDisplayMessagesRequest> GET_DISPLAY_MESSAGES_REQ = ObjectCodec.of(
            GetDisplayMessagesRequest.class,
            in -> new GetDisplayMessagesRequest(
                    in.optObject("customData", CUSTOM_DATA),
                    in.optIntegers("id", 1, Integer.MAX_VALUE),
                    in.integer("requestId"),
                    in.optEnum("priority", MESSAGE_PRIORITY_ENUM_TYPE),
                    in.optEnum("state", MESSAGE_STATE_ENUM_TYPE)),
            (m, out) -> out
                    .put("customData", m.customData(), CUSTOM_DATA)
                    .putIntegers("id", m.id())
                    .put("requestId", m.requestId())
                    .put("priority", m.priority(), MESSAGE_PRIORITY_ENUM_TYPE)
                    .put("state", m.state(), MESSAGE_STATE_ENUM_TYPE));

    static final ObjectCodec<NotifyDisplayMessagesResponse> NOTIFY_DISPLAY_MESSAGES_RES = ObjectCodec.of(
            NotifyDisplayMessagesResponse.class,
            in -> new NotifyDisplayMessagesResponse(
                    in.optObject("customData", CUSTOM_DATA)),
            (m, out) -> out
                    .put("customData", m.customData(), CUSTOM_DATA));

    static final ObjectCodec<NotifyDisplayMessagesRequest> NOTIFY_DISPLAY_MESSAGES_REQ = ObjectCodec.of(
            NotifyDisplayMessagesRequest.class,
            in -> new NotifyDisplayMessagesRequest(
                    in.optObject("customData", CUSTOM_DATA),
                    in.optArray("messageInfo", MESSAGE_INFO, 1),
                    in.integer("requestId"),
                    in.optBool("tbc")),
            (m, out) -> out
                    .put("customData", m.customData(), CUSTOM_DATA)
                    .putArray("messageInfo", m.messageInfo(), MESSAGE_INFO)
                    .put("requestId", m.requestId())
                    .put("tbc", m.tbc()));

    static final ObjectCodec<SetDisplayMessageResponse> SET_DISPLAY_MESSAGE_RES = ObjectCodec.of(
            SetDisplayMessageResponse.class,
            in -> new SetDisplayMessageResponse(
                    in.optObject("customData", CUSTOM_DATA),
                    in.enumValue("status", DISPLAY_MESSAGE_STATUS_ENUM_TYPE),
                    in.optObject("statusInfo", STATUS_INFO)),
            (m, out) -> out
                    .put("customData", m.customData(), CUSTOM_DATA)
                    .put("status", m.status(), DISPLAY_MESSAGE_STATUS_ENUM_TYPE)
                    .put("statusInfo", m.statusInfo(), STATUS_INFO));

    static final ObjectCodec<SetDisplayMessageRequest> SET_DISPLAY_MESSAGE_REQ = ObjectCodec.of(
            SetDisplayMessageRequest.class,
            in -> new SetDisplayMessageRequest(
                    in.optObject("customData", CUSTOM_DATA),
                    in.object("message", MESSAGE_INFO)),
            (m, out) -> out
                    .put("customData", m.customData(), CUSTOM_DATA)
                    .put("message", m.message(), MESSAGE_INFO));

    private DisplayMessageCodecs() {}
}
