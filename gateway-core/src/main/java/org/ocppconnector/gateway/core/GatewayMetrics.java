package org.ocppconnector.gateway.core;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.ocppconnector.gateway.core.rpc.RpcErrorCode;
import org.ocppconnector.gateway.core.spi.Direction;
import org.ocppconnector.gateway.core.spi.OcppProtocol;

/**
 * The server's meters, all registered up front so the event loops only look them up in
 * immutable maps and increment. Tags come from the versions' catalogues only: an action or error
 * code a station makes up is counted as {@code unknown}, so stations cannot grow the number of
 * time series.
 */
final class GatewayMetrics {

    static final String UNKNOWN = "unknown";
    static final String CALLRESULT = "CALLRESULT";
    static final String CALLERROR = "CALLERROR";

    /** Outcomes of a WebSocket upgrade, the {@code outcome} tag of {@code ocpp.handshakes}. */
    enum Handshake {
        ACCEPTED("accepted"),
        REFUSED_PATH("refused_path"),
        REFUSED_ID("refused_id"),
        REFUSED_SUBPROTOCOL("refused_subprotocol"),
        /** Not a well-formed WebSocket upgrade request at all. */
        REFUSED_REQUEST("refused_request"),
        /** Failed authentication: credentials, certificate binding, authenticator or minimum profile. */
        REFUSED_AUTH("refused_auth"),
        /** The TLS handshake failed: e.g. an expired or foreign client certificate, TLS below 1.2. */
        REFUSED_TLS("refused_tls"),
        TIMEOUT("timeout");

        final String tag;

        Handshake(String tag) {
            this.tag = tag;
        }
    }

    /** The limits that refuse work, the {@code limit} tag of {@code ocpp.limits.rejected}. */
    enum Limit {
        /** A connection over the per-instance maximum, closed at accept. */
        CONNECTIONS("connections"),
        /** An upgrade request over its address's handshake rate, answered 429. */
        HANDSHAKE_RATE("handshake_rate"),
        /** A station message over the connection's message rate, refused. */
        MESSAGE_RATE("message_rate"),
        /** A station closed with 1008 for exceeding its message rate persistently. */
        MESSAGE_RATE_CLOSE("message_rate_close"),
        /** A connection without a valid PROXY protocol header while PROXY protocol is on. */
        PROXY_HEADER("proxy_header"),
        /** A connection closed because the station did not read what we sent for too long. */
        WRITE_STALL("write_stall");

        final String tag;

        Limit(String tag) {
            this.tag = tag;
        }
    }

    private final MeterRegistry registry;
    private final Map<Limit, Counter> limits = new EnumMap<>(Limit.class);
    private final Map<Handshake, Counter> handshakes = new EnumMap<>(Handshake.class);
    private final Counter backpressurePauses;
    private final Map<String, Version> versions = new HashMap<>();
    /** Every meter registered here, removed again on {@link #close()}. */
    private final List<Meter> owned = new ArrayList<>();

    GatewayMetrics(MeterRegistry registry, List<OcppProtocol> protocols) {
        this.registry = registry;
        for (Handshake outcome : Handshake.values()) {
            handshakes.put(outcome, own(owned, Counter.builder("ocpp.handshakes")
                    .description("WebSocket upgrade requests by outcome")
                    .tag("outcome", outcome.tag)
                    .register(registry)));
        }
        for (Limit limit : Limit.values()) {
            limits.put(limit, own(owned, Counter.builder("ocpp.limits.rejected")
                    .description("Connections, handshakes and messages refused by a limit")
                    .tag("limit", limit.tag)
                    .register(registry)));
        }
        backpressurePauses = own(owned, Counter.builder("ocpp.uplink.backpressure.pauses")
                .description("Times a full uplink buffer stopped reading from stations")
                .register(registry));
        for (OcppProtocol protocol : protocols) {
            versions.put(protocol.version(), new Version(registry, protocol, owned));
        }
        // Untagged, for alarms and scaling on one number per instance (CloudWatch: one metric).
        own(owned, Gauge.builder("ocpp.stations.connected.total", versions, GatewayMetrics::connectedTotal)
                .description("Stations with an open WebSocket on this instance, all OCPP versions")
                .strongReference(true)
                .register(registry));
    }

    private static double connectedTotal(Map<String, Version> versions) {
        int total = 0;
        for (Version version : versions.values()) {
            total += version.connected.get();
        }
        return total;
    }

    /**
     * Removes this server's meters from the registry, so a server started later with the same
     * registry registers its own instead of finding these (whose gauges would read a stopped server).
     */
    void close() {
        owned.forEach(registry::remove);
    }

    private static <M extends Meter> M own(List<Meter> owned, M meter) {
        owned.add(meter);
        return meter;
    }

