package org.ocppconnector.gateway.testkit;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A real third-party OCPP-J charging station for end-to-end tests: the npm package
 * <a href="https://github.com/mikuso/ocpp-rpc">ocpp-rpc</a> 2.2.1 ({@code RPCClient}), run by
 * {@code test-fixtures/station.js} in a Node child process and driven over its stdin/stdout.
 *
 * <p>In strict mode (the default) ocpp-rpc validates, against the official OCPP 1.6 / 2.0.1 JSON
 * schemas, every call it sends, every result it receives, every call it receives and every result
 * it answers with. So a gateway that relays an invalid {@code CALLRESULT} makes {@link #call} fail
 * with {@link CallErrorException.Origin#VALIDATION}, and an invalid CSMS-initiated {@code CALL} is
 * answered with a {@code CALLERROR} by ocpp-rpc itself (reported as a {@code strictValidationFailure}
 * event, see {@link #awaitStrictValidationFailure}).
 *
 * <p>Incoming calls are answered with a schema-valid default per action (mostly
 * {@code {"status":"Accepted"}}; {@code GetConfiguration} reports the requested keys as unknown,
 * {@code GetVariables} answers {@code UnknownVariable} per requested variable, {@code SetVariables}
 * {@code Accepted} per variable, and so on) unless {@link #handle} overrides them. Every incoming call
 * is recorded for {@link #awaitCall}. Events nobody has awaited yet are kept, at most 10,000, oldest
 * dropped first.
 *
 * <p>Defaults: strict mode on, no password, no reconnect, call timeout 10 s (ocpp-rpc's own, the
 * Java side waits 5 s longer), connect timeout 10 s, one outstanding call at a time (OCPP-J), ping
 * every 30 s. The station's stderr and a transcript of the JSON lines exchanged with it ({@code >}
 * commands, {@code <} events) go to {@code target/ocpp-rpc-station/<stationId>-<n>.log}.
 *
 * <p>Thread-safe. {@link #close()} ends the process; the process also ends when the JVM does,
 * because its stdin closes.
 */
public final class OcppRpcStation implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Pattern UNSAFE_FILE_CHARS = Pattern.compile("[^A-Za-z0-9._-]");
    private static final AtomicInteger INSTANCES = new AtomicInteger();
    private static final int MAX_UNCLAIMED_EVENTS = 10_000;
    // ocpp-rpc times calls out itself; the Java side waits this much longer so its answer arrives first.
    private static final Duration CALL_MARGIN = Duration.ofSeconds(5);
    private static final Duration ACK_TIMEOUT = Duration.ofSeconds(5);
    private static final Duration EXIT_GRACE = Duration.ofSeconds(2);
    private static final Duration DESTROY_GRACE = Duration.ofSeconds(3);

    private final Options options;
    private final Process process;
    private final Path logFile;
    private final Writer stdin;
    private final Writer transcript;
    private final AtomicLong ids = new AtomicLong();
    private final Map<Long, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
    private final CompletableFuture<String> opened = new CompletableFuture<>();
    // Guarded by `this`: events not yet claimed by an await, the latest close, whether stdout ended.
    private final ArrayDeque<JsonNode> events = new ArrayDeque<>();
    private long droppedEvents;
    private @Nullable CloseStatus closeStatus;
    private boolean stdoutEnded;
    private volatile @Nullable String protocol;

    private OcppRpcStation(Options options, Process process, Path logFile, Writer transcript) {
        this.options = options;
        this.process = process;
        this.logFile = logFile;
        this.transcript = transcript;
        this.stdin = new BufferedWriter(new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8));
        Thread reader = new Thread(this::readEvents, "ocpp-rpc-station-" + options.stationId());
        reader.setDaemon(true);
        reader.start();
    }

    /**
     * Connects a strict-mode station offering {@code protocols} (in order of preference, e.g.
     * {@code List.of("ocpp2.0.1", "ocpp1.6")}) to {@code endpoint} ({@code ws://127.0.0.1:<port>/ocpp};
     * ocpp-rpc appends {@code /<stationId>}), and waits at most 10 s for the connection.
     *
     * @throws ConnectionFailedException if the upgrade is refused, no subprotocol is agreed, or nothing happens in time
     */
    public static OcppRpcStation connect(URI endpoint, String stationId, List<String> protocols) {
        return builder(endpoint, stationId).protocols(protocols).connect();
    }

    /** A builder for a station with non-default options; the endpoint is as in {@link #connect(URI, String, List)}. */
    public static Builder builder(URI endpoint, String stationId) {
        return new Builder(endpoint, stationId);
    }

    private static OcppRpcStation start(Options options) {
        Path script = Fixtures.dir().resolve("station.js");
        Fixtures.nodeModule("ocpp-rpc");
        List<String> command = new ArrayList<>(List.of(
                Fixtures.node(), script.toString(),
                "--endpoint", options.endpoint().toString(),
                "--identity", options.stationId(),
                "--protocols", String.join(",", options.protocols()),
                "--strict", Boolean.toString(options.strictMode()),
                "--reconnect", Boolean.toString(options.reconnect()),
                "--call-timeout-ms", Long.toString(options.callTimeout().toMillis()),
                "--call-concurrency", Integer.toString(options.callConcurrency()),
                "--ping-interval-ms", Long.toString(options.pingInterval().toMillis())));
        if (options.tlsCa() != null) {
            command.addAll(List.of("--tls-ca", options.tlsCa().toString()));
        }
        if (options.tlsCert() != null) {
            command.addAll(List.of("--tls-cert", options.tlsCert().toString(), "--tls-key", options.tlsKey().toString()));
        }
        ProcessBuilder builder = new ProcessBuilder(command).directory(Fixtures.dir().toFile());
        if (options.password() != null) {
            // Through the environment rather than argv, where every `ps` would show it.
            builder.environment().put("STATION_PASSWORD", options.password());
        }
        Path log = options.logDir().resolve(UNSAFE_FILE_CHARS.matcher(options.stationId()).replaceAll("_")
                + "-" + INSTANCES.incrementAndGet() + ".log");
        Writer transcript = Writer.nullWriter();
        try {
            Files.createDirectories(log.getParent());
            Files.writeString(log, "# " + options + System.lineSeparator(), StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING);
            // Both append: the child's stderr and our transcript interleave line by line in one file.
            builder.redirectError(ProcessBuilder.Redirect.appendTo(log.toFile()));
            transcript = Files.newBufferedWriter(log, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
            return new OcppRpcStation(options, builder.start(), log, transcript);
        } catch (IOException e) {
            try {
                transcript.close();
            } catch (IOException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw new UncheckedIOException("cannot start " + script + " with " + Fixtures.node(), e);
        }
    }

    // ------------------------------------------------------------------ accessors

    /** The options this station was started with. */
    public Options options() {
        return options;
    }

    /** The station id (the last path segment of the WebSocket URL and the Basic-auth user name). */
    public String stationId() {
        return options.stationId();
    }

    /** The negotiated subprotocol, e.g. {@code ocpp1.6}. */
    public String protocol() {
        String p = protocol;
        if (p == null) {
            throw new IllegalStateException(stationId() + " has not connected yet");
        }
        return p;
    }

    /** The file with the station's stderr and the transcript of commands and events. */
    public Path logFile() {
        return logFile;
    }

    /** The Node process's pid. */
    public long pid() {
        return process.pid();
    }

    /** Whether the WebSocket is open: the last connection event was an open, not a close. */
    public synchronized boolean isOpen() {
        return protocol != null && closeStatus == null && !stdoutEnded;
    }

    // ------------------------------------------------------------------ calls to the gateway

    /**
     * Sends a CALL and returns the CALLRESULT payload.
     *
     * @throws CallErrorException if the gateway answers with a CALLERROR, strict validation rejects the
     *     call or its result, the call times out, or the connection is not open
     */
    public JsonNode call(String action, JsonNode payload) {
        return await(callAsync(action, payload), "call " + action);
    }

    /** {@link #call(String, JsonNode)} with the payload as JSON text. */
    public JsonNode call(String action, String payloadJson) {
        return call(action, parse(payloadJson));
    }

    /** {@link #call(String, JsonNode)} with a timeout for this call instead of the default. */
    public JsonNode call(String action, JsonNode payload, Duration timeout) {
        return await(callAsync(action, payload, timeout), "call " + action);
    }

    /**
     * Sends a CALL; the future completes with the CALLRESULT payload or exceptionally with a
     * {@link CallErrorException} (or an {@link IllegalStateException} if the station process ended).
     * It always completes: at the latest 5 s after the call timeout.
     */
    public CompletableFuture<JsonNode> callAsync(String action, JsonNode payload) {
        return callAsync(action, payload, options.callTimeout());
    }

    /** {@link #callAsync(String, JsonNode)} with a timeout for this call instead of the default. */
    public CompletableFuture<JsonNode> callAsync(String action, JsonNode payload, Duration timeout) {
        requireNonNull(action, "action");
        requireNonNull(payload, "payload");
        requirePositive(timeout, "timeout");
        ObjectNode command = NODES.objectNode().put("op", "call").put("action", action);
        command.set("payload", payload);
        command.put("timeoutMs", timeout.toMillis());
        return send(command, timeout.plus(CALL_MARGIN)).thenApply(event -> event.path("payload"));
    }

    // ------------------------------------------------------------------ raw frames

    /**
     * Sends {@code frame} as one WebSocket text message, bypassing RPC and strict mode. What the gateway
     * sends back (a CALLERROR for garbage, a CALLRESULT for a hand-made CALL) arrives via
     * {@link #awaitRawMessage}; ocpp-rpc additionally reports it as a {@code badMessage} event, since
     * it matches none of its own calls.
     */
    public void sendRaw(String frame) {
        requireNonNull(frame, "frame");
        await(send(NODES.objectNode().put("op", "raw").put("frame", frame), ACK_TIMEOUT), "raw send");
    }

    /**
     * The next incoming WebSocket message that is neither a well-formed CALL (those are
     * {@link #awaitCall calls}) nor the answer to a pending {@link #call} of this station, in arrival
     * order; e.g. {@code [4,"-1","RpcFrameworkError","...",{}]}. Messages are recorded whether or not a
     * raw frame was sent.
     */
    public String awaitRawMessage(Duration timeout) {
        return awaitEvent("rawMessage", timeout).path("frame").asText();
    }

    // ------------------------------------------------------------------ calls from the gateway

    /** Answers every later incoming call of {@code action} with {@code response} (not validated here; strict mode does). */
    public void handle(String action, JsonNode response) {
        requireNonNull(response, "response");
        ObjectNode command = handleCommand(action);
        command.set("response", response);
        ack(command);
    }

    /** {@link #handle(String, JsonNode)} with the response as JSON text. */
    public void handle(String action, String responseJson) {
        handle(action, parse(responseJson));
    }

    /**
     * Answers every later incoming call of {@code action} with a CALLERROR. ocpp-rpc turns a code it
     * does not know into {@code GenericError}, and on {@code ocpp1.6} sends {@code FormatViolation} as
     * {@code FormationViolation}; for an exact frame use {@link #handleNoReply} and {@link #sendRaw}.
     */
    public void handleError(String action, String code, String description) {
        requireNonNull(code, "code");
        requireNonNull(description, "description");
        ObjectNode command = handleCommand(action);
        command.putObject("error").put("code", code).put("description", description);
        ack(command);
    }

    /** Leaves every later incoming call of {@code action} unanswered (for the gateway's call timeouts). */
    public void handleNoReply(String action) {
        ack(handleCommand(action).put("noReply", true));
    }

    /** Goes back to the default answer for {@code action}. */
    public void handleDefault(String action) {
        ack(handleCommand(action));
    }

    /** The next incoming call of {@code action} (also one that strict mode rejected), in arrival order. */
    public IncomingCall awaitCall(String action, Duration timeout) {
        requireNonNull(action, "action");
        JsonNode event = awaitEvent(e -> "call".equals(e.path("event").asText()) && action.equals(e.path("action").asText()),
                timeout, "a " + action + " call");
        return new IncomingCall(event.path("messageId").asText(), action, event.path("payload"));
    }

    /**
     * The next {@code strictValidationFailure}: ocpp-rpc found a call or result invalid for the
     * negotiated protocol (an incoming call, a gateway result, or one of this station's own calls).
     */
    public StrictValidationFailure awaitStrictValidationFailure(Duration timeout) {
        JsonNode e = awaitEvent("strictValidationFailure", timeout);
        return new StrictValidationFailure(e.path("messageId").asText(), e.path("action").asText(),
                e.path("outbound").asBoolean(), e.path("isCall").asBoolean(), e.path("code").asText(),
                e.path("description").asText(), e.path("isCall").asBoolean() ? e.path("params") : e.path("result"));
    }

    /**
     * The next unclaimed event with this {@code "event"} name (see station.js for all of them, e.g.
     * {@code callReply}, {@code badMessage}, {@code disconnect}), removed from the backlog.
     */
    public JsonNode awaitEvent(String event, Duration timeout) {
        requireNonNull(event, "event");
        return awaitEvent(e -> event.equals(e.path("event").asText()), timeout, "a " + event + " event");
    }

    /** The next unclaimed event matching {@code filter}, removed from the backlog. */
    public JsonNode awaitEvent(Predicate<JsonNode> filter, Duration timeout, String description) {
        requireNonNull(filter, "filter");
        requirePositive(timeout, "timeout");
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (this) {
            while (true) {
                for (Iterator<JsonNode> it = events.iterator(); it.hasNext(); ) {
                    JsonNode e = it.next();
                    if (filter.test(e)) {
                        it.remove();
                        return e;
                    }
                }
                long left = deadline - System.nanoTime();
                if (stdoutEnded || left <= 0) {
                    throw new AssertionError("no " + description + " from station " + stationId() + " within "
                            + timeout + (stdoutEnded ? " (the station process ended)" : "")
                            + "; unclaimed events: " + events + "; log: " + logFile);
                }
                waitNanos(left);
            }
        }
    }

    /** A snapshot of the events nobody has awaited yet, oldest first. */
    public synchronized List<JsonNode> unclaimedEvents() {
        return List.copyOf(events);
    }

    // ------------------------------------------------------------------ connection

    /** Waits for the WebSocket to close (by either side) and returns its close code and reason. */
    public CloseStatus awaitClose(Duration timeout) {
        requirePositive(timeout, "timeout");
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (this) {
            while (closeStatus == null) {
                long left = deadline - System.nanoTime();
                if (stdoutEnded || left <= 0) {
                    throw new AssertionError("station " + stationId() + " not closed within " + timeout
                            + (stdoutEnded ? " (the station process ended)" : "") + "; log: " + logFile);
                }
                waitNanos(left);
            }
            return closeStatus;
        }
    }

    /**
     * Closes the WebSocket with {@code code} (1000-1003, 1007-1014 or 3000-4999; ocpp-rpc sends 1000
     * for anything else) and {@code reason}, and returns the close status the peer answered with.
     * The process keeps running; {@link #reconnect()} connects again.
     */
    public CloseStatus closeConnection(int code, String reason) {
        requireNonNull(reason, "reason");
        JsonNode ack = await(send(NODES.objectNode().put("op", "close").put("code", code).put("reason", reason),
                ACK_TIMEOUT), "close");
        return new CloseStatus(ack.path("code").asInt(), ack.path("reason").asText(""));
    }

    /** {@link #closeConnection(int, String)} with 1000 and an empty reason. */
    public CloseStatus closeConnection() {
        return closeConnection(1000, "");
    }

    /** Connects again after a close (same options) and returns the negotiated subprotocol. */
    public String reconnect() {
        synchronized (this) {
            closeStatus = null;
        }
        JsonNode ack = await(send(NODES.objectNode().put("op", "connect"), options.connectTimeout()), "reconnect");
        return ack.path("protocol").asText();
    }

    /**
     * Kills the Node process at once (SIGKILL): the TCP connection drops without a WebSocket close
     * frame, as when a station loses power. {@link #close()} is still safe to call afterwards.
     */
    public void kill() {
        process.destroyForcibly();
        awaitExit(process, DESTROY_GRACE);
    }

    /**
     * Ends the station: closes its stdin (station.js then closes the WebSocket with 1000 and exits),
     * after 2 s SIGTERM, after 3 s more SIGKILL. Idempotent.
     */
    @Override
    public void close() {
        synchronized (stdin) {
            try {
                stdin.close();
            } catch (IOException e) {
                // Already gone: the process is ending anyway.
            }
        }
        if (!awaitExit(process, EXIT_GRACE)) {
            process.destroy();
            if (!awaitExit(process, DESTROY_GRACE)) {
                process.destroyForcibly();
                awaitExit(process, DESTROY_GRACE);
            }
        }
        synchronized (transcript) {
            try {
                transcript.close();
            } catch (IOException e) {
                // Only the log is affected.
            }
        }
    }

    @Override
    public String toString() {
        return "OcppRpcStation{" + stationId() + ", pid=" + process.pid() + ", protocol=" + protocol
                + ", log=" + logFile + '}';
    }

    // ------------------------------------------------------------------ internals

    private OcppRpcStation awaitOpen() {
        Duration timeout = options.connectTimeout();
        try {
            protocol = opened.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return this;
        } catch (ExecutionException e) {
            close();
            if (e.getCause() instanceof ConnectionFailedException failed) {
                throw failed;
            }
            throw new ConnectionFailedException(stationId() + " did not connect: " + e.getCause(), -1, e.getCause());
        } catch (TimeoutException e) {
            close();
            throw new ConnectionFailedException(stationId() + " did not connect within " + timeout + "; log: "
                    + logFile, -1, null);
        } catch (InterruptedException e) {
            close();
            Thread.currentThread().interrupt();
            throw new ConnectionFailedException("interrupted while " + stationId() + " connected", -1, e);
        }
    }

    private ObjectNode handleCommand(String action) {
        requireNonNull(action, "action");
        return NODES.objectNode().put("op", "handle").put("action", action);
    }

    private void ack(ObjectNode command) {
        await(send(command, ACK_TIMEOUT), command.path("op").asText());
    }

    private CompletableFuture<JsonNode> send(ObjectNode command, Duration timeout) {
        long id = ids.incrementAndGet();
        command.put("id", id);
        CompletableFuture<JsonNode> future = new CompletableFuture<>();
        pending.put(id, future);
        future.whenComplete((r, e) -> pending.remove(id));
        String line;
        try {
            line = JSON.writeValueAsString(command);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot serialise " + command, e);
        }
        synchronized (stdin) {
            try {
                stdin.write(line);
                stdin.write('\n');
                stdin.flush();
            } catch (IOException e) {
                future.completeExceptionally(new IllegalStateException(
                        "station " + stationId() + " is not running; log: " + logFile, e));
                return future;
            }
        }
        record("> " + line);
        synchronized (this) {
            if (stdoutEnded) {
                future.completeExceptionally(new IllegalStateException(
                        "station " + stationId() + " process ended; log: " + logFile));
            }
        }
        return future.orTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    private <T> T await(CompletableFuture<T> future, String what) {
        try {
            return future.get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof CallErrorException c) {
                // A fresh exception, so the stack trace shows the test's line; the original is the cause.
                throw new CallErrorException(c.origin(), c.code(), c.description(), c.details(), c.messageId(), c);
            }
            if (cause instanceof TimeoutException) {
                throw new AssertionError(what + ": no answer from station " + stationId() + "; log: " + logFile, cause);
            }
            throw new IllegalStateException(what + " failed: " + cause.getMessage(), cause);
        } catch (CancellationException e) {
            throw new IllegalStateException(what + " cancelled", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted during " + what, e);
        }
    }

    private void readEvents() {
        try (BufferedReader reader = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = reader.readLine()) != null; ) {
                record("< " + line);
                JsonNode event;
                try {
                    event = JSON.readTree(line);
                } catch (JsonProcessingException e) {
                    event = NODES.objectNode().put("event", "unparsed").put("line", line);
                }
                if (event != null && event.isObject()) {
                    dispatch(event);
                }
            }
        } catch (IOException e) {
            record("# stdout failed: " + e);
        } finally {
            ended();
        }
    }

    private void dispatch(JsonNode event) {
        String name = event.path("event").asText();
        JsonNode id = event.get("id");
        if (id != null && id.canConvertToLong()) {
            CompletableFuture<JsonNode> future = pending.get(id.asLong());
            if (future != null) {
                switch (name) {
                    case "result", "ok" -> future.complete(event);
                    case "callError" -> future.completeExceptionally(CallErrorException.of(event));
                    default -> future.completeExceptionally(new IllegalStateException(
                            event.path("message").asText(event.toString())));
                }
                return;
            }
        }
        synchronized (this) {
            switch (name) {
                case "open" -> {
                    protocol = event.path("protocol").asText();
                    closeStatus = null;
                    opened.complete(protocol);
                }
                case "error" -> opened.completeExceptionally(new ConnectionFailedException(
                        stationId() + " could not connect: " + event.path("message").asText()
                                + (event.has("httpStatus") ? " (HTTP " + event.path("httpStatus").asInt() + ")" : "")
                                + (event.has("code") ? " (" + event.path("code").asText() + ")" : ""),
                        event.path("httpStatus").asInt(-1), null));
                case "close" -> closeStatus = new CloseStatus(event.path("code").asInt(), event.path("reason").asText(""));
                default -> { }
            }
            if (events.size() == MAX_UNCLAIMED_EVENTS) {
                events.removeFirst();
                droppedEvents++;
                if (droppedEvents == 1) {
                    record("# more than " + MAX_UNCLAIMED_EVENTS + " unclaimed events: dropping the oldest");
                }
            }
            events.addLast(event);
            notifyAll();
        }
    }

    private void ended() {
        IllegalStateException gone = new IllegalStateException("station " + stationId() + " process ended; log: " + logFile);
        synchronized (this) {
            stdoutEnded = true;
            opened.completeExceptionally(new ConnectionFailedException(
                    stationId() + ": station process ended before connecting; log: " + logFile, -1, null));
            notifyAll();
        }
        pending.values().forEach(f -> f.completeExceptionally(gone));
    }

    private void record(String line) {
        synchronized (transcript) {
            try {
                transcript.write(line);
                transcript.write(System.lineSeparator());
                transcript.flush();
            } catch (IOException e) {
                // Closed: the station is shutting down, the transcript is best effort.
            }
        }
    }

    private void waitNanos(long nanos) {
        try {
            TimeUnit.NANOSECONDS.timedWait(this, nanos);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted waiting for station " + stationId(), e);
        }
    }

    private static boolean awaitExit(Process p, Duration grace) {
        try {
            return p.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static JsonNode parse(String json) {
        requireNonNull(json, "json");
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not JSON: " + json, e);
        }
    }

    private static void requirePositive(Duration d, String name) {
        requireNonNull(d, name);
        if (d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException(name + ": " + d + " (expected: > 0)");
        }
    }

    // ------------------------------------------------------------------ value types

    /** A CALL the gateway sent to this station. */
    public record IncomingCall(String messageId, String action, JsonNode payload) {}

    /** A WebSocket close code and reason. */
    public record CloseStatus(int code, String reason) {}

    /**
     * ocpp-rpc's strict mode rejected a message: {@code outbound} if this station produced it,
     * {@code isCall} for a CALL (else a CALLRESULT); {@code code} is the RPC error code ocpp-rpc derived
     * from the first schema error (e.g. {@code OccurenceConstraintViolation}), {@code payload} the
     * rejected call params or result.
     */
    public record StrictValidationFailure(String messageId, String action, boolean outbound, boolean isCall,
            String code, String description, JsonNode payload) {}

    /** The station could not open its WebSocket; {@link #httpStatus()} is -1 unless the upgrade got an HTTP error. */
    public static final class ConnectionFailedException extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final int httpStatus;

        ConnectionFailedException(String message, int httpStatus, @Nullable Throwable cause) {
            super(message, cause);
            this.httpStatus = httpStatus;
        }

        /** The HTTP status the upgrade was refused with, or -1. */
        public int httpStatus() {
            return httpStatus;
        }
    }

    /** A {@link #call} failed; {@link #origin()} says whether the gateway, strict mode or a timeout failed it. */
    public static final class CallErrorException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        /** Where a call failure came from. */
        public enum Origin {
            /** The gateway answered with a CALLERROR; {@code code} is its error code verbatim. */
            REMOTE,
            /** Strict mode rejected the gateway's CALLRESULT, or this station's own call before sending it. */
            VALIDATION,
            /** No answer within the call timeout; {@code code} is {@code Timeout}. */
            TIMEOUT,
            /** The call could not be made (connection not open: {@code LocalError}) or was aborted by a disconnect ({@code Aborted}). */
            LOCAL
        }

        private final Origin origin;
        private final String code;
        private final String description;
        private final transient JsonNode details;
        private final @Nullable String messageId;

        CallErrorException(Origin origin, String code, String description, JsonNode details,
                @Nullable String messageId, @Nullable Throwable cause) {
            super(origin + " " + code + ": " + description + (messageId == null ? "" : " (messageId " + messageId + ")"),
                    cause);
            this.origin = origin;
            this.code = code;
            this.description = description;
            this.details = details;
            this.messageId = messageId;
        }

        static CallErrorException of(JsonNode event) {
            Origin origin = switch (event.path("origin").asText()) {
                case "remote" -> Origin.REMOTE;
                case "validation" -> Origin.VALIDATION;
                case "timeout" -> Origin.TIMEOUT;
                default -> Origin.LOCAL;
            };
            JsonNode messageId = event.path("messageId");
            return new CallErrorException(origin, event.path("code").asText(), event.path("description").asText(),
                    event.path("details"), messageId.isTextual() ? messageId.asText() : null, null);
        }

        public Origin origin() {
            return origin;
        }

        /** The error code: the gateway's for {@link Origin#REMOTE}, ocpp-rpc's otherwise. */
        public String code() {
            return code;
        }

        public String description() {
            return description;
        }

        /** The CALLERROR's details, or {@code {"errors":[...]}} (Ajv's) for {@link Origin#VALIDATION}. */
        public JsonNode details() {
            return details;
        }

        /** The message id of the CALL, or null if it was never sent. */
        public @Nullable String messageId() {
            return messageId;
        }
    }

    // ------------------------------------------------------------------ options

    /** Immutable station options; see {@link Builder} for the defaults. */
    public record Options(URI endpoint, String stationId, List<String> protocols, boolean strictMode,
            @Nullable String password, boolean reconnect, Duration callTimeout, Duration connectTimeout,
            int callConcurrency, Duration pingInterval, Path logDir, @Nullable Path tlsCa, @Nullable Path tlsCert,
            @Nullable Path tlsKey) {

        /** The options without TLS settings (as before they existed). */
        public Options(URI endpoint, String stationId, List<String> protocols, boolean strictMode,
                @Nullable String password, boolean reconnect, Duration callTimeout, Duration connectTimeout,
                int callConcurrency, Duration pingInterval, Path logDir) {
            this(endpoint, stationId, protocols, strictMode, password, reconnect, callTimeout, connectTimeout,
                    callConcurrency, pingInterval, logDir, null, null, null);
        }

        public Options {
            if ((tlsCert == null) != (tlsKey == null)) {
                throw new IllegalArgumentException("tlsCert, tlsKey: " + tlsCert + ", " + tlsKey
                        + " (expected: both or neither)");
            }
            requireNonNull(endpoint, "endpoint");
            requireNonNull(stationId, "stationId");
            requireNonNull(protocols, "protocols");
            requireNonNull(callTimeout, "callTimeout");
            requireNonNull(connectTimeout, "connectTimeout");
            requireNonNull(pingInterval, "pingInterval");
            requireNonNull(logDir, "logDir");
            String scheme = endpoint.getScheme();
            if (!"ws".equals(scheme) && !"wss".equals(scheme)) {
                throw new IllegalArgumentException("endpoint: " + endpoint + " (expected: ws:// or wss://)");
            }
            if (stationId.isEmpty()) {
                throw new IllegalArgumentException("stationId: \"\" (expected: not empty)");
            }
            protocols = List.copyOf(protocols);
            if (protocols.isEmpty() || protocols.stream().anyMatch(p -> p.isBlank() || p.contains(","))) {
                throw new IllegalArgumentException("protocols: " + protocols + " (expected: at least one, no commas)");
            }
            requirePositive(callTimeout, "callTimeout");
            requirePositive(connectTimeout, "connectTimeout");
            if (pingInterval.isNegative()) {
                throw new IllegalArgumentException("pingInterval: " + pingInterval + " (expected: >= 0, 0 = off)");
            }
            if (callConcurrency < 1) {
                throw new IllegalArgumentException("callConcurrency: " + callConcurrency + " (expected: > 0)");
            }
        }

        @Override
        public String toString() {
            return "Options{endpoint=" + endpoint + ", stationId=" + stationId + ", protocols=" + protocols
                    + ", strictMode=" + strictMode + ", password=" + (password == null ? "none" : "****")
                    + ", reconnect=" + reconnect + ", callTimeout=" + callTimeout + ", connectTimeout="
                    + connectTimeout + ", callConcurrency=" + callConcurrency + ", pingInterval=" + pingInterval
                    + ", logDir=" + logDir + (tlsCa == null ? "" : ", tlsCa=" + tlsCa)
                    + (tlsCert == null ? "" : ", tlsCert=" + tlsCert) + '}';
        }
    }

    /**
     * Builds a station. Defaults: protocols {@code [ocpp1.6]}, strict mode on, no password, no TLS trust or client
     * certificate (the system's trust store), no reconnect,
     * call timeout 10 s, connect timeout 10 s, call concurrency 1, ping interval 30 s, log directory
     * {@code target/ocpp-rpc-station} under the working directory.
     */
    public static final class Builder {
        private final URI endpoint;
        private final String stationId;
        private List<String> protocols = List.of("ocpp1.6");
        private boolean strictMode = true;
        private @Nullable String password;
        private boolean reconnect;
        private Duration callTimeout = Duration.ofSeconds(10);
        private Duration connectTimeout = Duration.ofSeconds(10);
        private int callConcurrency = 1;
        private Duration pingInterval = Duration.ofSeconds(30);
        private Path logDir = Path.of("target", "ocpp-rpc-station").toAbsolutePath();
        private @Nullable Path tlsCa;
        private @Nullable Path tlsCert;
        private @Nullable Path tlsKey;

        private Builder(URI endpoint, String stationId) {
            requireNonNull(endpoint, "endpoint");
            // ocpp-rpc appends "/<identity>"; a trailing slash would make it "//<identity>".
            String s = endpoint.toString();
            this.endpoint = s.endsWith("/") ? URI.create(s.substring(0, s.length() - 1)) : endpoint;
            this.stationId = requireNonNull(stationId, "stationId");
        }

        /** Subprotocols offered, in order of preference; the server picks. */
        public Builder protocols(List<String> protocols) {
            this.protocols = List.copyOf(requireNonNull(protocols, "protocols"));
            return this;
        }

        public Builder protocols(String... protocols) {
            return protocols(List.of(protocols));
        }

        /** Whether ocpp-rpc validates calls and results against the schemas of the negotiated protocol. */
        public Builder strictMode(boolean strictMode) {
            this.strictMode = strictMode;
            return this;
        }

        /** HTTP Basic password (security profile 1/2); the user name is the station id. */
        public Builder password(@Nullable String password) {
            this.password = password;
            return this;
        }

        /** Whether ocpp-rpc reconnects (with backoff) after the connection drops; off by default. */
        public Builder reconnect(boolean reconnect) {
            this.reconnect = reconnect;
            return this;
        }

        public Builder callTimeout(Duration callTimeout) {
            this.callTimeout = requireNonNull(callTimeout, "callTimeout");
            return this;
        }

        public Builder connectTimeout(Duration connectTimeout) {
            this.connectTimeout = requireNonNull(connectTimeout, "connectTimeout");
            return this;
        }

        /** Outbound calls in flight at once; OCPP-J allows one, more is for testing the gateway's guard. */
        public Builder callConcurrency(int callConcurrency) {
            this.callConcurrency = callConcurrency;
            return this;
        }

        /** WebSocket ping interval; {@link Duration#ZERO} turns pings off. */
        public Builder pingInterval(Duration pingInterval) {
            this.pingInterval = requireNonNull(pingInterval, "pingInterval");
            return this;
        }

        public Builder logDir(Path logDir) {
            this.logDir = requireNonNull(logDir, "logDir").toAbsolutePath();
            return this;
        }

        /** PEM CA bundle the station trusts for a {@code wss://} endpoint (security profile 2 and 3). */
        public Builder trust(@Nullable Path caPem) {
            this.tlsCa = caPem;
            return this;
        }

        /** PEM client certificate chain and key the station presents (security profile 3). */
        public Builder clientCertificate(Path certificatePem, Path keyPem) {
            this.tlsCert = requireNonNull(certificatePem, "certificatePem");
            this.tlsKey = requireNonNull(keyPem, "keyPem");
            return this;
        }

        public Options build() {
            return new Options(endpoint, stationId, protocols, strictMode, password, reconnect, callTimeout,
                    connectTimeout, callConcurrency, pingInterval, logDir, tlsCa, tlsCert, tlsKey);
        }

        /**
         * Starts the station and waits, at most the connect timeout, for its WebSocket to open.
         *
         * @throws ConnectionFailedException with the reason (HTTP status, no agreed subprotocol, refused connection)
         */
        public OcppRpcStation connect() {
            return start(build()).awaitOpen();
        }
    }
}
