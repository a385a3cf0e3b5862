package org.ocppconnector.gateway.ocpp201;

import static org.ocppconnector.gateway.ocpp201.CommonCodecs.CERTIFICATE_HASH_DATA;
import static org.ocppconnector.gateway.ocpp201.CommonCodecs.COMPONENT;
import static org.ocppconnector.gateway.ocpp201.CommonCodecs.COMPONENT_VARIABLE;
import static org.ocppconnector.gateway.ocpp201.CommonCodecs.CUSTOM_DATA;
import static org.ocppconnector.gateway.ocpp201.CommonCodecs.ID_TOKEN;
import static org.ocppconnector.gateway.ocpp201.CommonCodecs.STATUS_INFO;
import static org.ocppconnector.gateway.ocpp201.CommonCodecs.VARIABLE;
import static org.ocppconnector.gateway.ocpp201.EnumCodecs.CLEAR_MONITORING_STATUS_ENUM_TYPE;
import static org.ocppconnector.gateway.ocpp201.EnumCodecs.CUSTOMER_INFORMATION_STATUS_ENUM_TYPE;
import static org.ocppconnector.gateway.ocpp201.EnumCodecs.EVENT_NOTIFICATION_ENUM_TYPE;
import static org.ocppconnector.gateway.ocpp201.EnumCodecs.EVENT_TRIGGER_ENUM_TYPE;
import static org.ocppconnector.gateway.ocpp201.EnumCodecs.GENERIC_DEVICE_MODEL_STATUS_ENUM_TYPE;
import static org.ocppconnector.gateway.ocpp201.EnumCodecs.GENERIC_STATUS_ENUM_TYPE;
import static org.ocppconnector.gateway.ocpp201.EnumCodecs.LOG_ENUM_TYPE;
import static org.ocppconnector.gateway.ocpp201.EnumCodecs.LOG_STATUS_ENUM_TYPE;
import static org.ocppconnector.gateway.ocpp201.EnumCodecs.MONITORING_BASE_ENUM_TYPE;
import static org.ocppconnector.gateway.ocpp201.EnumCodecs.MONITORING_CRITERION_ENUM_TYPE;
import static org.ocppconnector.gateway.ocpp201.EnumCodecs.MONITOR_ENUM_TYPE;
import static org.ocppconnector.gateway.ocpp201.EnumCodecs.SET_MONITORING_STATUS_ENUM_TYPE;
import static org.ocppconnector.gateway.ocpp201.EnumCodecs.UPLOAD_LOG_STATUS_ENUM_TYPE;

import org.ocppconnector.gateway.core.codec.ObjectCodec;
import org.ocppconnector.gateway.ocpp201.message.ClearMonitoringResult;
import org.ocppconnector.gateway.ocpp201.message.ClearVariableMonitoringRequest;
import org.ocppconnector.gateway.ocpp201.message.ClearVariableMonitoringResponse;
import org.ocppconnector.gateway.ocpp201.message.CustomerInformationRequest;
import org.ocppconnector.gateway.ocpp201.message.CustomerInformationResponse;
import org.ocppconnector.gateway.ocpp201.message.EventData;
import org.ocppconnector.gateway.ocpp201.message.GetLogRequest;
import org.ocppconnector.gateway.ocpp201.message.GetLogResponse;
import org.ocppconnector.gateway.ocpp201.message.GetMonitoringReportRequest;
import org.ocppconnector.gateway.ocpp201.message.GetMonitoringReportResponse;
import org.ocppconnector.gateway.ocpp201.message.LogParameters;
import org.ocppconnector.gateway.ocpp201.message.LogStatusNotificationRequest;
import org.ocppconnector.gateway.ocpp201.message.LogStatusNotificationResponse;
import org.ocppconnector.gateway.ocpp201.message.MonitoringData;
import org.ocppconnector.gateway.ocpp201.message.NotifyCustomerInformationRequest;
import org.ocppconnector.gateway.ocpp201.message.NotifyCustomerInformationResponse;
import org.ocppconnector.gateway.ocpp201.message.NotifyEventRequest;
import org.ocppconnector.gateway.ocpp201.message.NotifyEventResponse;
import org.ocppconnector.gateway.ocpp201.message.NotifyMonitoringReportRequest;
import org.ocppconnector.gateway.ocpp201.message.NotifyMonitoringReportResponse;
import org.ocppconnector.gateway.ocpp201.message.SetMonitoringBaseRequest;
import org.ocppconnector.gateway.ocpp201.message.SetMonitoringBaseResponse;
import org.ocppconnector.gateway.ocpp201.message.SetMonitoringData;
import org.ocppconnector.gateway.ocpp201.message.SetMonitoringLevelRequest;
import org.ocppconnector.gateway.ocpp201.message.SetMonitoringLevelResponse;
import org.ocppconnector.gateway.ocpp201.message.SetMonitoringResult;
import org.ocppconnector.gateway.ocpp201.message.SetVariableMonitoringRequest;
import org.ocppconnector.gateway.ocpp201.message.SetVariableMonitoringResponse;
import org.ocppconnector.gateway.ocpp201.message.VariableMonitoring;

