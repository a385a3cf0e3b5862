package org.ocppconnector.gateway.core;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.netty.channel.Channel;
import io.netty.channel.EventLoop;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.ocppconnector.gateway.core.event.CloudEvent;
import org.ocppconnector.gateway.core.rpc.ParsedFrame;
import org.ocppconnector.gateway.core.rpc.RpcErrorCode;
import org.ocppconnector.gateway.core.rpc.RpcFrame;
import org.ocppconnector.gateway.core.rpc.RpcFrameCodec;
import org.ocppconnector.gateway.core.spi.Decoded;
import org.ocppconnector.gateway.core.spi.Direction;
import org.ocppconnector.gateway.core.spi.LocalResponseContext;
import org.ocppconnector.gateway.core.spi.OcppProtocol;
import org.ocppconnector.gateway.core.spi.ResponsePolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The OCPP-J RPC state of one station connection: CALLs from the station on their way to the
 * uplink and back, and commands from the downlink on their way to the station.
 *
 * <p>Every method runs on the channel's event loop, so the state needs no locks; completions of
 * uplink publishes hop back onto the loop before touching it.
 */
final class StationSession {

    private static final Logger logger = LoggerFactory.getLogger(StationSession.class);

    private final SessionInfo info;
    private final Channel channel;
    private final EventLoop loop;
    private final SessionContext ctx;
    private final OcppProtocol protocol;
    private final RpcFrameCodec codec;
    private final Instant connectedAt;
    private final GatewayMetrics.Version meters;

    /** Station CALLs with policy {@code backend}, by message id, until answered. */
    private final Map<String, InboundCall> awaitingReply = new HashMap<>();
    /** Commands waiting for the one in flight: OCPP-J allows one CALL in flight per direction. */
    private final ArrayDeque<Command> queue = new ArrayDeque<>();
    private @Nullable OutboundCall inFlight;
    /** Station CALLs with policy {@code local} whose event is not yet durable (not yet answered). */
    private int unansweredLocalCalls;
    private boolean closed;
    /** Completes once {@link #onClosed} settled everything and published the disconnect event. */
    private final CompletableFuture<Void> closedFuture = new CompletableFuture<>();

    StationSession(SessionInfo info, Channel channel, SessionContext ctx) {
        this.info = info;
        this.channel = channel;
        this.loop = channel.eventLoop();
        this.ctx = ctx;
        this.protocol = info.protocol();
        this.codec = new RpcFrameCodec(ctx.mapper(), protocol.maxMessageIdLength());
        this.connectedAt = ctx.clock().instant();
        this.meters = ctx.metrics().version(protocol);
    }

    GatewayMetrics.Version meters() {
        return meters;
    }

    SessionInfo info() {
        return info;
    }

    ChargingStationId stationId() {
        return info.stationId();
    }

    Channel channel() {
        return channel;
    }

    EventLoop loop() {
        return loop;
    }

    /** Runs a task on this session's event loop, with the station id in the logging MDC. */
    void execute(Runnable task) {
        loop.execute(StationMdc.wrap(stationId(), task));
    }

    /** Schedules a task on this session's event loop, with the station id in the logging MDC. */
    ScheduledFuture<?> schedule(Runnable task, long delay, TimeUnit unit) {
        return loop.schedule(StationMdc.wrap(stationId(), task), delay, unit);
    }

    /**
     * A command is in flight to the station, or a CALL of the station is not answered yet:
     * closing now would cut an exchange short.
     */
    boolean isBusy() {
        return inFlight != null || !awaitingReply.isEmpty() || unansweredLocalCalls > 0;
    }

    /** Completes (on the loop) once the connection closed and its disconnect event was handed to the uplink. */
    CompletionStage<Void> whenClosed() {
        return closedFuture;
    }

    // ---- frames from the station ----

