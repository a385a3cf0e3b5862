package org.ocppconnector.gateway.ocpp201;

import static org.ocppconnector.gateway.ocpp201.CommonCodecs.COMPONENT;
import static org.ocppconnector.gateway.ocpp201.CommonCodecs.COMPONENT_VARIABLE;
import static org.ocppconnector.gateway.ocpp201.CommonCodecs.CUSTOM_DATA;
import static org.ocppconnector.gateway.ocpp201.CommonCodecs.STATUS_INFO;
import static org.ocppconnector.gateway.ocpp201.CommonCodecs.VARIABLE;
import static org.ocppconnector.gateway.ocpp201.EnumCodecs.APN_AUTHENTICATION_ENUM_TYPE;
import static org.ocppconnector.gateway.ocpp201.EnumCodecs.ATTRIBUTE_ENUM_TYPE;
import static org.ocppconnector.gateway.ocpp201.EnumCodecs.BOOT_REASON_ENUM_TYPE;
import static org.ocppconnector.gateway.ocpp201.EnumCodecs.COMPONENT_CRITERION_ENUM_TYPE;
import static org.ocppconnector.gateway.ocpp201.EnumCodecs.DATA_ENUM_TYPE;
import static org.ocppconnector.gateway.ocpp201.EnumCodecs.GENERIC_DEVICE_MODEL_STATUS_ENUM_TYPE;
import static org.ocppconnector.gateway.ocpp201.EnumCodecs.GET_VARIABLE_STATUS_ENUM_TYPE;
import static org.ocppconnector.gateway.ocpp201.EnumCodecs.MUTABILITY_ENUM_TYPE;
import static org.ocppconnector.gateway.ocpp201.EnumCodecs.OCPP_INTERFACE_ENUM_TYPE;
import static org.ocppconnector.gateway.ocpp201.EnumCodecs.OCPP_TRANSPORT_ENUM_TYPE;
import static org.ocppconnector.gateway.ocpp201.EnumCodecs.OCPP_VERSION_ENUM_TYPE;
import static org.ocppconnector.gateway.ocpp201.EnumCodecs.REGISTRATION_STATUS_ENUM_TYPE;
import static org.ocppconnector.gateway.ocpp201.EnumCodecs.REPORT_BASE_ENUM_TYPE;
import static org.ocppconnector.gateway.ocpp201.EnumCodecs.RESET_ENUM_TYPE;
import static org.ocppconnector.gateway.ocpp201.EnumCodecs.RESET_STATUS_ENUM_TYPE;
import static org.ocppconnector.gateway.ocpp201.EnumCodecs.SET_NETWORK_PROFILE_STATUS_ENUM_TYPE;
import static org.ocppconnector.gateway.ocpp201.EnumCodecs.SET_VARIABLE_STATUS_ENUM_TYPE;
import static org.ocppconnector.gateway.ocpp201.EnumCodecs.VPN_ENUM_TYPE;

import org.ocppconnector.gateway.core.codec.ObjectCodec;
import org.ocppconnector.gateway.ocpp201.message.APN;
import org.ocppconnector.gateway.ocpp201.message.BootNotificationRequest;
import org.ocppconnector.gateway.ocpp201.message.BootNotificationResponse;
import org.ocppconnector.gateway.ocpp201.message.ChargingStation;
import org.ocppconnector.gateway.ocpp201.message.GetBaseReportRequest;
import org.ocppconnector.gateway.ocpp201.message.GetBaseReportResponse;
import org.ocppconnector.gateway.ocpp201.message.GetReportRequest;
import org.ocppconnector.gateway.ocpp201.message.GetReportResponse;
import org.ocppconnector.gateway.ocpp201.message.GetVariableData;
import org.ocppconnector.gateway.ocpp201.message.GetVariableResult;
import org.ocppconnector.gateway.ocpp201.message.GetVariablesRequest;
import org.ocppconnector.gateway.ocpp201.message.GetVariablesResponse;
import org.ocppconnector.gateway.ocpp201.message.Modem;
import org.ocppconnector.gateway.ocpp201.message.NetworkConnectionProfile;
import org.ocppconnector.gateway.ocpp201.message.NotifyReportRequest;
import org.ocppconnector.gateway.ocpp201.message.NotifyReportResponse;
import org.ocppconnector.gateway.ocpp201.message.ReportData;
import org.ocppconnector.gateway.ocpp201.message.ResetRequest;
import org.ocppconnector.gateway.ocpp201.message.ResetResponse;
import org.ocppconnector.gateway.ocpp201.message.SetNetworkProfileRequest;
import org.ocppconnector.gateway.ocpp201.message.SetNetworkProfileResponse;
import org.ocppconnector.gateway.ocpp201.message.SetVariableData;
import org.ocppconnector.gateway.ocpp201.message.SetVariableResult;
import org.ocppconnector.gateway.ocpp201.message.SetVariablesRequest;
import org.ocppconnector.gateway.ocpp201.message.SetVariablesResponse;
import org.ocppconnector.gateway.ocpp201.message.VPN;
import org.ocppconnector.gateway.ocpp201.message.VariableAttribute;
import org.ocppconnector.gateway.ocpp201.message.VariableCharacteristics;