/**
 * Functional block N (Diagnostics) of OCPP 2.0.1 part 2: ClearVariableMonitoring, CustomerInformation, GetLog,
 * GetMonitoringReport, LogStatusNotification, NotifyCustomerInformation, NotifyEvent, NotifyMonitoringReport,
 * SetMonitoringBase, SetMonitoringLevel, SetVariableMonitoring.
 */
final class DiagnosticsCodecs {

    static final ObjectCodec<ClearMonitoringResult> CLEAR_MONITORING_RESULT = ObjectCodec.of(
            ClearMonitoringResult.class,
            in -> new ClearMonitoringResult(
                    in.optObject("customData", CUSTOM_DATA),
                    in.enumValue("status", CLEAR_MONITORING_STATUS_ENUM_TYPE),
                    in.integer("id"),
                    in.optObject("statusInfo", STATUS_INFO)),
            (m, out) -> out
                    .put("customData", m.customData(), CUSTOM_DATA)
                    .put("status", m.status(), CLEAR_MONITORING_STATUS_ENUM_TYPE)
                    .put("id", m.id())
                    .put("statusInfo", m.statusInfo(), STATUS_INFO));

    static final ObjectCodec<EventData> EVENT_DATA = ObjectCodec.of(EventData.class,
            in -> new EventData(
                    in.optObject("customData", CUSTOM_DATA),
                    in.integer("eventId"),
                    in.dateTime("timestamp"),
                    in.enumValue("trigger", EVENT_TRIGGER_ENUM_TYPE),
                    in.optInteger("cause"),
                    in.string("actualValue"),
                    in.optString("techCode"),
                    in.optString("techInfo"),
                    in.optBool("cleared"),
                    in.optString("transactionId"),
                    in.object("component", COMPONENT),
                    in.optInteger("variableMonitoringId"),
                    in.enumValue("eventNotificationType", EVENT_NOTIFICATION_ENUM_TYPE),
                    in.object("variable", VARIABLE)),
            (m, out) -> out
                    .put("customData", m.customData(), CUSTOM_DATA)
                    .put("eventId", m.eventId())
                    .put("timestamp", m.timestamp())
                    .put("trigger", m.trigger(), EVENT_TRIGGER_ENUM_TYPE)
                    .put("cause", m.cause())
                    .put("actualValue", m.actualValue())
                    .put("techCode", m.techCode())
                    .put("techInfo", m.techInfo())
                    .put("cleared", m.cleared())
                    .put("transactionId", m.transactionId())
                    .put("component", m.component(), COMPONENT)
                    .put("variableMonitoringId", m.variableMonitoringId())
                    .put("eventNotificationType", m.eventNotificationType(), EVENT_NOTIFICATION_ENUM_TYPE)
                    .put("variable", m.variable(), VARIABLE));

    static final ObjectCodec<LogParameters> LOG_PARAMETERS = ObjectCodec.of(LogParameters.class,
            in -> new LogParameters(
                    in.optObject("customData", CUSTOM_DATA),
                    in.string("remoteLocation"),
                    in.optDateTime("oldestTimestamp"),
                    in.optDateTime("latestTimestamp")),
            (m, out) -> out
                    .put("customData", m.customData(), CUSTOM_DATA)
                    .put("remoteLocation", m.remoteLocation())
                    .put("oldestTimestamp", m.oldestTimestamp())
                    .put("latestTimestamp", m.latestTimestamp()));

