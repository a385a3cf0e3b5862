package org.ocppconnector.gateway.ocpp201;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;
import java.util.Set;
import org.ocppconnector.gateway.core.codec.ActionCatalogue;
import org.ocppconnector.gateway.core.codec.DateTime;
import org.ocppconnector.gateway.core.rpc.RpcErrorCode;
import org.ocppconnector.gateway.core.spi.Decoded;
import org.ocppconnector.gateway.core.spi.Direction;
import org.ocppconnector.gateway.core.spi.LocalResponseContext;
import org.ocppconnector.gateway.core.spi.OcppMessage;
import org.ocppconnector.gateway.core.spi.OcppProtocol;
import org.ocppconnector.gateway.core.spi.ResponsePolicy;
import org.ocppconnector.gateway.ocpp201.message.AuthorizationStatusEnumType;
import org.ocppconnector.gateway.ocpp201.message.AuthorizeResponse;
import org.ocppconnector.gateway.ocpp201.message.BootNotificationResponse;
import org.ocppconnector.gateway.ocpp201.message.ClearedChargingLimitResponse;
import org.ocppconnector.gateway.ocpp201.message.DataTransferResponse;
import org.ocppconnector.gateway.ocpp201.message.DataTransferStatusEnumType;
import org.ocppconnector.gateway.ocpp201.message.FirmwareStatusNotificationResponse;
import org.ocppconnector.gateway.ocpp201.message.GenericStatusEnumType;
import org.ocppconnector.gateway.ocpp201.message.Get15118EVCertificateResponse;
import org.ocppconnector.gateway.ocpp201.message.GetCertificateStatusEnumType;
import org.ocppconnector.gateway.ocpp201.message.GetCertificateStatusResponse;
import org.ocppconnector.gateway.ocpp201.message.HeartbeatResponse;
import org.ocppconnector.gateway.ocpp201.message.IdTokenInfo;
import org.ocppconnector.gateway.ocpp201.message.Iso15118EVCertificateStatusEnumType;
import org.ocppconnector.gateway.ocpp201.message.LogStatusNotificationResponse;
import org.ocppconnector.gateway.ocpp201.message.MeterValuesResponse;
import org.ocppconnector.gateway.ocpp201.message.NotifyChargingLimitResponse;
import org.ocppconnector.gateway.ocpp201.message.NotifyCustomerInformationResponse;
import org.ocppconnector.gateway.ocpp201.message.NotifyDisplayMessagesResponse;
import org.ocppconnector.gateway.ocpp201.message.NotifyEVChargingNeedsResponse;
import org.ocppconnector.gateway.ocpp201.message.NotifyEVChargingNeedsStatusEnumType;
import org.ocppconnector.gateway.ocpp201.message.NotifyEVChargingScheduleResponse;
import org.ocppconnector.gateway.ocpp201.message.NotifyEventResponse;
import org.ocppconnector.gateway.ocpp201.message.NotifyMonitoringReportResponse;
import org.ocppconnector.gateway.ocpp201.message.NotifyReportResponse;
import org.ocppconnector.gateway.ocpp201.message.Ocpp201Message;
import org.ocppconnector.gateway.ocpp201.message.Ocpp201Request;
import org.ocppconnector.gateway.ocpp201.message.Ocpp201Response;
import org.ocppconnector.gateway.ocpp201.message.PublishFirmwareStatusNotificationResponse;
import org.ocppconnector.gateway.ocpp201.message.RegistrationStatusEnumType;
import org.ocppconnector.gateway.ocpp201.message.ReportChargingProfilesResponse;
import org.ocppconnector.gateway.ocpp201.message.ReservationStatusUpdateResponse;
import org.ocppconnector.gateway.ocpp201.message.SecurityEventNotificationResponse;
import org.ocppconnector.gateway.ocpp201.message.SignCertificateResponse;
import org.ocppconnector.gateway.ocpp201.message.StatusNotificationResponse;
import org.ocppconnector.gateway.ocpp201.message.TransactionEventResponse;