/**
 * Functional block B (Provisioning) of OCPP 2.0.1 part 2: BootNotification, GetBaseReport, GetReport, GetVariables,
 * NotifyReport, Reset, SetNetworkProfile, SetVariables.
 */
final class ProvisioningCodecs {

    static final ObjectCodec<APN> APN = ObjectCodec.of(APN.class,
            in -> new APN(
                    in.optObject("customData", CUSTOM_DATA),
                    in.string("apn"),
                    in.optString("apnUserName"),
                    in.optString("apnPassword"),
                    in.optInteger("simPin"),
                    in.optString("preferredNetwork"),
                    in.optBool("useOnlyPreferredNetwork"),
                    in.enumValue("apnAuthentication", APN_AUTHENTICATION_ENUM_TYPE)),
            (m, out) -> out
                    .put("customData", m.customData(), CUSTOM_DATA)
                    .put("apn", m.apn())
                    .put("apnUserName", m.apnUserName())
                    .put("apnPassword", m.apnPassword())
                    .put("simPin", m.simPin())
                    .put("preferredNetwork", m.preferredNetwork())
                    .put("useOnlyPreferredNetwork", m.useOnlyPreferredNetwork())
                    .put("apnAuthentication", m.apnAuthentication(), APN_AUTHENTICATION_ENUM_TYPE));

    static final ObjectCodec<Modem> MODEM = ObjectCodec.of(Modem.class,
            in -> new Modem(
                    in.optObject("customData", CUSTOM_DATA),
                    in.optString("iccid"),
                    in.optString("imsi")),
            (m, out) -> out
                    .put("customData", m.customData(), CUSTOM_DATA)
                    .put("iccid", m.iccid())
                    .put("imsi", m.imsi()));

    static final ObjectCodec<ChargingStation> CHARGING_STATION = ObjectCodec.of(ChargingStation.class,
            in -> new ChargingStation(
                    in.optObject("customData", CUSTOM_DATA),
                    in.optString("serialNumber"),
                    in.string("model"),
                    in.optObject("modem", MODEM),
                    in.string("vendorName"),
                    in.optString("firmwareVersion")),
            (m, out) -> out
                    .put("customData", m.customData(), CUSTOM_DATA)
                    .put("serialNumber", m.serialNumber())
                    .put("model", m.model())
                    .put("modem", m.modem(), MODEM)
                    .put("vendorName", m.vendorName())
                    .put("firmwareVersion", m.firmwareVersion()));

    static final ObjectCodec<GetVariableData> GET_VARIABLE_DATA = ObjectCodec.of(GetVariableData.class,
            in -> new GetVariableData(
                    in.optObject("customData", CUSTOM_DATA),
                    in.optEnum("attributeType", ATTRIBUTE_ENUM_TYPE),
                    in.object("component", COMPONENT),
                    in.object("variable", VARIABLE)),
            (m, out) -> out
                    .put("customData", m.customData(), CUSTOM_DATA)
                    .put("attributeType", m.attributeType(), ATTRIBUTE_ENUM_TYPE)
                    .put("component", m.component(), COMPONENT)
                    .put("variable", m.variable(), VARIABLE));