    static final ObjectCodec<VariableMonitoring> VARIABLE_MONITORING = ObjectCodec.of(VariableMonitoring.class,
            in -> new VariableMonitoring(
                    in.optObject("customData", CUSTOM_DATA),
                    in.integer("id"),
                    in.bool("transaction"),
                    in.decimal("value"),
                    in.enumValue("type", MONITOR_ENUM_TYPE),
                    in.integer("severity")),
            (m, out) -> out
                    .put("customData", m.customData(), CUSTOM_DATA)
                    .put("id", m.id())
                    .put("transaction", m.transaction())
                    .put("value", m.value())
                    .put("type", m.type(), MONITOR_ENUM_TYPE)
                    .put("severity", m.severity()));

    static final ObjectCodec<MonitoringData> MONITORING_DATA = ObjectCodec.of(MonitoringData.class,
            in -> new MonitoringData(
                    in.optObject("customData", CUSTOM_DATA),
                    in.object("component", COMPONENT),
                    in.object("variable", VARIABLE),
                    in.array("variableMonitoring", VARIABLE_MONITORING, 1)),
            (m, out) -> out
                    .put("customData", m.customData(), CUSTOM_DATA)
                    .put("component", m.component(), COMPONENT)
                    .put("variable", m.variable(), VARIABLE)
                    .putArray("variableMonitoring", m.variableMonitoring(), VARIABLE_MONITORING));

    static final ObjectCodec<SetMonitoringData> SET_MONITORING_DATA = ObjectCodec.of(SetMonitoringData.class,
            in -> new SetMonitoringData(
                    in.optObject("customData", CUSTOM_DATA),
                    in.optInteger("id"),
                    in.optBool("transaction"),
                    in.decimal("value"),
                    in.enumValue("type", MONITOR_ENUM_TYPE),
                    in.integer("severity"),
                    in.object("component", COMPONENT),
                    in.object("variable", VARIABLE)),
            (m, out) -> out
                    .put("customData", m.customData(), CUSTOM_DATA)
                    .put("id", m.id())
                    .put("transaction", m.transaction())
                    .put("value", m.value())
                    .put("type", m.type(), MONITOR_ENUM_TYPE)
                    .put("severity", m.severity())
                    .put("component", m.component(), COMPONENT)
                    .put("variable", m.variable(), VARIABLE));

    static final ObjectCodec<SetMonitoringResult> SET_MONITORING_RESULT = ObjectCodec.of(SetMonitoringResult.class,
            in -> new SetMonitoringResult(
                    in.optObject("customData", CUSTOM_DATA),
                    in.optInteger("id"),
                    in.optObject("statusInfo", STATUS_INFO),
                    in.enumValue("status", SET_MONITORING_STATUS_ENUM_TYPE),
                    in.enumValue("type", MONITOR_ENUM_TYPE),
                    in.object("component", COMPONENT),
                    in.object("variable", VARIABLE),
                    in.integer("severity")),
            (m, out) -> out
                    .put("customData", m.customData(), CUSTOM_DATA)
                    .put("id", m.id())
                    .put("statusInfo", m.statusInfo(), STATUS_INFO)
                    .put("status", m.status(), SET_MONITORING_STATUS_ENUM_TYPE)
                    .put("type", m.type(), MONITOR_ENUM_TYPE)
                    .put("component", m.component(), COMPONENT)
                    .put("variable", m.variable(), VARIABLE)
                    .put("severity", m.severity()));

    static final ObjectCodec<ClearVariableMonitoringResponse> CLEAR_VARIABLE_MONITORING_RES = ObjectCodec.of(
            ClearVariableMonitoringResponse.class,
            in -> new ClearVariableMonitoringResponse(
                    in.optObject("customData", CUSTOM_DATA),
                    in.array("clearMonitoringResult", CLEAR_MONITORING_RESULT, 1)),
            (m, out) -> out
                    .put("customData", m.customData(), CUSTOM_DATA)
                    .putArray("clearMonitoringResult", m.clearMonitoringResult(), CLEAR_MONITORING_RESULT));

    static final ObjectCodec<ClearVariableMonitoringRequest> CLEAR_VARIABLE_MONITORING_REQ = ObjectCodec.of(
            ClearVariableMonitoringRequest.class,
            in -> new ClearVariableMonitoringRequest(
                    in.optObject("customData", CUSTOM_DATA),
                    in.integers("id", 1, Integer.MAX_VALUE)),
            (m, out) -> out
                    .put("customData", m.customData(), CUSTOM_DATA)
                    .putIntegers("id", m.id()));