    /** The registry's monotonic time in nanoseconds, for latencies. */
    long monotonicTime() {
        return registry.config().clock().monotonicTime();
    }

    void handshake(Handshake outcome) {
        handshakes.get(outcome).increment();
    }

    void limitRejected(Limit limit) {
        limits.get(limit).increment();
    }

    void backpressurePause() {
        backpressurePauses.increment();
    }

    /** The meters of one served version; the protocol must be one given at construction. */
    Version version(OcppProtocol protocol) {
        Version version = versions.get(protocol.version());
        if (version == null) {
            throw new IllegalArgumentException("version: " + protocol.version() + " (expected: a served version)");
        }
        return version;
    }

    /** The meters tagged with one OCPP version. Thread-safe: immutable maps of meters. */
    static final class Version {
        private final AtomicInteger connected = new AtomicInteger();
        private final Map<String, Counter> framesIn;
        private final Map<String, Counter> framesOut;
        private final Map<String, Counter> replyTimeouts;
        private final Map<String, Counter> callErrors;
        private final Map<CommandOutcome, Counter> commandResults = new EnumMap<>(CommandOutcome.class);
        private final Timer ackLatency;

        Version(MeterRegistry registry, OcppProtocol protocol, List<Meter> owned) {
            String version = protocol.version();
            own(owned, Gauge.builder("ocpp.stations.connected", connected, AtomicInteger::get)
                    .description("Stations with an open WebSocket on this instance")
                    .tag("version", version)
                    .strongReference(true)
                    .register(registry));
            Set<String> actions = new HashSet<>(protocol.actions(Direction.STATION_TO_CSMS));
            actions.addAll(protocol.actions(Direction.CSMS_TO_STATION));
            actions.add(UNKNOWN);
            actions.add(CALLRESULT);
            actions.add(CALLERROR);
            framesIn = counters(registry, owned, "ocpp.frames.in", "OCPP-J messages received from stations", version,
                    "action", actions);
            framesOut = counters(registry, owned, "ocpp.frames.out", "OCPP-J messages sent to stations", version,
                    "action", actions);
            Set<String> stationActions = new HashSet<>(protocol.actions(Direction.STATION_TO_CSMS));
            replyTimeouts = counters(registry, owned, "ocpp.backend.reply.timeouts",
                    "Station CALLs the backend did not answer in time", version, "action", stationActions);
            Set<String> codes = new HashSet<>();
            for (RpcErrorCode code : RpcErrorCode.values()) {
                codes.add(protocol.errorCode(code));
            }
            codes.add(UNKNOWN);
            callErrors = counters(registry, owned, "ocpp.callerrors.sent", "CALLERRORs sent to stations", version, "code",
                    codes);
            for (CommandOutcome outcome : CommandOutcome.values()) {
                commandResults.put(outcome, own(owned, Counter.builder("ocpp.command.results")
                        .description("Results of downlink commands")
                        .tag("version", version)
                        .tag("outcome", outcome.wireName())
                        .register(registry)));
            }
            ackLatency = own(owned, Timer.builder("ocpp.ack.latency")
                    .description("From a station CALL received to its CALLRESULT sent")
                    .tag("version", version)
                    .publishPercentileHistogram()
                    .register(registry));
        }

        private static Map<String, Counter> counters(MeterRegistry registry, List<Meter> owned, String name,
                String description, String version, String tag, Set<String> values) {
            Map<String, Counter> counters = new HashMap<>();
            for (String value : values) {
                counters.put(value, own(owned, Counter.builder(name)
                        .description(description)
                        .tag("version", version)
                        .tag(tag, value)
                        .register(registry)));
            }
            return Map.copyOf(counters);
        }

        private static Counter lookup(Map<String, Counter> counters, String key) {
            Counter counter = counters.get(key);
            return counter != null ? counter : counters.get(UNKNOWN);
        }

        void connected() {
            connected.incrementAndGet();
        }

        void disconnected() {
            connected.decrementAndGet();
        }

        void frameIn(String action) {
            lookup(framesIn, action).increment();
        }

        void frameOut(String action) {
            lookup(framesOut, action).increment();
        }

        void callErrorSent(String wireCode) {
            lookup(callErrors, wireCode).increment();
        }

        void replyTimeout(String action) {
            Counter counter = replyTimeouts.get(action);
            if (counter != null) {
                counter.increment();
            }
        }

        void commandResult(CommandOutcome outcome) {
            commandResults.get(outcome).increment();
        }

        void acked(long startNanos, long nowNanos) {
            ackLatency.record(nowNanos - startNanos, TimeUnit.NANOSECONDS);
        }
    }
}