    static final ObjectCodec<GetVariableResult> GET_VARIABLE_RESULT = ObjectCodec.of(GetVariableResult.class,
            in -> new GetVariableResult(
                    in.optObject("customData", CUSTOM_DATA),
                    in.optObject("attributeStatusInfo", STATUS_INFO),
                    in.enumValue("attributeStatus", GET_VARIABLE_STATUS_ENUM_TYPE),
                    in.optEnum("attributeType", ATTRIBUTE_ENUM_TYPE),
                    in.optString("attributeValue"),
                    in.object("component", COMPONENT),
                    in.object("variable", VARIABLE)),
            (m, out) -> out
                    .put("customData", m.customData(), CUSTOM_DATA)
                    .put("attributeStatusInfo", m.attributeStatusInfo(), STATUS_INFO)
                    .put("attributeStatus", m.attributeStatus(), GET_VARIABLE_STATUS_ENUM_TYPE)
                    .put("attributeType", m.attributeType(), ATTRIBUTE_ENUM_TYPE)
                    .put("attributeValue", m.attributeValue())
                    .put("component", m.component(), COMPONENT)
                    .put("variable", m.variable(), VARIABLE));

    static final ObjectCodec<VPN> VPN = ObjectCodec.of(VPN.class,
            in -> new VPN(
                    in.optObject("customData", CUSTOM_DATA),
                    in.string("server"),
                    in.string("user"),
                    in.optString("group"),
                    in.string("password"),
                    in.string("key"),
                    in.enumValue("type", VPN_ENUM_TYPE)),
            (m, out) -> out
                    .put("customData", m.customData(), CUSTOM_DATA)
                    .put("server", m.server())
                    .put("user", m.user())
                    .put("group", m.group())
                    .put("password", m.password())
                    .put("key", m.key())
                    .put("type", m.type(), VPN_ENUM_TYPE));

    static final ObjectCodec<NetworkConnectionProfile> NETWORK_CONNECTION_PROFILE = ObjectCodec.of(
            NetworkConnectionProfile.class,
            in -> new NetworkConnectionProfile(
                    in.optObject("customData", CUSTOM_DATA),
                    in.optObject("apn", APN),
                    in.enumValue("ocppVersion", OCPP_VERSION_ENUM_TYPE),
                    in.enumValue("ocppTransport", OCPP_TRANSPORT_ENUM_TYPE),
                    in.string("ocppCsmsUrl"),
                    in.integer("messageTimeout"),
                    in.integer("securityProfile"),
                    in.enumValue("ocppInterface", OCPP_INTERFACE_ENUM_TYPE),
                    in.optObject("vpn", VPN)),
            (m, out) -> out
                    .put("customData", m.customData(), CUSTOM_DATA)
                    .put("apn", m.apn(), APN)
                    .put("ocppVersion", m.ocppVersion(), OCPP_VERSION_ENUM_TYPE)
                    .put("ocppTransport", m.ocppTransport(), OCPP_TRANSPORT_ENUM_TYPE)
                    .put("ocppCsmsUrl", m.ocppCsmsUrl())
                    .put("messageTimeout", m.messageTimeout())
                    .put("securityProfile", m.securityProfile())
                    .put("ocppInterface", m.ocppInterface(), OCPP_INTERFACE_ENUM_TYPE)
                    .put("vpn", m.vpn(), VPN));

    static final ObjectCodec<VariableAttribute> VARIABLE_ATTRIBUTE = ObjectCodec.of(VariableAttribute.class,
            in -> new VariableAttribute(
                    in.optObject("customData", CUSTOM_DATA),
                    in.optEnum("type", ATTRIBUTE_ENUM_TYPE),
                    in.optString("value"),
                    in.optEnum("mutability", MUTABILITY_ENUM_TYPE),
                    in.optBool("persistent"),
                    in.optBool("constant")),
            (m, out) -> out
                    .put("customData", m.customData(), CUSTOM_DATA)
                    .put("type", m.type(), ATTRIBUTE_ENUM_TYPE)
                    .put("value", m.value())
                    .put("mutability", m.mutability(), MUTABILITY_ENUM_TYPE)
                    .put("persistent", m.persistent())
                    .put("constant", m.constant()));

    static final ObjectCodec<VariableCharacteristics> VARIABLE_CHARACTERISTICS = ObjectCodec.of(
            VariableCharacteristics.class,
            in -> new VariableCharacteristics(
                    in.optObject("customData", CUSTOM_DATA),
                    in.optString("unit"),
                    in.enumValue("dataType", DATA_ENUM_TYPE),
                    in.optDecimal("minLimit"),
                    in.optDecimal("maxLimit"),
                    in.optString("valuesList"),
                    in.bool("supportsMonitoring")),
            (m, out) -> out
                    .put("customData", m.customData(), CUSTOM_DATA)
                    .put("unit", m.unit())
                    .put("dataType", m.dataType(), DATA_ENUM_TYPE)
                    .put("minLimit", m.minLimit())
                    .put("maxLimit", m.maxLimit())
                    .put("valuesList", m.valuesList())
                    .put("supportsMonitoring", m.supportsMonitoring()));

