package org.ocppconnector.gateway.ocpp16;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
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
import org.ocppconnector.gateway.ocpp16.message.AuthorizationStatus;
import org.ocppconnector.gateway.ocpp16.message.AuthorizeConfirmation;
import org.ocppconnector.gateway.ocpp16.message.BootNotificationConfirmation;
import org.ocppconnector.gateway.ocpp16.message.DataTransferConfirmation;
import org.ocppconnector.gateway.ocpp16.message.DataTransferStatus;
import org.ocppconnector.gateway.ocpp16.message.DiagnosticsStatusNotificationConfirmation;
import org.ocppconnector.gateway.ocpp16.message.FirmwareStatusNotificationConfirmation;
import org.ocppconnector.gateway.ocpp16.message.GenericStatusEnumType;
import org.ocppconnector.gateway.ocpp16.message.HeartbeatConfirmation;
import org.ocppconnector.gateway.ocpp16.message.IdTagInfo;
import org.ocppconnector.gateway.ocpp16.message.LogStatusNotificationConfirmation;
import org.ocppconnector.gateway.ocpp16.message.MeterValuesConfirmation;
import org.ocppconnector.gateway.ocpp16.message.Ocpp16Confirmation;
import org.ocppconnector.gateway.ocpp16.message.Ocpp16Message;
import org.ocppconnector.gateway.ocpp16.message.Ocpp16Request;
import org.ocppconnector.gateway.ocpp16.message.RegistrationStatus;
import org.ocppconnector.gateway.ocpp16.message.SecurityEventNotificationConfirmation;
import org.ocppconnector.gateway.ocpp16.message.SignCertificateConfirmation;
import org.ocppconnector.gateway.ocpp16.message.SignedFirmwareStatusNotificationConfirmation;
import org.ocppconnector.gateway.ocpp16.message.StartTransactionConfirmation;
import org.ocppconnector.gateway.ocpp16.message.StatusNotificationConfirmation;
import org.ocppconnector.gateway.ocpp16.message.StopTransactionConfirmation;

/**
 * OCPP 1.6J: subprotocol {@code ocpp1.6}, all 28 actions of the six feature profiles plus the 11 of
 * the security extension, with payloads validated as strictly as the official JSON schemas.
 *
 * <p>Decoding never throws on bad input: it returns {@link Decoded.Invalid} with the OCPP-J 1.6
 * §4.2.3 error code and the JSON path of the first violation, e.g. {@code
 * "csChargingProfiles.chargingSchedule.chargingRateUnit: 'X' is not one of [A, W]"}. Decoded
 * payloads are {@link Ocpp16Message} records, which encode back to the same JSON (only an integer
 * written with a zero fraction, such as 5.0, comes back in its canonical form 5).
 *
 * <p>Immutable and thread-safe; use {@link #INSTANCE}. Registered for {@link java.util.ServiceLoader}.
 */
public final class Ocpp16Protocol implements OcppProtocol {

    /** The shared instance. */
    public static final Ocpp16Protocol INSTANCE = new Ocpp16Protocol();

    private static final ActionCatalogue<Ocpp16Action> CATALOGUE =
            new ActionCatalogue<>(Ocpp16Action.values(), Ocpp16Action::spec, Ocpp16Protocol::unknown, "1.6");

    /** For {@link java.util.ServiceLoader}; prefer {@link #INSTANCE}. */
    public Ocpp16Protocol() {}

    /** {@code ocpp1.6} (OCPP-J 1.6 §3.1.2). */
    @Override
    public String subprotocol() {
        return "ocpp1.6";
    }

    @Override
    public String version() {
        return "1.6";
    }

    @Override
    public Set<String> actions(Direction direction) {
        return CATALOGUE.actions(direction);
    }

    /** 36 (OCPP-J 1.6 §4.1.4). */
    @Override
    public int maxMessageIdLength() {
        return 36;
    }