    void onText(String text) {
        switch (codec.parse(text)) {
            case ParsedFrame.Valid valid -> {
                switch (valid.frame()) {
                    case RpcFrame.Call call -> {
                        // Actions outside the catalogue count as "unknown": the tag stays bounded.
                        meters.frameIn(call.action());
                        onCall(call, text);
                    }
                    case RpcFrame.CallResult result -> {
                        meters.frameIn(GatewayMetrics.CALLRESULT);
                        onCallResult(result, text);
                    }
                    case RpcFrame.CallError error -> {
                        meters.frameIn(GatewayMetrics.CALLERROR);
                        onCallError(error);
                    }
                }
            }
            case ParsedFrame.Malformed malformed -> {
                meters.frameIn(GatewayMetrics.UNKNOWN);
                String wireCode = protocol.errorCode(malformed.errorCode());
                logger.info("station {}: rejected frame {}: {} {}", stationId(), malformed.messageId(), wireCode,
                        malformed.description());
                if (malformed.answerable()) {
                    sendError(malformed.messageId(), malformed.errorCode(), malformed.description());
                }
                publishQuietly(ctx.events().callRejected(info, malformed.messageId(), malformed.action(), wireCode,
                        malformed.description(), text));
            }
        }
    }

    private void onCall(RpcFrame.Call call, String text) {
        String action = call.action();
        if (!protocol.actions(Direction.STATION_TO_CSMS).contains(action)) {
            // OCPP-J 1.6 §4.2.3: NotSupported for an action recognized but not supported (here: one
            // the CSMS sends, not receives), NotImplemented for one not known at all.
            boolean known = protocol.actions(Direction.CSMS_TO_STATION).contains(action);
            reject(call, text, known ? RpcErrorCode.NOT_SUPPORTED : RpcErrorCode.NOT_IMPLEMENTED,
                    (known ? "action is not sent by a station in OCPP " : "unknown action in OCPP ")
                            + protocol.version());
            return;
        }
        if (awaitingReply.containsKey(call.messageId())) {
            reject(call, text, RpcErrorCode.PROTOCOL_ERROR, "a CALL with this messageId is still unanswered");
            return;
        }
        if (protocol.decodeRequest(action, call.payload()) instanceof Decoded.Invalid invalid) {
            reject(call, text, invalid.errorCode(), invalid.description());
            return;
        }
        long receivedAt = ctx.metrics().monotonicTime();
        ActionPolicy policy = ctx.policyFor(protocol, action);
        switch (policy.policy()) {
            case LOCAL -> {
                JsonNode response = policy.response() != null
                        ? policy.response()
                        : protocol.defaultLocalResponse(action, call.payload(), new LocalResponseContext(
                                ctx.clock().instant(), ctx.config().heartbeatIntervalSeconds()));
                CloudEvent event = ctx.events().call(info, call.messageId(), action, call.payload(),
                        ResponsePolicy.LOCAL.wireName(), response);
                // Ack after publish: the CALLRESULT goes out only once the event is durable.
                unansweredLocalCalls++;
                onLoop(ctx.uplink().publish(event), error -> {
                    unansweredLocalCalls--;
                    if (error == null) {
                        send(new RpcFrame.CallResult(call.messageId(), response));
                        meters.acked(receivedAt, ctx.metrics().monotonicTime());
                    } else {
                        publishFailed(call, error);
                    }
                });
            }
            case BACKEND -> {
                InboundCall pending = new InboundCall(call.messageId(), action, policy, receivedAt);
                awaitingReply.put(call.messageId(), pending);
                CloudEvent event = ctx.events().call(info, call.messageId(), action, call.payload(),
                        ResponsePolicy.BACKEND.wireName(), null);
                onLoop(ctx.uplink().publish(event), error -> onBackendCallPublished(pending, error));
            }
        }
    }