    static final ObjectCodec<ReportData> REPORT_DATA = ObjectCodec.of(ReportData.class,
            in -> new ReportData(
                    in.optObject("customData", CUSTOM_DATA),
                    in.object("component", COMPONENT),
                    in.object("variable", VARIABLE),
                    in.array("variableAttribute", VARIABLE_ATTRIBUTE, 1, 4),
                    in.optObject("variableCharacteristics", VARIABLE_CHARACTERISTICS)),
            (m, out) -> out
                    .put("customData", m.customData(), CUSTOM_DATA)
                    .put("component", m.component(), COMPONENT)
                    .put("variable", m.variable(), VARIABLE)
                    .putArray("variableAttribute", m.variableAttribute(), VARIABLE_ATTRIBUTE)
                    .put("variableCharacteristics", m.variableCharacteristics(), VARIABLE_CHARACTERISTICS));

    static final ObjectCodec<SetVariableData> SET_VARIABLE_DATA = ObjectCodec.of(SetVariableData.class,
            in -> new SetVariableData(
                    in.optObject("customData", CUSTOM_DATA),
                    in.optEnum("attributeType", ATTRIBUTE_ENUM_TYPE),
                    in.string("attributeValue"),
                    in.object("component", COMPONENT),
                    in.object("variable", VARIABLE)),
            (m, out) -> out
                    .put("customData", m.customData(), CUSTOM_DATA)
                    .put("attributeType", m.attributeType(), ATTRIBUTE_ENUM_TYPE)
                    .put("attributeValue", m.attributeValue())
                    .put("component", m.component(), COMPONENT)
                    .put("variable", m.variable(), VARIABLE));

    static final ObjectCodec<SetVariableResult> SET_VARIABLE_RESULT = ObjectCodec.of(SetVariableResult.class,
            in -> new SetVariableResult(
                    in.optObject("customData", CUSTOM_DATA),
                    in.optEnum("attributeType", ATTRIBUTE_ENUM_TYPE),
                    in.enumValue("attributeStatus", SET_VARIABLE_STATUS_ENUM_TYPE),
                    in.optObject("attributeStatusInfo", STATUS_INFO),
                    in.object("component", COMPONENT),
                    in.object("variable", VARIABLE)),
            (m, out) -> out
                    .put("customData", m.customData(), CUSTOM_DATA)
                    .put("attributeType", m.attributeType(), ATTRIBUTE_ENUM_TYPE)
                    .put("attributeStatus", m.attributeStatus(), SET_VARIABLE_STATUS_ENUM_TYPE)
                    .put("attributeStatusInfo", m.attributeStatusInfo(), STATUS_INFO)
                    .put("component", m.component(), COMPONENT)
                    .put("variable", m.variable(), VARIABLE));

    static final ObjectCodec<BootNotificationResponse> BOOT_NOTIFICATION_RES = ObjectCodec.of(
            BootNotificationResponse.class,
            in -> new BootNotificationResponse(
                    in.optObject("customData", CUSTOM_DATA),
                    in.dateTime("currentTime"),
                    in.integer("interval"),
                    in.enumValue("status", REGISTRATION_STATUS_ENUM_TYPE),
                    in.optObject("statusInfo", STATUS_INFO)),
            (m, out) -> out
                    .put("customData", m.customData(), CUSTOM_DATA)
                    .put("currentTime", m.currentTime())
                    .put("interval", m.interval())
                    .put("status", m.status(), REGISTRATION_STATUS_ENUM_TYPE)
                    .put("statusInfo", m.statusInfo(), STATUS_INFO));

    static final ObjectCodec<BootNotificationRequest> BOOT_NOTIFICATION_REQ = ObjectCodec.of(
            BootNotificationRequest.class,
            in -> new BootNotificationRequest(
                    in.optObject("customData", CUSTOM_DATA),
                    in.object("chargingStation", CHARGING_STATION),
                    in.enumValue("reason", BOOT_REASON_ENUM_TYPE)),
            (m, out) -> out
                    .put("customData", m.customData(), CUSTOM_DATA)
                    .put("chargingStation", m.chargingStation(), CHARGING_STATION)
                    .put("reason", m.reason(), BOOT_REASON_ENUM_TYPE));