    static final ObjectCodec<CustomerInformationResponse> CUSTOMER_INFORMATION_RES = ObjectCodec.of(
            CustomerInformationResponse.class,
            in -> new CustomerInformationResponse(
                    in.optObject("customData", CUSTOM_DATA),
                    in.enumValue("status", CUSTOMER_INFORMATION_STATUS_ENUM_TYPE),
                    in.optObject("statusInfo", STATUS_INFO)),
            (m, out) -> out
                    .put("customData", m.customData(), CUSTOM_DATA)
                    .put("status", m.status(), CUSTOMER_INFORMATION_STATUS_ENUM_TYPE)
                    .put("statusInfo", m.statusInfo(), STATUS_INFO));

    static final ObjectCodec<CustomerInformationRequest> CUSTOMER_INFORMATION_REQ = ObjectCodec.of(
            CustomerInformationRequest.class,
            in -> new CustomerInformationRequest(
                    in.optObject("customData", CUSTOM_DATA),
                    in.optObject("customerCertificate", CERTIFICATE_HASH_DATA),
                    in.optObject("idToken", ID_TOKEN),
                    in.integer("requestId"),
                    in.bool("report"),
                    in.bool("clear"),
                    in.optString("customerIdentifier")),
            (m, out) -> out
                    .put("customData", m.customData(), CUSTOM_DATA)
                    .put("customerCertificate", m.customerCertificate(), CERTIFICATE_HASH_DATA)
                    .put("idToken", m.idToken(), ID_TOKEN)
                    .put("requestId", m.requestId())
                    .put("report", m.report())
                    .put("clear", m.clear())
                    .put("customerIdentifier", m.customerIdentifier()));

    static final ObjectCodec<GetLogResponse> GET_LOG_RES = ObjectCodec.of(GetLogResponse.class,
            in -> new GetLogResponse(
                    in.optObject("customData", CUSTOM_DATA),
                    in.enumValue("status", LOG_STATUS_ENUM_TYPE),
                    in.optObject("statusInfo", STATUS_INFO),
                    in.optString("filename")),
            (m, out) -> out
                    .put("customData", m.customData(), CUSTOM_DATA)
                    .put("status", m.status(), LOG_STATUS_ENUM_TYPE)
                    .put("statusInfo", m.statusInfo(), STATUS_INFO)
                    .put("filename", m.filename()));

    static final ObjectCodec<GetLogRequest> GET_LOG_REQ = ObjectCodec.of(GetLogRequest.class,
            in -> new GetLogRequest(
                    in.optObject("customData", CUSTOM_DATA),
                    in.object("log", LOG_PARAMETERS),
                    in.enumValue("logType", LOG_ENUM_TYPE),
                    in.integer("requestId"),
                    in.optInteger("retries"),
                    in.optInteger("retryInterval")),
            (m, out) -> out
                    .put("customData", m.customData(), CUSTOM_DATA)
                    .put("log", m.log(), LOG_PARAMETERS)
                    .put("logType", m.logType(), LOG_ENUM_TYPE)
                    .put("requestId", m.requestId())
                    .put("retries", m.retries())
                    .put("retryInterval", m.retryInterval()));

    static final ObjectCodec<GetMonitoringReportResponse> GET_MONITORING_REPORT_RES = ObjectCodec.of(
            GetMonitoringReportResponse.class,
            in -> new GetMonitoringReportResponse(
                    in.optObject("customData", CUSTOM_DATA),
                    in.enumValue("status", GENERIC_DEVICE_MODEL_STATUS_ENUM_TYPE),
                    in.optObject("statusInfo", STATUS_INFO)),
            (m, out) -> out
                    .put("customData", m.customData(), CUSTOM_DATA)
                    .put("status", m.status(), GENERIC_DEVICE_MODEL_STATUS_ENUM_TYPE)
                    .put("statusInfo", m.statusInfo(), STATUS_INFO));