/**
 * OCPP 2.0.1: subprotocol {@code ocpp2.0.1}, all 64 actions of part 2 (functional blocks A to P),
 * with payloads validated as strictly as the official JSON schemas.
 *
 * <p>Decoding never throws on bad input: it returns {@link Decoded.Invalid} with the error code of
 * OCPP 2.0.1 part 4 §4.3 and the JSON path of the first violation, e.g. {@code
 * "chargingProfile.chargingSchedule[0].chargingRateUnit: 'X' is not one of [W, A]"}:
 *
 * <ul>
 *   <li>a payload that is not an object, or a property the schema does not define:
 *       {@code FormatViolation};
 *   <li>a required property missing, too few or too many array items: {@code OccurrenceConstraintViolation};
 *   <li>a value of the wrong JSON type: {@code TypeConstraintViolation};
 *   <li>a value out of range (enum, maxLength, date-time, minimum, maximum, an integer beyond 32
 *       bits): {@code PropertyConstraintViolation}.
 * </ul>
 *
 * <p>Decoded payloads are {@link Ocpp201Message} records, which encode back to the same JSON,
 * {@code customData} with its vendor properties included (only an integer written with a zero
 * fraction, such as 5.0, comes back in its canonical form 5).
 *
 * <p>Immutable and thread-safe; use {@link #INSTANCE}. Registered for {@link java.util.ServiceLoader}.
 */
public final class Ocpp201Protocol implements OcppProtocol {

    /** The shared instance. */
    public static final Ocpp201Protocol INSTANCE = new Ocpp201Protocol();

    private static final ActionCatalogue<Ocpp201Action> CATALOGUE =
            new ActionCatalogue<>(Ocpp201Action.values(), Ocpp201Action::spec, Ocpp201Protocol::unknown, "2.0.1");

    /** For {@link java.util.ServiceLoader}; prefer {@link #INSTANCE}. */
    public Ocpp201Protocol() {}

    /** {@code ocpp2.0.1}, the WebSocket subprotocol of OCPP-J 2.0.1 (OCPP 2.0.1 part 4). */
    @Override
    public String subprotocol() {
        return "ocpp2.0.1";
    }

    @Override
    public String version() {
        return "2.0.1";
    }

    @Override
    public Set<String> actions(Direction direction) {
        return CATALOGUE.actions(direction);
    }

    /** 36, the maximum length of a message id in OCPP 2.0.1 part 4. */
    @Override
    public int maxMessageIdLength() {
        return 36;
    }

    /** The OCPP 2.0.1 part 4 §4.3 spelling: {@code FormatViolation}, {@code OccurrenceConstraintViolation}, ... */
    @Override
    public String errorCode(RpcErrorCode code) {
        return switch (requireNonNull(code, "code")) {
            case NOT_IMPLEMENTED -> "NotImplemented";
            case NOT_SUPPORTED -> "NotSupported";
            case INTERNAL_ERROR -> "InternalError";
            case PROTOCOL_ERROR -> "ProtocolError";
            case SECURITY_ERROR -> "SecurityError";
            case FORMAT_VIOLATION -> "FormatViolation";
            case PROPERTY_CONSTRAINT_VIOLATION -> "PropertyConstraintViolation";
            case OCCURRENCE_CONSTRAINT_VIOLATION -> "OccurrenceConstraintViolation";
            case TYPE_CONSTRAINT_VIOLATION -> "TypeConstraintViolation";
            case GENERIC_ERROR -> "GenericError";
            case MESSAGE_TYPE_NOT_SUPPORTED -> "MessageTypeNotSupported";
            case RPC_FRAMEWORK_ERROR -> "RpcFrameworkError";
        };
    }

    /**
     * The code of an OCPP 2.0.1 part 4 §4.3 spelling; only the spec's spellings are known, since a
     * code accepted here is sent to 2.0.1 stations as it is (1.6's {@code FormationViolation} and
     * {@code OccurenceConstraintViolation} are not 2.0.1).
     */
    @Override
    public Optional<RpcErrorCode> parseErrorCode(String wireCode) {
        return Optional.ofNullable(switch (requireNonNull(wireCode, "wireCode")) {
            case "NotImplemented" -> RpcErrorCode.NOT_IMPLEMENTED;
            case "NotSupported" -> RpcErrorCode.NOT_SUPPORTED;
            case "InternalError" -> RpcErrorCode.INTERNAL_ERROR;
            case "ProtocolError" -> RpcErrorCode.PROTOCOL_ERROR;
            case "SecurityError" -> RpcErrorCode.SECURITY_ERROR;
            case "FormatViolation" -> RpcErrorCode.FORMAT_VIOLATION;
            case "PropertyConstraintViolation" -> RpcErrorCode.PROPERTY_CONSTRAINT_VIOLATION;
            case "OccurrenceConstraintViolation" -> RpcErrorCode.OCCURRENCE_CONSTRAINT_VIOLATION;
            case "TypeConstraintViolation" -> RpcErrorCode.TYPE_CONSTRAINT_VIOLATION;
            case "GenericError" -> RpcErrorCode.GENERIC_ERROR;
            case "MessageTypeNotSupported" -> RpcErrorCode.MESSAGE_TYPE_NOT_SUPPORTED;
            case "RpcFrameworkError" -> RpcErrorCode.RPC_FRAMEWORK_ERROR;
            default -> null;
        });
    }