    static final ObjectCodec<GetBaseReportResponse> GET_BASE_REPORT_RES = ObjectCodec.of(GetBaseReportResponse.class,
            in -> new GetBaseReportResponse(
                    in.optObject("customData", CUSTOM_DATA),
                    in.enumValue("status", GENERIC_DEVICE_MODEL_STATUS_ENUM_TYPE),
                    in.optObject("statusInfo", STATUS_INFO)),
            (m, out) -> out
                    .put("customData", m.customData(), CUSTOM_DATA)
                    .put("status", m.status(), GENERIC_DEVICE_MODEL_STATUS_ENUM_TYPE)
                    .put("statusInfo", m.statusInfo(), STATUS_INFO));

    static final ObjectCodec<GetBaseReportRequest> GET_BASE_REPORT_REQ = ObjectCodec.of(GetBaseReportRequest.class,
            in -> new GetBaseReportRequest(
                    in.optObject("customData", CUSTOM_DATA),
                    in.integer("requestId"),
                    in.enumValue("reportBase", REPORT_BASE_ENUM_TYPE)),
            (m, out) -> out
                    .put("customData", m.customData(), CUSTOM_DATA)
                    .put("requestId", m.requestId())
                    .put("reportBase", m.reportBase(), REPORT_BASE_ENUM_TYPE));

    static final ObjectCodec<GetReportResponse> GET_REPORT_RES = ObjectCodec.of(GetReportResponse.class,
            in -> new GetReportResponse(
                    in.optObject("customData", CUSTOM_DATA),
                    in.enumValue("status", GENERIC_DEVICE_MODEL_STATUS_ENUM_TYPE),
                    in.optObject("statusInfo", STATUS_INFO)),
            (m, out) -> out
                    .put("customData", m.customData(), CUSTOM_DATA)
                    .put("status", m.status(), GENERIC_DEVICE_MODEL_STATUS_ENUM_TYPE)
                    .put("statusInfo", m.statusInfo(), STATUS_INFO));

    static final ObjectCodec<GetReportRequest> GET_REPORT_REQ = ObjectCodec.of(GetReportRequest.class,
            in -> new GetReportRequest(
                    in.optObject("customData", CUSTOM_DATA),
                    in.optArray("componentVariable", COMPONENT_VARIABLE, 1),
                    in.integer("requestId"),
                    in.optEnums("componentCriteria", COMPONENT_CRITERION_ENUM_TYPE, 1, 4)),
            (m, out) -> out
                    .put("customData", m.customData(), CUSTOM_DATA)
                    .putArray("componentVariable", m.componentVariable(), COMPONENT_VARIABLE)
                    .put("requestId", m.requestId())
                    .putEnums("componentCriteria", m.componentCriteria(), COMPONENT_CRITERION_ENUM_TYPE));

    static final ObjectCodec<GetVariablesResponse> GET_VARIABLES_RES = ObjectCodec.of(GetVariablesResponse.class,
            in -> new GetVariablesResponse(
                    in.optObject("customData", CUSTOM_DATA),
                    in.array("getVariableResult", GET_VARIABLE_RESULT, 1)),
            (m, out) -> out
                    .put("customData", m.customData(), CUSTOM_DATA)
                    .putArray("getVariableResult", m.getVariableResult(), GET_VARIABLE_RESULT));

    static final ObjectCodec<GetVariablesRequest> GET_VARIABLES_REQ = ObjectCodec.of(GetVariablesRequest.class,
            in -> new GetVariablesRequest(
                    in.optObject("customData", CUSTOM_DATA),
                    in.array("getVariableData", GET_VARIABLE_DATA, 1)),
            (m, out) -> out
                    .put("customData", m.customData(), CUSTOM_DATA)
                    .putArray("getVariableData", m.getVariableData(), GET_VARIABLE_DATA));

    static final ObjectCodec<NotifyReportResponse> NOTIFY_REPORT_RES = ObjectCodec.of(NotifyReportResponse.class,
            in -> new NotifyReportResponse(
                    in.optObject("customData", CUSTOM_DATA)),
            (m, out) -> out
                    .put("customData", m.customData(), CUSTOM_DATA));