    static final ObjectCodec<GetMonitoringReportRequest> GET_MONITORING_REPORT_REQ = ObjectCodec.of(
            GetMonitoringReportRequest.class,
            in -> new GetMonitoringReportRequest(
                    in.optObject("customData", CUSTOM_DATA),
                    in.optArray("componentVariable", COMPONENT_VARIABLE, 1),
                    in.integer("requestId"),
                    in.optEnums("monitoringCriteria", MONITORING_CRITERION_ENUM_TYPE, 1, 3)),
            (m, out) -> out
                    .put("customData", m.customData(), CUSTOM_DATA)
                    .putArray("componentVariable", m.componentVariable(), COMPONENT_VARIABLE)
                    .put("requestId", m.requestId())
                    .putEnums("monitoringCriteria", m.monitoringCriteria(), MONITORING_CRITERION_ENUM_TYPE));

    static final ObjectCodec<LogStatusNotificationResponse> LOG_STATUS_NOTIFICATION_RES = ObjectCodec.of(
            LogStatusNotificationResponse.class,
            in -> new LogStatusNotificationResponse(
                    in.optObject("customData", CUSTOM_DATA)),
            (m, out) -> out
                    .put("customData", m.customData(), CUSTOM_DATA));

    static final ObjectCodec<LogStatusNotificationRequest> LOG_STATUS_NOTIFICATION_REQ = ObjectCodec.of(
            LogStatusNotificationRequest.class,
            in -> new LogStatusNotificationRequest(
                    in.optObject("customData", CUSTOM_DATA),
                    in.enumValue("status", UPLOAD_LOG_STATUS_ENUM_TYPE),
                    in.optInteger("requestId")),
            (m, out) -> out
                    .put("customData", m.customData(), CUSTOM_DATA)
                    .put("status", m.status(), UPLOAD_LOG_STATUS_ENUM_TYPE)
                    .put("requestId", m.requestId()));

    static final ObjectCodec<NotifyCustomerInformationResponse> NOTIFY_CUSTOMER_INFORMATION_RES = ObjectCodec.of(
            NotifyCustomerInformationResponse.class,
            in -> new NotifyCustomerInformationResponse(
                    in.optObject("customData", CUSTOM_DATA)),
            (m, out) -> out
                    .put("customData", m.customData(), CUSTOM_DATA));

    static final ObjectCodec<NotifyCustomerInformationRequest> NOTIFY_CUSTOMER_INFORMATION_REQ = ObjectCodec.of(
            NotifyCustomerInformationRequest.class,
            in -> new NotifyCustomerInformationRequest(
                    in.optObject("customData", CUSTOM_DATA),
                    in.string("data"),
                    in.optBool("tbc"),
                    in.integer("seqNo"),
                    in.dateTime("generatedAt"),
                    in.integer("requestId")),
            (m, out) -> out
                    .put("customData", m.customData(), CUSTOM_DATA)
                    .put("data", m.data())
                    .put("tbc", m.tbc())
                    .put("seqNo", m.seqNo())
                    .put("generatedAt", m.generatedAt())
                    .put("requestId", m.requestId()));

    static final ObjectCodec<NotifyEventResponse> NOTIFY_EVENT_RES = ObjectCodec.of(NotifyEventResponse.class,
            in -> new NotifyEventResponse(
                    in.optObject("customData", CUSTOM_DATA)),
            (m, out) -> out
                    .put("customData", m.customData(), CUSTOM_DATA));

    static final ObjectCodec<NotifyEventRequest> NOTIFY_EVENT_REQ = ObjectCodec.of(NotifyEventRequest.class,
            in -> new NotifyEventRequest(
                    in.optObject("customData", CUSTOM_DATA),
                    in.dateTime("generatedAt"),
                    in.optBool("tbc"),
                    in.integer("seqNo"),
                    in.array("eventData", EVENT_DATA, 1)),
            (m, out) -> out
                    .put("customData", m.customData(), CUSTOM_DATA)
                    .put("generatedAt", m.generatedAt())
                    .put("tbc", m.tbc())
                    .put("seqNo", m.seqNo())
                    .putArray("eventData", m.eventData(), EVENT_DATA));

    static final ObjectCodec<NotifyMonitoringReportResponse> NOTIFY_MONITORING_REPORT_RES = ObjectCodec.of(
            NotifyMonitoringReportResponse.class,
            in -> new NotifyMonitoringReportResponse(
                    in.optObject("customData", CUSTOM_DATA)),
            (m, out) -> out
                    .put("customData", m.customData(), CUSTOM_DATA));

