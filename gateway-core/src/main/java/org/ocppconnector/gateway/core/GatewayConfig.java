package org.ocppconnector.gateway.core;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.util.Map;
import org.ocppconnector.gateway.core.security.SecurityConfig;

/**
 * The WebSocket server and session settings. Immutable; every field is checked at construction.
 * Build with {@link #builder()}; the builder's defaults are stated per method.
 */
public record GatewayConfig(
        String gatewayId,
        String bindAddress,
        int port,
        String pathPrefix,
        Duration pingInterval,
        Duration handshakeTimeout,
        int maxFrameBytes,
        int maxQueuedCommands,
        Duration backendReplyTimeout,
        int heartbeatIntervalSeconds,
        Duration maxCommandHold,
        int maxHeldCommands,
        Duration commandDedupWindow,
        int maxDedupIds,
        int ioThreads,
        Map<String, ActionPolicy> actionPolicies,
        SecurityConfig security,
        Duration maxConnectionAge,
        boolean proxyProtocol,
        Limits limits) {

    public GatewayConfig {
        requireNonNull(security, "security");
        requireNonNull(gatewayId, "gatewayId");
        requireNonNull(bindAddress, "bindAddress");
        requireNonNull(pathPrefix, "pathPrefix");
        requireNonNull(pingInterval, "pingInterval");
        requireNonNull(handshakeTimeout, "handshakeTimeout");
        requireNonNull(backendReplyTimeout, "backendReplyTimeout");
        requireNonNull(maxCommandHold, "maxCommandHold");
        requireNonNull(commandDedupWindow, "commandDedupWindow");
        actionPolicies = Map.copyOf(requireNonNull(actionPolicies, "actionPolicies"));
        requireNonNull(maxConnectionAge, "maxConnectionAge");
        requireNonNull(limits, "limits");
        check(!gatewayId.isBlank() && gatewayId.length() <= 128, "gatewayId", gatewayId, "1..128 characters");
        check(port >= 0 && port <= 65535, "port", port, "0..65535");
        check(pathPrefix.startsWith("/") && pathPrefix.endsWith("/"), "pathPrefix", pathPrefix,
                "starts and ends with '/'");
        check(!pingInterval.isNegative(), "pingInterval", pingInterval, ">= 0, 0 disables pings");
        check(handshakeTimeout.toMillis() > 0, "handshakeTimeout", handshakeTimeout, "> 0");
        check(maxFrameBytes >= 1024 && maxFrameBytes <= 16 * 1024 * 1024, "maxFrameBytes", maxFrameBytes,
                "1024..16777216");
        check(maxQueuedCommands >= 1, "maxQueuedCommands", maxQueuedCommands, ">= 1");
        check(backendReplyTimeout.toMillis() > 0, "backendReplyTimeout", backendReplyTimeout, "> 0");
        check(heartbeatIntervalSeconds > 0, "heartbeatIntervalSeconds", heartbeatIntervalSeconds, "> 0");
        check(!maxCommandHold.isNegative() && maxCommandHold.compareTo(Duration.ofMinutes(10)) <= 0,
                "maxCommandHold", maxCommandHold, "0..PT10M");
        check(maxHeldCommands >= 0, "maxHeldCommands", maxHeldCommands, ">= 0");
        check(commandDedupWindow.toMillis() > 0, "commandDedupWindow", commandDedupWindow, "> 0");
        check(maxDedupIds >= 1, "maxDedupIds", maxDedupIds, ">= 1");
        check(ioThreads >= 0, "ioThreads", ioThreads, ">= 0, 0 for 2 x cores");
        check(!maxConnectionAge.isNegative(), "maxConnectionAge", maxConnectionAge, ">= 0, 0 disables");
    }

    /** This config with {@code security} instead of the current security settings. */
    public GatewayConfig withSecurity(SecurityConfig security) {
        return new GatewayConfig(gatewayId, bindAddress, port, pathPrefix, pingInterval, handshakeTimeout,
                maxFrameBytes, maxQueuedCommands, backendReplyTimeout, heartbeatIntervalSeconds, maxCommandHold,
                maxHeldCommands, commandDedupWindow, maxDedupIds, ioThreads, actionPolicies, security, maxConnectionAge,
                proxyProtocol, limits);
    }

    /**
     * What one instance accepts before it refuses work, so a flood, a slow client or a chatty
     * station cannot take the service down for the others (docs/security.md, "Limits and abuse").
     * Build with {@link #limits()}; the defaults are stated per setter.
     *
     * @param maxConnections TCP connections open at once on this instance; more are closed at accept
     * @param handshakesPerSecondPerAddress WebSocket upgrade requests per second per client address
     *     (token bucket refill rate); more get HTTP 429. 0 disables the limit
     * @param handshakeBurstPerAddress upgrade requests one address may make at once (bucket size)
     * @param stationMessagesPerSecond messages per second per station connection (refill rate);
     *     excess CALLs get a CALLERROR and are not published. 0 disables the limit
     * @param stationMessageBurst messages a station may send at once (bucket size)
     * @param stationRefusedMessagesBeforeClose refused messages within a minute after which the
     *     station is closed with 1008 (policy violation)
     * @param writeStallTimeout how long a connection may stay unwritable (the station does not
     *     read what we send) before it is closed
     */
    public record Limits(
            int maxConnections,
            int handshakesPerSecondPerAddress,
            int handshakeBurstPerAddress,
            int stationMessagesPerSecond,
            int stationMessageBurst,
            int stationRefusedMessagesBeforeClose,
            Duration writeStallTimeout) {

        public Limits {
            requireNonNull(writeStallTimeout, "writeStallTimeout");
            check(maxConnections >= 1, "maxConnections", maxConnections, ">= 1");
            check(handshakesPerSecondPerAddress >= 0, "handshakesPerSecondPerAddress", handshakesPerSecondPerAddress,
                    ">= 0, 0 disables the limit");
            check(handshakeBurstPerAddress >= 1, "handshakeBurstPerAddress", handshakeBurstPerAddress, ">= 1");
            check(stationMessagesPerSecond >= 0, "stationMessagesPerSecond", stationMessagesPerSecond,
                    ">= 0, 0 disables the limit");
            check(stationMessageBurst >= 1, "stationMessageBurst", stationMessageBurst, ">= 1");
            check(stationRefusedMessagesBeforeClose >= 0, "stationRefusedMessagesBeforeClose",
                    stationRefusedMessagesBeforeClose, ">= 0");
            check(writeStallTimeout.toMillis() > 0, "writeStallTimeout", writeStallTimeout, "> 0");
        }

        /** A builder of {@link Limits} with every default set. */
        public static LimitsBuilder builder() {
            return new LimitsBuilder();
        }
    }

    /** Builds {@link Limits}; defaults as documented on each setter. */
    public static final class LimitsBuilder {
        private int maxConnections = 20_000;
        private int handshakesPerSecondPerAddress = 20;
        private int handshakeBurstPerAddress = 100;
        private int stationMessagesPerSecond = 20;
        private int stationMessageBurst = 100;
        private int stationRefusedMessagesBeforeClose = 100;
        private Duration writeStallTimeout = Duration.ofSeconds(30);

        private LimitsBuilder() {}

        /** TCP connections open at once; more are closed at accept. Default 20000. */
        public LimitsBuilder maxConnections(int v) { this.maxConnections = v; return this; }
        /** Upgrade requests per second per client address; 0 disables. Default 20. */
        public LimitsBuilder handshakesPerSecondPerAddress(int v) {
            this.handshakesPerSecondPerAddress = v;
            return this;
        }
        /** Upgrade requests one client address may make at once. Default 100. */
        public LimitsBuilder handshakeBurstPerAddress(int v) { this.handshakeBurstPerAddress = v; return this; }
        /** Messages per second per station; 0 disables. Default 20. */
        public LimitsBuilder stationMessagesPerSecond(int v) { this.stationMessagesPerSecond = v; return this; }
        /** Messages a station may send at once. Default 100. */
        public LimitsBuilder stationMessageBurst(int v) { this.stationMessageBurst = v; return this; }
        /** Refused messages within a minute before the station is closed with 1008. Default 100. */
        public LimitsBuilder stationRefusedMessagesBeforeClose(int v) {
            this.stationRefusedMessagesBeforeClose = v;
            return this;
        }
        /** Longest a connection may stay unwritable before it is closed. Default 30 s. */
        public LimitsBuilder writeStallTimeout(Duration v) { this.writeStallTimeout = v; return this; }

        /** Builds and validates the limits. */
        public Limits build() {
            return new Limits(maxConnections, handshakesPerSecondPerAddress, handshakeBurstPerAddress,
                    stationMessagesPerSecond, stationMessageBurst, stationRefusedMessagesBeforeClose,
                    writeStallTimeout);
        }
    }

    private static void check(boolean ok, String name, Object value, String expected) {
        if (!ok) {
            throw new IllegalArgumentException(name + ": " + value + " (expected: " + expected + ")");
        }
    }

    /** A builder with every default set. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link GatewayConfig}; defaults as documented on each setter. */
    public static final class Builder {
        private String gatewayId = "local";
        private String bindAddress = "0.0.0.0";
        private int port = 8080;
        private String pathPrefix = "/ocpp/";
        private Duration pingInterval = Duration.ofSeconds(60);
        private Duration handshakeTimeout = Duration.ofSeconds(10);
        private int maxFrameBytes = 64 * 1024;
        private int maxQueuedCommands = 16;
        private Duration backendReplyTimeout = Duration.ofSeconds(10);
        private int heartbeatIntervalSeconds = 300;
        private Duration maxCommandHold = Duration.ofSeconds(60);
        private int maxHeldCommands = 10_000;
        private Duration commandDedupWindow = Duration.ofMinutes(10);
        private int maxDedupIds = 100_000;
        private int ioThreads = 0;
        private Map<String, ActionPolicy> actionPolicies = Map.of();
        private SecurityConfig security = SecurityConfig.open();
        private Duration maxConnectionAge = Duration.ZERO;
        private boolean proxyProtocol = false;
        private Limits limits = Limits.builder().build();

        private Builder() {}

        /** This instance's id, in event sources ({@code /ocpp-gateway/{id}}). Default {@code local}. */
        public Builder gatewayId(String v) { this.gatewayId = v; return this; }
        /** Address the station listener binds. Default {@code 0.0.0.0}. */
        public Builder bindAddress(String v) { this.bindAddress = v; return this; }
        /** Station listener port; 0 picks a free one. Default 8080. */
        public Builder port(int v) { this.port = v; return this; }
        /** Path before the station id. Default {@code /ocpp/}. */
        public Builder pathPrefix(String v) { this.pathPrefix = v; return this; }
        /** WebSocket ping interval; a station that has not answered by the next ping is closed. 0 disables. Default 60 s. */
        public Builder pingInterval(Duration v) { this.pingInterval = v; return this; }
        /** Time from TCP accept to a completed WebSocket handshake. Default 10 s. */
        public Builder handshakeTimeout(Duration v) { this.handshakeTimeout = v; return this; }
        /** Largest WebSocket message accepted, fragments included; larger gets close 1009. Default 65536. */
        public Builder maxFrameBytes(int v) { this.maxFrameBytes = v; return this; }
        /** Commands queued per station behind the one in flight; more get outcome QueueFull. Default 16. */
        public Builder maxQueuedCommands(int v) { this.maxQueuedCommands = v; return this; }
        /** How long a {@code backend} CALL waits for its {@code ocpp.reply}. Default 10 s. */
        public Builder backendReplyTimeout(Duration v) { this.backendReplyTimeout = v; return this; }
        /** The interval announced in the default BootNotification response. Default 300. */
        public Builder heartbeatIntervalSeconds(int v) { this.heartbeatIntervalSeconds = v; return this; }
        /** Longest a command for an absent station is held for its {@code expiresAt}. Default 60 s. */
        public Builder maxCommandHold(Duration v) { this.maxCommandHold = v; return this; }
        /** Most commands held for absent stations on this instance. Default 10000. */
        public Builder maxHeldCommands(int v) { this.maxHeldCommands = v; return this; }
        /** How long a command id is remembered to drop duplicates. Default 10 min. */
        public Builder commandDedupWindow(Duration v) { this.commandDedupWindow = v; return this; }
        /** Most command ids remembered. Default 100000. */
        public Builder maxDedupIds(int v) { this.maxDedupIds = v; return this; }
        /** Netty I/O threads; 0 for Netty's default (2 x cores). Default 0. */
        public Builder ioThreads(int v) { this.ioThreads = v; return this; }
        /** Per-action overrides of the versions' default response policies. Default none. */
        public Builder actionPolicies(Map<String, ActionPolicy> v) { this.actionPolicies = v; return this; }
        /** Authentication and TLS of stations. Default {@link SecurityConfig#open()}: no checks, plain WebSocket. */
        public Builder security(SecurityConfig v) { this.security = v; return this; }
        /**
         * Longest a station connection lives: then (±10 %, after a command or CALL in flight) it is
         * closed with 1001 so the station reconnects, possibly to a newer instance. 0 disables. Default 0.
         */
        public Builder maxConnectionAge(Duration v) { this.maxConnectionAge = v; return this; }

        /**
         * Whether every connection starts with a PROXY protocol header (v1 or v2, as an AWS NLB
         * sends with {@code proxy_protocol_v2.enabled}); a connection without one is closed.
         * Default false.
         */
        public Builder proxyProtocol(boolean v) { this.proxyProtocol = v; return this; }
        /** Connection, handshake-rate, message-rate and write-stall limits. Default {@link Limits#builder()}'s. */
        public Builder limits(Limits v) { this.limits = v; return this; }

        /** Builds and validates the config. */
        public GatewayConfig build() {
            return new GatewayConfig(gatewayId, bindAddress, port, pathPrefix, pingInterval, handshakeTimeout,
                    maxFrameBytes, maxQueuedCommands, backendReplyTimeout, heartbeatIntervalSeconds, maxCommandHold,
                    maxHeldCommands, commandDedupWindow, maxDedupIds, ioThreads, actionPolicies, security,
                    maxConnectionAge, proxyProtocol, limits);
        }
    }
}