    static final ObjectCodec<NotifyReportRequest> NOTIFY_REPORT_REQ = ObjectCodec.of(NotifyReportRequest.class,
            in -> new NotifyReportRequest(
                    in.optObject("customData", CUSTOM_DATA),
                    in.integer("requestId"),
                    in.dateTime("generatedAt"),
                    in.optArray("reportData", REPORT_DATA, 1),
                    in.optBool("tbc"),
                    in.integer("seqNo")),
            (m, out) -> out
                    .put("customData", m.customData(), CUSTOM_DATA)
                    .put("requestId", m.requestId())
                    .put("generatedAt", m.generatedAt())
                    .putArray("reportData", m.reportData(), REPORT_DATA)
                    .put("tbc", m.tbc())
                    .put("seqNo", m.seqNo()));

    static final ObjectCodec<ResetResponse> RESET_RES = ObjectCodec.of(ResetResponse.class,
            in -> new ResetResponse(
                    in.optObject("customData", CUSTOM_DATA),
                    in.enumValue("status", RESET_STATUS_ENUM_TYPE),
                    in.optObject("statusInfo", STATUS_INFO)),
            (m, out) -> out
                    .put("customData", m.customData(), CUSTOM_DATA)
                    .put("status", m.status(), RESET_STATUS_ENUM_TYPE)
                    .put("statusInfo", m.statusInfo(), STATUS_INFO));

    static final ObjectCodec<ResetRequest> RESET_REQ = ObjectCodec.of(ResetRequest.class,
            in -> new ResetRequest(
                    in.optObject("customData", CUSTOM_DATA),
                    in.enumValue("type", RESET_ENUM_TYPE),
                    in.optInteger("evseId")),
            (m, out) -> out
                    .put("customData", m.customData(), CUSTOM_DATA)
                    .put("type", m.type(), RESET_ENUM_TYPE)
                    .put("evseId", m.evseId()));

    static final ObjectCodec<SetNetworkProfileResponse> SET_NETWORK_PROFILE_RES = ObjectCodec.of(
            SetNetworkProfileResponse.class,
            in -> new SetNetworkProfileResponse(
                    in.optObject("customData", CUSTOM_DATA),
                    in.enumValue("status", SET_NETWORK_PROFILE_STATUS_ENUM_TYPE),
                    in.optObject("statusInfo", STATUS_INFO)),
            (m, out) -> out
                    .put("customData", m.customData(), CUSTOM_DATA)
                    .put("status", m.status(), SET_NETWORK_PROFILE_STATUS_ENUM_TYPE)
                    .put("statusInfo", m.statusInfo(), STATUS_INFO));

    static final ObjectCodec<SetNetworkProfileRequest> SET_NETWORK_PROFILE_REQ = ObjectCodec.of(
            SetNetworkProfileRequest.class,
            in -> new SetNetworkProfileRequest(
                    in.optObject("customData", CUSTOM_DATA),
                    in.integer("configurationSlot"),
                    in.object("connectionData", NETWORK_CONNECTION_PROFILE)),
            (m, out) -> out
                    .put("customData", m.customData(), CUSTOM_DATA)
                    .put("configurationSlot", m.configurationSlot())
                    .put("connectionData", m.connectionData(), NETWORK_CONNECTION_PROFILE));

    static final ObjectCodec<SetVariablesResponse> SET_VARIABLES_RES = ObjectCodec.of(SetVariablesResponse.class,
            in -> new SetVariablesResponse(
                    in.optObject("customData", CUSTOM_DATA),
                    in.array("setVariableResult", SET_VARIABLE_RESULT, 1)),
            (m, out) -> out
                    .put("customData", m.customData(), CUSTOM_DATA)
                    .putArray("setVariableResult", m.setVariableResult(), SET_VARIABLE_RESULT));

    static final ObjectCodec<SetVariablesRequest> SET_VARIABLES_REQ = ObjectCodec.of(SetVariablesRequest.class,
            in -> new SetVariablesRequest(
                    in.optObject("customData", CUSTOM_DATA),
                    in.array("setVariableData", SET_VARIABLE_DATA, 1)),
            (m, out) -> out
                    .put("customData", m.customData(), CUSTOM_DATA)
                    .putArray("setVariableData", m.setVariableData(), SET_VARIABLE_DATA));

    private ProvisioningCodecs() {}
}