    /**
     * The OCPP-J 1.6 §4.2.3 spelling, including the spec's own {@code FormationViolation} and
     * {@code OccurenceConstraintViolation} (one r), which 1.6 peers expect verbatim.
     */
    @Override
    public String errorCode(RpcErrorCode code) {
        return switch (requireNonNull(code, "code")) {
            case NOT_IMPLEMENTED -> "NotImplemented";
            case NOT_SUPPORTED -> "NotSupported";
            case INTERNAL_ERROR -> "InternalError";
            case PROTOCOL_ERROR -> "ProtocolError";
            case SECURITY_ERROR -> "SecurityError";
            case FORMAT_VIOLATION -> "FormationViolation";
            case PROPERTY_CONSTRAINT_VIOLATION -> "PropertyConstraintViolation";
            case OCCURRENCE_CONSTRAINT_VIOLATION -> "OccurenceConstraintViolation";
            case TYPE_CONSTRAINT_VIOLATION -> "TypeConstraintViolation";
            case GENERIC_ERROR -> "GenericError";
            // 1.6 has neither code (2.0.1 added them). A frame with an unknown message type or an
            // unreadable message id is a message "syntactically incorrect or not conform the PDU
            // structure", which is exactly what 1.6 calls FormationViolation.
            case MESSAGE_TYPE_NOT_SUPPORTED, RPC_FRAMEWORK_ERROR -> "FormationViolation";
        };
    }

    /**
     * The code of an OCPP-J 1.6 §4.2.3 spelling; only the spec's spellings are known, since a code
     * accepted here is sent to 1.6 stations as it is (2.0.1's {@code FormatViolation} is not 1.6).
     */
    @Override
    public Optional<RpcErrorCode> parseErrorCode(String wireCode) {
        return Optional.ofNullable(switch (requireNonNull(wireCode, "wireCode")) {
            case "NotImplemented" -> RpcErrorCode.NOT_IMPLEMENTED;
            case "NotSupported" -> RpcErrorCode.NOT_SUPPORTED;
            case "InternalError" -> RpcErrorCode.INTERNAL_ERROR;
            case "ProtocolError" -> RpcErrorCode.PROTOCOL_ERROR;
            case "SecurityError" -> RpcErrorCode.SECURITY_ERROR;
            case "FormationViolation" -> RpcErrorCode.FORMAT_VIOLATION;
            case "PropertyConstraintViolation" -> RpcErrorCode.PROPERTY_CONSTRAINT_VIOLATION;
            case "OccurenceConstraintViolation" -> RpcErrorCode.OCCURRENCE_CONSTRAINT_VIOLATION;
            case "TypeConstraintViolation" -> RpcErrorCode.TYPE_CONSTRAINT_VIOLATION;
            case "GenericError" -> RpcErrorCode.GENERIC_ERROR;
            default -> null;
        });
    }

    /** Decodes a CALL payload; an action 1.6 does not define yields {@code NotImplemented}. */
    @Override
    public Decoded decodeRequest(String action, JsonNode payload) {
        return CATALOGUE.decodeRequest(action, payload);
    }

    /** Decodes a CALLRESULT payload; an action 1.6 does not define yields {@code NotImplemented}. */
    @Override
    public Decoded decodeResponse(String action, JsonNode payload) {
        return CATALOGUE.decodeResponse(action, payload);
    }

    /**
     * Encodes an {@link Ocpp16Message}.
     *
     * @throws IllegalArgumentException if {@code message} is not one
     */
    @Override
    public JsonNode encode(OcppMessage message) {
        requireNonNull(message, "message");
        if (!(message instanceof Ocpp16Message ocpp16)) {
            throw new IllegalArgumentException("message: " + message.getClass().getName()
                    + " (expected: an OCPP 1.6 message)");
        }
        Ocpp16Action action = requireNonNull(CATALOGUE.action(ocpp16.action()), "action");
        return switch (ocpp16) {
            case Ocpp16Request request -> action.spec().request().writeObject(request);
            case Ocpp16Confirmation confirmation -> action.spec().response().writeObject(confirmation);
        };
    }

    /**
     * LOCAL for the notifications (BootNotification, Heartbeat, StatusNotification, MeterValues,
     * StopTransaction, DiagnosticsStatusNotification, FirmwareStatusNotification,
     * LogStatusNotification, SecurityEventNotification, SignedFirmwareStatusNotification), BACKEND
     * for Authorize, StartTransaction, DataTransfer and SignCertificate.
     *
     * @throws IllegalArgumentException if stations do not call {@code action} in 1.6
     */
    @Override
    public ResponsePolicy defaultPolicy(String action) {
        return CATALOGUE.defaultPolicy(action);
    }