    /** Decodes a CALL payload; an action 2.0.1 does not define yields {@code NotImplemented}. */
    @Override
    public Decoded decodeRequest(String action, JsonNode payload) {
        return CATALOGUE.decodeRequest(action, payload);
    }

    /** Decodes a CALLRESULT payload; an action 2.0.1 does not define yields {@code NotImplemented}. */
    @Override
    public Decoded decodeResponse(String action, JsonNode payload) {
        return CATALOGUE.decodeResponse(action, payload);
    }

    /**
     * Encodes an {@link Ocpp201Message}.
     *
     * @throws IllegalArgumentException if {@code message} is not one
     */
    @Override
    public JsonNode encode(OcppMessage message) {
        requireNonNull(message, "message");
        if (!(message instanceof Ocpp201Message ocpp201)) {
            throw new IllegalArgumentException("message: " + message.getClass().getName()
                    + " (expected: an OCPP 2.0.1 message)");
        }
        Ocpp201Action action = requireNonNull(CATALOGUE.action(ocpp201.action()), "action");
        return switch (ocpp201) {
            case Ocpp201Request request -> action.spec().request().writeObject(request);
            case Ocpp201Response response -> action.spec().response().writeObject(response);
        };
    }

    /**
     * LOCAL for the notifications and reports (BootNotification, Heartbeat, StatusNotification,
     * MeterValues, TransactionEvent, NotifyEvent, NotifyReport, NotifyMonitoringReport,
     * FirmwareStatusNotification, LogStatusNotification, PublishFirmwareStatusNotification,
     * SecurityEventNotification, NotifyChargingLimit, ClearedChargingLimit, ReportChargingProfiles,
     * NotifyEVChargingSchedule, NotifyDisplayMessages, NotifyCustomerInformation,
     * ReservationStatusUpdate); BACKEND for Authorize, DataTransfer, NotifyEVChargingNeeds,
     * Get15118EVCertificate, GetCertificateStatus and SignCertificate.
     *
     * @throws IllegalArgumentException if stations do not call {@code action} in 2.0.1
     */
    @Override
    public ResponsePolicy defaultPolicy(String action) {
        return CATALOGUE.defaultPolicy(action);
    }