    static final ObjectCodec<NotifyMonitoringReportRequest> NOTIFY_MONITORING_REPORT_REQ = ObjectCodec.of(
            NotifyMonitoringReportRequest.class,
            in -> new NotifyMonitoringReportRequest(
                    in.optObject("customData", CUSTOM_DATA),
                    in.optArray("monitor", MONITORING_DATA, 1),
                    in.integer("requestId"),
                    in.optBool("tbc"),
                    in.integer("seqNo"),
                    in.dateTime("generatedAt")),
            (m, out) -> out
                    .put("customData", m.customData(), CUSTOM_DATA)
                    .putArray("monitor", m.monitor(), MONITORING_DATA)
                    .put("requestId", m.requestId())
                    .put("tbc", m.tbc())
                    .put("seqNo", m.seqNo())
                    .put("generatedAt", m.generatedAt()));

    static final ObjectCodec<SetMonitoringBaseResponse> SET_MONITORING_BASE_RES = ObjectCodec.of(
            SetMonitoringBaseResponse.class,
            in -> new SetMonitoringBaseResponse(
                    in.optObject("customData", CUSTOM_DATA),
                    in.enumValue("status", GENERIC_DEVICE_MODEL_STATUS_ENUM_TYPE),
                    in.optObject("statusInfo", STATUS_INFO)),
            (m, out) -> out
                    .put("customData", m.customData(), CUSTOM_DATA)
                    .put("status", m.status(), GENERIC_DEVICE_MODEL_STATUS_ENUM_TYPE)
                    .put("statusInfo", m.statusInfo(), STATUS_INFO));

    static final ObjectCodec<SetMonitoringBaseRequest> SET_MONITORING_BASE_REQ = ObjectCodec.of(
            SetMonitoringBaseRequest.class,
            in -> new SetMonitoringBaseRequest(
                    in.optObject("customData", CUSTOM_DATA),
                    in.enumValue("monitoringBase", MONITORING_BASE_ENUM_TYPE)),
            (m, out) -> out
                    .put("customData", m.customData(), CUSTOM_DATA)
                    .put("monitoringBase", m.monitoringBase(), MONITORING_BASE_ENUM_TYPE));

    static final ObjectCodec<SetMonitoringLevelResponse> SET_MONITORING_LEVEL_RES = ObjectCodec.of(
            SetMonitoringLevelResponse.class,
            in -> new SetMonitoringLevelResponse(
                    in.optObject("customData", CUSTOM_DATA),
                    in.enumValue("status", GENERIC_STATUS_ENUM_TYPE),
                    in.optObject("statusInfo", STATUS_INFO)),
            (m, out) -> out
                    .put("customData", m.customData(), CUSTOM_DATA)
                    .put("status", m.status(), GENERIC_STATUS_ENUM_TYPE)
                    .put("statusInfo", m.statusInfo(), STATUS_INFO));

    static final ObjectCodec<SetMonitoringLevelRequest> SET_MONITORING_LEVEL_REQ = ObjectCodec.of(
            SetMonitoringLevelRequest.class,
            in -> new SetMonitoringLevelRequest(
                    in.optObject("customData", CUSTOM_DATA),
                    in.integer("severity")),
            (m, out) -> out
                    .put("customData", m.customData(), CUSTOM_DATA)
                    .put("severity", m.severity()));

    static final ObjectCodec<SetVariableMonitoringResponse> SET_VARIABLE_MONITORING_RES = ObjectCodec.of(
            SetVariableMonitoringResponse.class,
            in -> new SetVariableMonitoringResponse(
                    in.optObject("customData", CUSTOM_DATA),
                    in.array("setMonitoringResult", SET_MONITORING_RESULT, 1)),
            (m, out) -> out
                    .put("customData", m.customData(), CUSTOM_DATA)
                    .putArray("setMonitoringResult", m.setMonitoringResult(), SET_MONITORING_RESULT));

    static final ObjectCodec<SetVariableMonitoringRequest> SET_VARIABLE_MONITORING_REQ = ObjectCodec.of(
            SetVariableMonitoringRequest.class,
            in -> new SetVariableMonitoringRequest(
                    in.optObject("customData", CUSTOM_DATA),
                    in.array("setMonitoringData", SET_MONITORING_DATA, 1)),
            (m, out) -> out
                    .put("customData", m.customData(), CUSTOM_DATA)
                    .putArray("setMonitoringData", m.setMonitoringData(), SET_MONITORING_DATA));

    private DiagnosticsCodecs() {}
}