    /**
     * A valid confirmation built from the typed records, so it always matches the schema:
     *
     * <ul>
     *   <li>BootNotification: {@code Accepted}, the current time, the context's interval;
     *   <li>Heartbeat: the current time;
     *   <li>StopTransaction: {@code {}}, or an {@code Accepted} idTagInfo if the request names an idTag;
     *   <li>the other notifications: {@code {}};
     *   <li>Authorize: {@code Accepted}; StartTransaction: {@code Accepted} with a transaction id
     *       from the clock; DataTransfer: {@code UnknownVendorId}; SignCertificate: {@code Rejected}.
     *       These four wait for the backend by default; the local answers are for deployments that
     *       choose to answer them locally (or fall back to it).
     * </ul>
     *
     * @throws IllegalArgumentException if stations do not call {@code action} in 1.6
     */
    @Override
    public JsonNode defaultLocalResponse(String action, JsonNode request, LocalResponseContext context) {
        requireNonNull(request, "request");
        requireNonNull(context, "context");
        Ocpp16Action known = CATALOGUE.stationAction(action);
        Ocpp16Confirmation confirmation = switch (known) {
            case BOOT_NOTIFICATION -> new BootNotificationConfirmation(RegistrationStatus.ACCEPTED,
                    DateTime.ofMillis(context.now()), context.heartbeatIntervalSeconds());
            case HEARTBEAT -> new HeartbeatConfirmation(DateTime.ofMillis(context.now()));
            case STATUS_NOTIFICATION -> new StatusNotificationConfirmation();
            case METER_VALUES -> new MeterValuesConfirmation();
            // The transaction has ended whatever we answer; an idTag the station names is accepted
            // like everything else answered locally, and the backend judges it from the uplink.
            case STOP_TRANSACTION -> new StopTransactionConfirmation(
                    request.path("idTag").isTextual() ? IdTagInfo.of(AuthorizationStatus.ACCEPTED) : null);
            case DIAGNOSTICS_STATUS_NOTIFICATION -> new DiagnosticsStatusNotificationConfirmation();
            case FIRMWARE_STATUS_NOTIFICATION -> new FirmwareStatusNotificationConfirmation();
            case LOG_STATUS_NOTIFICATION -> new LogStatusNotificationConfirmation();
            case SECURITY_EVENT_NOTIFICATION -> new SecurityEventNotificationConfirmation();
            case SIGNED_FIRMWARE_STATUS_NOTIFICATION -> new SignedFirmwareStatusNotificationConfirmation();
            case AUTHORIZE -> new AuthorizeConfirmation(IdTagInfo.of(AuthorizationStatus.ACCEPTED));
            // No transaction store here: seconds since the epoch give a positive id that differs
            // between successive local answers; a backend that owns transactions should answer instead.
            case START_TRANSACTION -> new StartTransactionConfirmation(
                    IdTagInfo.of(AuthorizationStatus.ACCEPTED), transactionId(context.now()));
            // OCPP 1.6 §4.3: a recipient with no implementation for the vendorId answers UnknownVendorId.
            case DATA_TRANSFER -> new DataTransferConfirmation(DataTransferStatus.UNKNOWN_VENDOR_ID, null);
            // The gateway holds no CA: it cannot promise a signed certificate.
            case SIGN_CERTIFICATE -> new SignCertificateConfirmation(GenericStatusEnumType.REJECTED);
            case CHANGE_AVAILABILITY, CHANGE_CONFIGURATION, CLEAR_CACHE, GET_CONFIGURATION,
                    REMOTE_START_TRANSACTION, REMOTE_STOP_TRANSACTION, RESET, UNLOCK_CONNECTOR, GET_DIAGNOSTICS,
                    UPDATE_FIRMWARE, GET_LOCAL_LIST_VERSION, SEND_LOCAL_LIST, CANCEL_RESERVATION, RESERVE_NOW,
                    CLEAR_CHARGING_PROFILE, GET_COMPOSITE_SCHEDULE, SET_CHARGING_PROFILE, TRIGGER_MESSAGE,
                    CERTIFICATE_SIGNED, DELETE_CERTIFICATE, EXTENDED_TRIGGER_MESSAGE, GET_INSTALLED_CERTIFICATE_IDS,
                    GET_LOG, INSTALL_CERTIFICATE, SIGNED_UPDATE_FIRMWARE ->
                    throw new IllegalStateException("not a station-to-CSMS action: " + action);
        };
        return encode(confirmation);
    }

    @Override
    public String toString() {
        return "Ocpp16Protocol[" + subprotocol() + "]";
    }

    private static int transactionId(Instant now) {
        long id = now.getEpochSecond() & Integer.MAX_VALUE;
        return id == 0 ? 1 : (int) id;
    }

    private static Decoded.Invalid unknown(String action) {
        // OCPP-J 1.6 §4.2.3 NotImplemented: "Requested Action is not known by receiver".
        return new Decoded.Invalid(RpcErrorCode.NOT_IMPLEMENTED, "action: '" + action + "' is not an OCPP 1.6 action");
    }
}