    /**
     * A valid response built from the typed records, so it always matches the schema:
     *
     * <ul>
     *   <li>BootNotification: {@code Accepted}, the current time, the context's interval;
     *   <li>Heartbeat: the current time;
     *   <li>TransactionEvent: {@code {}}, or an {@code Accepted} idTokenInfo if the request has an
     *       idToken (the response must then carry one);
     *   <li>NotifyEVChargingSchedule: {@code Accepted};
     *   <li>the other notifications and reports: {@code {}};
     *   <li>the calls that wait for the backend by default, for deployments that answer them
     *       locally (or fall back to it): Authorize {@code Accepted}, as 1.6 does; DataTransfer
     *       {@code UnknownVendorId}; NotifyEVChargingNeeds {@code Rejected} (no schedule will
     *       follow); Get15118EVCertificate {@code Failed} with an empty exiResponse,
     *       GetCertificateStatus {@code Failed} and SignCertificate {@code Rejected}, since the
     *       gateway holds no certificates.
     * </ul>
     *
     * @throws IllegalArgumentException if stations do not call {@code action} in 2.0.1
     */
    @Override
    public JsonNode defaultLocalResponse(String action, JsonNode request, LocalResponseContext context) {
        requireNonNull(request, "request");
        requireNonNull(context, "context");
        Ocpp201Action known = CATALOGUE.stationAction(action);
        Ocpp201Response response = switch (known) {
            case BOOT_NOTIFICATION -> new BootNotificationResponse(DateTime.ofMillis(context.now()),
                    context.heartbeatIntervalSeconds(), RegistrationStatusEnumType.ACCEPTED, null);
            case HEARTBEAT -> new HeartbeatResponse(DateTime.ofMillis(context.now()));
            case STATUS_NOTIFICATION -> new StatusNotificationResponse();
            case METER_VALUES -> new MeterValuesResponse();
            // OCPP 2.0.1 TransactionEventResponse: idTokenInfo is required when the request has an
            // idToken. It is accepted like everything answered locally; the backend judges it from the uplink.
            case TRANSACTION_EVENT -> new TransactionEventResponse(null, null,
                    request.path("idToken").isObject() ? accepted() : null, null);
            case NOTIFY_EVENT -> new NotifyEventResponse();
            case NOTIFY_REPORT -> new NotifyReportResponse();
            case NOTIFY_MONITORING_REPORT -> new NotifyMonitoringReportResponse();
            case FIRMWARE_STATUS_NOTIFICATION -> new FirmwareStatusNotificationResponse();
            case LOG_STATUS_NOTIFICATION -> new LogStatusNotificationResponse();
            case PUBLISH_FIRMWARE_STATUS_NOTIFICATION -> new PublishFirmwareStatusNotificationResponse();
            case SECURITY_EVENT_NOTIFICATION -> new SecurityEventNotificationResponse();
            case NOTIFY_CHARGING_LIMIT -> new NotifyChargingLimitResponse();
            case CLEARED_CHARGING_LIMIT -> new ClearedChargingLimitResponse();
            case REPORT_CHARGING_PROFILES -> new ReportChargingProfilesResponse();
            case NOTIFY_EV_CHARGING_SCHEDULE ->
                    new NotifyEVChargingScheduleResponse(GenericStatusEnumType.ACCEPTED, null);
            case NOTIFY_DISPLAY_MESSAGES -> new NotifyDisplayMessagesResponse();
            case NOTIFY_CUSTOMER_INFORMATION -> new NotifyCustomerInformationResponse();
            case RESERVATION_STATUS_UPDATE -> new ReservationStatusUpdateResponse();
            case AUTHORIZE -> new AuthorizeResponse(accepted(), null);
            // OCPP 2.0.1 part 2 P: a recipient with no implementation for the vendorId answers UnknownVendorId.
            case DATA_TRANSFER -> new DataTransferResponse(DataTransferStatusEnumType.UNKNOWN_VENDOR_ID, null, null);
            case NOTIFY_EV_CHARGING_NEEDS -> new NotifyEVChargingNeedsResponse(
                    NotifyEVChargingNeedsStatusEnumType.REJECTED, null);
            case GET_15118_EV_CERTIFICATE -> new Get15118EVCertificateResponse(
                    Iso15118EVCertificateStatusEnumType.FAILED, null, "");
            case GET_CERTIFICATE_STATUS -> new GetCertificateStatusResponse(
                    GetCertificateStatusEnumType.FAILED, null, null);
            case SIGN_CERTIFICATE -> new SignCertificateResponse(GenericStatusEnumType.REJECTED, null);
            case CERTIFICATE_SIGNED, GET_BASE_REPORT, GET_REPORT, GET_VARIABLES, RESET, SET_NETWORK_PROFILE,
                    SET_VARIABLES, CLEAR_CACHE, GET_LOCAL_LIST_VERSION, SEND_LOCAL_LIST, GET_TRANSACTION_STATUS,
                    REQUEST_START_TRANSACTION, REQUEST_STOP_TRANSACTION, TRIGGER_MESSAGE, UNLOCK_CONNECTOR,
                    CHANGE_AVAILABILITY, CANCEL_RESERVATION, RESERVE_NOW, COST_UPDATED, CLEAR_CHARGING_PROFILE,
                    GET_CHARGING_PROFILES, GET_COMPOSITE_SCHEDULE, SET_CHARGING_PROFILE, PUBLISH_FIRMWARE,
                    UNPUBLISH_FIRMWARE, UPDATE_FIRMWARE, DELETE_CERTIFICATE, GET_INSTALLED_CERTIFICATE_IDS,
                    INSTALL_CERTIFICATE, CLEAR_VARIABLE_MONITORING, CUSTOMER_INFORMATION, GET_LOG,
                    GET_MONITORING_REPORT, SET_MONITORING_BASE, SET_MONITORING_LEVEL, SET_VARIABLE_MONITORING,
                    CLEAR_DISPLAY_MESSAGE, GET_DISPLAY_MESSAGES, SET_DISPLAY_MESSAGE ->
                    throw new IllegalStateException("not a station-to-CSMS action: " + action);
        };
        return encode(response);
    }

    @Override
    public String toString() {
        return "Ocpp201Protocol[" + subprotocol() + "]";
    }

    private static IdTokenInfo accepted() {
        return new IdTokenInfo(AuthorizationStatusEnumType.ACCEPTED, null, null, null, null, null, null, null);
    }

    private static Decoded.Invalid unknown(String action) {
        // OCPP 2.0.1 part 4 §4.3 NotImplemented: "Requested Action is not known by receiver".
        return new Decoded.Invalid(RpcErrorCode.NOT_IMPLEMENTED,
                "action: '" + action + "' is not an OCPP 2.0.1 action");
    }
}