    private void onBackendCallPublished(InboundCall pending, @Nullable Throwable error) {
        if (awaitingReply.get(pending.messageId) != pending) {
            return;
        }
        if (error != null) {
            awaitingReply.remove(pending.messageId);
            publishFailed(new RpcFrame.Call(pending.messageId, pending.action, ctx.mapper().createObjectNode()), error);
            return;
        }
        pending.published = true;
        if (pending.earlyAnswer != null) {
            // A fast backend answered before our publish completion reached this loop.
            awaitingReply.remove(pending.messageId);
            answer(pending, pending.earlyAnswer);
            return;
        }
        Duration timeout = pending.policy.replyTimeout() != null
                ? pending.policy.replyTimeout() : ctx.config().backendReplyTimeout();
        pending.timer = schedule(() -> onBackendTimeout(pending), timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void onBackendTimeout(InboundCall pending) {
        if (awaitingReply.remove(pending.messageId) != pending) {
            return;
        }
        meters.replyTimeout(pending.action);
        JsonNode fallback = pending.policy.response();
        logger.info("station {}: no backend reply to {} {} in time; sending {}", stationId(), pending.action,
                pending.messageId, fallback != null ? "the configured fallback" : "InternalError");
        if (fallback != null) {
            answer(pending, new RpcFrame.CallResult(pending.messageId, fallback));
        } else {
            sendError(pending.messageId, RpcErrorCode.INTERNAL_ERROR, "no reply from the backend in time");
        }
    }

    private void publishFailed(RpcFrame.Call call, Throwable error) {
        // The station was not acknowledged, so it keeps the message and retries later
        // (OCPP 1.6 §4.4 for transaction messages); nothing acknowledged is lost.
        logger.warn("station {}: uplink publish of {} {} failed, answering InternalError: {}", stationId(),
                call.action(), call.messageId(), rootMessage(error));
        sendError(call.messageId(), RpcErrorCode.INTERNAL_ERROR, "event stream unavailable, retry later");
    }

    private void reject(RpcFrame.Call call, String text, RpcErrorCode code, String description) {
        String wireCode = protocol.errorCode(code);
        logger.info("station {}: rejected {} {}: {} {}", stationId(), call.action(), call.messageId(), wireCode,
                description);
        sendError(call.messageId(), code, description);
        publishQuietly(ctx.events().callRejected(info, call.messageId(), call.action(), wireCode, description, text));
    }

    // ---- replies from the backend ----

    void onReply(CloudEvent event) {
        JsonNode data = event.data();
        String messageId = data.path("messageId").asText("");
        JsonNode connectionId = data.get("connectionId");
        if (connectionId != null && !connectionId.isNull() && !connectionId.asText().equals(info.connectionId())) {
            rejectReply(messageId, "stale connectionId " + connectionId.asText() + "; the station reconnected");
            return;
        }
        InboundCall pending = awaitingReply.get(messageId);
        if (pending == null || pending.answered()) {
            rejectReply(messageId, "no CALL awaiting a reply with this messageId (late, duplicate or unknown)");
            return;
        }
        RpcFrame answer;
        JsonNode error = data.get("error");
        if (error != null && !error.isNull()) {
            String code = error.path("code").asText("");
            if (protocol.parseErrorCode(code).isEmpty()) {
                rejectReply(messageId, "error.code " + code + " is not an OCPP " + protocol.version() + " error code");
                return;
            }
            JsonNode details = error.get("details");
            answer = new RpcFrame.CallError(messageId, code, error.path("description").asText(""),
                    details instanceof ObjectNode object ? object : ctx.mapper().createObjectNode());
        } else {
            JsonNode payload = data.get("payload");
            if (payload == null || !payload.isObject()) {
                rejectReply(messageId, "payload: missing or not an object");
                return;
            }
            if (protocol.decodeResponse(pending.action, payload) instanceof Decoded.Invalid invalid) {
                rejectReply(messageId, "payload is not a valid OCPP " + protocol.version() + " " + pending.action
                        + " response: " + invalid.description());
                return;
            }
            answer = new RpcFrame.CallResult(messageId, payload);
        }
        if (!pending.published) {
            pending.earlyAnswer = answer;
            return;
        }
        awaitingReply.remove(messageId);
        pending.cancelTimer();
        answer(pending, answer);
    }

    /** Sends the answer to a backend CALL; a CALLRESULT ends the ack latency. */
    private void answer(InboundCall pending, RpcFrame answer) {
        send(answer);
        if (answer instanceof RpcFrame.CallResult) {
            meters.acked(pending.receivedAt, ctx.metrics().monotonicTime());
        }
    }

    private void rejectReply(String messageId, String reason) {
        logger.info("station {}: rejected backend reply {}: {}", stationId(), messageId, reason);
        publishQuietly(ctx.events().replyRejected(info, messageId, reason));
    }

    // ---- commands to the station ----

    void enqueue(Command command) {
        if (closed) {
            if (!ctx.router().requeue(command)) {
                finishUndelivered(command);
            }
            return;
        }
        if (!protocol.actions(Direction.CSMS_TO_STATION).contains(command.action())) {
            finishInvalid(command, protocol.errorCode(RpcErrorCode.NOT_SUPPORTED), "action " + command.action()
                    + " is not an OCPP " + protocol.version() + " CSMS-to-station action; station "
                    + stationId() + " speaks OCPP " + protocol.version());
            return;
        }
        if (protocol.decodeRequest(command.action(), command.payload()) instanceof Decoded.Invalid invalid) {
            finishInvalid(command, protocol.errorCode(invalid.errorCode()), "payload is not a valid OCPP "
                    + protocol.version() + " " + command.action() + " request: " + invalid.description());
            return;
        }
        if (inFlight == null && queue.isEmpty()) {
            sendCommand(command);
        } else if (queue.size() >= ctx.config().maxQueuedCommands()) {
            finish(command, CommandOutcome.QUEUE_FULL, null, null);
        } else {
            queue.addLast(command);
        }
    }

    /** Reports a command that could not be parsed; its station is connected here. */
    void rejectMalformedCommand(String commandId, String action, String reason) {
        meters.commandResult(CommandOutcome.INVALID);
        publishQuietly(ctx.events().commandResult(info, commandId, action, CommandOutcome.INVALID, null,
                UplinkEvents.error(protocol.errorCode(RpcErrorCode.FORMAT_VIOLATION), reason, null)));
    }

    private void finishUndelivered(Command command) {
        finish(command, CommandOutcome.EXPIRED, null, UplinkEvents.error(
                protocol.errorCode(RpcErrorCode.GENERIC_ERROR),
                "the station disconnected before the command was sent", null));
    }

    private void finishInvalid(Command command, String code, String description) {
        logger.info("station {}: command {} {} invalid: {}", stationId(), command.commandId(), command.action(),
                description);
        finish(command, CommandOutcome.INVALID, null, UplinkEvents.error(code, description, null));
    }

    private void sendCommand(Command command) {
        if (command.isExpired(ctx.clock().instant())) {
            finish(command, CommandOutcome.EXPIRED, null, null);
            sendNextCommand();
            return;
        }
        String messageId = Ids.randomUuid();
        OutboundCall call = new OutboundCall(command, messageId);
        inFlight = call;
        call.timer = schedule(() -> onCommandTimeout(call), command.timeout().toMillis(), TimeUnit.MILLISECONDS);
        send(new RpcFrame.Call(messageId, command.action(), command.payload()));
    }

    private void sendNextCommand() {
        while (inFlight == null && !queue.isEmpty() && !closed) {
            sendCommand(queue.pollFirst());
        }
    }

    private void onCommandTimeout(OutboundCall call) {
        if (inFlight != call) {
            return;
        }
        inFlight = null;
        logger.info("station {}: no answer to command {} {} within {}", stationId(), call.command.commandId(),
                call.command.action(), call.command.timeout());
        finish(call.command, CommandOutcome.TIMEOUT, null, null);
        sendNextCommand();
    }

    private void onCallResult(RpcFrame.CallResult result, String text) {
        OutboundCall call = inFlight;
        if (call == null || !call.messageId.equals(result.messageId())) {
            logger.info("station {}: CALLRESULT {} matches no CALL in flight (late or unknown); dropped", stationId(),
                    result.messageId());
            return;
        }
        inFlight = null;
        call.cancelTimer();
        if (protocol.decodeResponse(call.command.action(), result.payload()) instanceof Decoded.Invalid invalid) {
            String code = protocol.errorCode(invalid.errorCode());
            ObjectNode details = ctx.mapper().createObjectNode();
            details.set("response", result.payload());
            logger.info("station {}: invalid {} response to command {}: {}", stationId(), call.command.action(),
                    call.command.commandId(), invalid.description());
            finish(call.command, CommandOutcome.CALL_ERROR, null, UplinkEvents.error(code,
                    "the station's response failed validation: " + invalid.description(), details));
        } else {
            finish(call.command, CommandOutcome.COMPLETED, result.payload(), null);
        }
        sendNextCommand();
    }

    private void onCallError(RpcFrame.CallError error) {
        OutboundCall call = inFlight;
        if (call == null || !call.messageId.equals(error.messageId())) {
            logger.info("station {}: CALLERROR {} matches no CALL in flight; dropped", stationId(), error.messageId());
            return;
        }
        inFlight = null;
        call.cancelTimer();
        finish(call.command, CommandOutcome.CALL_ERROR, null,
                UplinkEvents.error(error.errorCode(), error.errorDescription(), error.errorDetails()));
        sendNextCommand();
    }

    private void finish(Command command, CommandOutcome outcome, @Nullable JsonNode response, @Nullable JsonNode error) {
        meters.commandResult(outcome);
        publishQuietly(ctx.events().commandResult(info, command.commandId(), command.action(), outcome, response,
                error));
    }

    // ---- lifecycle ----

    void publishConnected() {
        publishQuietly(ctx.events().connected(info));
    }

    /** The connection closed: settle everything pending, exactly once. */
    void onClosed(int closeCode, String reason) {
        if (closed) {
            return;
        }
        closed = true;
        for (InboundCall pending : awaitingReply.values()) {
            pending.cancelTimer();
        }
        awaitingReply.clear();
        OutboundCall call = inFlight;
        inFlight = null;
        if (call != null) {
            call.cancelTimer();
            finish(call.command, CommandOutcome.TIMEOUT, null, UplinkEvents.error(
                    protocol.errorCode(RpcErrorCode.GENERIC_ERROR), "connection closed before the station answered",
                    null));
        }
        // Unsent commands may still reach the station if it reconnects here before they expire;
        // the others end now, so each accepted command still gets exactly one result.
        for (Command command : queue) {
            if (!ctx.router().requeue(command)) {
                finishUndelivered(command);
            }
        }
        queue.clear();
        long seconds = Duration.between(connectedAt, ctx.clock().instant()).toSeconds();
        publishQuietly(ctx.events().disconnected(info, closeCode, reason, seconds));
        closedFuture.complete(null);
    }

    // ---- helpers ----

    private void send(RpcFrame frame) {
        if (!channel.isActive()) {
            return;
        }
        String text = codec.write(frame);
        switch (frame) {
            case RpcFrame.Call call -> meters.frameOut(call.action());
            case RpcFrame.CallResult result -> meters.frameOut(GatewayMetrics.CALLRESULT);
            case RpcFrame.CallError error -> {
                meters.frameOut(GatewayMetrics.CALLERROR);
                meters.callErrorSent(error.errorCode());
            }
        }
        if (logger.isTraceEnabled()) {
            logger.trace("station {}: -> {}", stationId(), text);
        }
        channel.writeAndFlush(new TextWebSocketFrame(text), channel.voidPromise());
    }

    private void sendError(String messageId, RpcErrorCode code, String description) {
        send(new RpcFrame.CallError(messageId, protocol.errorCode(code), description, ctx.mapper().createObjectNode()));
    }

    /**
     * Publishes an event nobody waits for. The publisher retries it until its deadline; if that
     * passes (a long stream outage) the event is lost and this says so in the log.
     */
    private void publishQuietly(CloudEvent event) {
        ctx.uplink().publish(event).whenComplete((ignored, error) -> {
            if (error != null) {
                // On the publisher's thread: the station id goes into the MDC here too.
                StationMdc.Scope mdc = StationMdc.open(stationId());
                try {
                    logger.warn("station {}: uplink publish of {} {} failed: {}", event.subject(), event.type(),
                            event.id(), rootMessage(error));
                } finally {
                    mdc.restore();
                }
            }
        });
    }

    private void onLoop(CompletableFuture<Void> future, java.util.function.Consumer<@Nullable Throwable> action) {
        future.whenComplete((ignored, error) -> {
            Runnable task = StationMdc.wrap(stationId(), () -> action.accept(error));
            if (loop.inEventLoop()) {
                task.run();
            } else {
                loop.execute(task);
            }
        });
    }

    private static String rootMessage(Throwable error) {
        Throwable cause = error;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause.getClass().getSimpleName() + ": " + cause.getMessage();
    }

    /** A station CALL waiting for a backend reply. */
    private static final class InboundCall {
        final String messageId;
        final String action;
        final ActionPolicy policy;
        /** When the CALL was received, in {@link GatewayMetrics#monotonicTime()} nanoseconds. */
        final long receivedAt;
        boolean published;
        @Nullable RpcFrame earlyAnswer;
        @Nullable ScheduledFuture<?> timer;

        InboundCall(String messageId, String action, ActionPolicy policy, long receivedAt) {
            this.messageId = messageId;
            this.action = action;
            this.policy = policy;
            this.receivedAt = receivedAt;
        }

        boolean answered() {
            return earlyAnswer != null;
        }

        void cancelTimer() {
            if (timer != null) {
                timer.cancel(false);
            }
        }
    }

    /** A command sent to the station, waiting for its CALLRESULT or CALLERROR. */
    private static final class OutboundCall {
        final Command command;
        final String messageId;
        @Nullable ScheduledFuture<?> timer;

        OutboundCall(Command command, String messageId) {
            this.command = command;
            this.messageId = messageId;
        }

        void cancelTimer() {
            if (timer != null) {
                timer.cancel(false);
            }
        }
    }
}
