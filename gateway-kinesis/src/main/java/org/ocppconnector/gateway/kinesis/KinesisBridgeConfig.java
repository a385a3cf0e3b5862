package org.ocppconnector.gateway.kinesis;

import static java.util.Objects.requireNonNull;

import java.net.URI;
import java.time.Duration;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The settings of a {@link KinesisBridge}; immutable, every value checked at construction.
 * Build one with {@link #builder(String, String, String)}, which fills in the defaults below.
 *
 * @param uplinkStreamName the stream the gateway writes station events to; required
 * @param downlinkStreamName the stream the gateway reads commands and replies from; required
 * @param gatewayId this instance's id, unique among running instances; required
 * @param region the AWS region; default {@code null}: the SDK's region chain ({@code AWS_REGION}, as set on ECS)
 * @param endpointOverride the Kinesis endpoint, e.g. a local emulator; default {@code null}: the region's endpoint
 * @param consumerName the enhanced fan-out consumer name; default {@code ocpp-gateway-<gatewayId>}
 * @param maxBatchRecords records per PutRecords request; default 500, the Kinesis maximum (1..500)
 * @param maxBatchBytes bytes (data plus partition key) per PutRecords request; default 5 MiB, the Kinesis
 *     maximum (1..5 MiB); a single record always makes a request of its own even if larger
 * @param lingerTime how long a record may wait for others to share its request; default 20 ms (0..10 s)
 * @param maxConcurrentBatches PutRecords requests in flight at once; default 8 (1..256)
 * @param retryBaseDelay the first retry delay, doubled per attempt, with full jitter; used by the
 *     publisher and by the downlink when resubscribing; default 100 ms
 * @param retryMaxDelay the cap of the retry delay; default 5 s (at least {@code retryBaseDelay})
 * @param bufferMaxRecords records the publisher holds (queued or in flight) before it refuses
 *     more; default 10,000 (at least 1)
 * @param bufferMaxBytes bytes the publisher holds before it refuses more; default 64 MiB (at least 1 MiB)
 * @param highWaterMark fill ratio (of records or bytes, whichever is fuller) above which the
 *     publisher asks the gateway to stop reading from stations; default 0.8
 * @param lowWaterMark fill ratio below which it lets the gateway read again; default 0.5
 *     ({@code 0 <= low < high <= 1})
 * @param publishDeadline how long after {@code publish} an event may still be retried before
 *     its future fails with {@code PublishException}; default 30 s
 * @param requestTimeout the timeout of each Kinesis API call except the long-lived
 *     SubscribeToShard; default 10 s
 * @param downlinkMode how the downlink stream is read; default {@link DownlinkMode#ENHANCED_FAN_OUT}
 * @param pollingInterval the pause between GetRecords calls per shard in {@link DownlinkMode#POLLING};
 *     default 1 s (at least 200 ms: a shard serves 5 GetRecords per second to all readers together)
 * @param shardSyncInterval how often the downlink lists shards to find new ones (resharding);
 *     default 30 s
 * @param shutdownTimeout how long {@link KinesisBridge#close()} waits for buffered events; default 10 s
 */
public record KinesisBridgeConfig(
        String uplinkStreamName,
        String downlinkStreamName,
        String gatewayId,
        @Nullable String region,
        @Nullable URI endpointOverride,
        String consumerName,
        int maxBatchRecords,
        long maxBatchBytes,
        Duration lingerTime,
        int maxConcurrentBatches,
        Duration retryBaseDelay,
        Duration retryMaxDelay,
        int bufferMaxRecords,
        long bufferMaxBytes,
        double highWaterMark,
        double lowWaterMark,
        Duration publishDeadline,
        Duration requestTimeout,
        DownlinkMode downlinkMode,
        Duration pollingInterval,
        Duration shardSyncInterval,
        Duration shutdownTimeout) {

    /** The largest record Kinesis accepts: data plus partition key. */
    public static final int MAX_RECORD_BYTES = 1024 * 1024;

    /** The most records a PutRecords request may carry. */
    public static final int MAX_BATCH_RECORDS = 500;

    /** The most bytes a PutRecords request may carry. */
    public static final long MAX_BATCH_BYTES = 5L * 1024 * 1024;

    // Kinesis' own rules for stream and consumer names.
    private static final Pattern NAME = Pattern.compile("[a-zA-Z0-9_.-]{1,128}");

    /** How the downlink stream is read. */
    public enum DownlinkMode {
        /**
         * SubscribeToShard over HTTP/2 with a consumer registered per instance: pushed records,
         * about 70 ms latency, 2 MB/s per shard for each instance. A stream takes at most 20
         * consumers, so at most 20 instances can use this mode on one stream.
         */
        ENHANCED_FAN_OUT,
        /**
         * GetRecords every {@code pollingInterval}: no registration, but all instances share a
         * shard's 5 reads per second, so the interval must grow with the number of instances.
         */
        POLLING
    }

    public KinesisBridgeConfig {
        checkName("uplinkStreamName", uplinkStreamName);
        checkName("downlinkStreamName", downlinkStreamName);
        requireNonNull(gatewayId, "gatewayId");
        if (gatewayId.isBlank()) {
            throw new IllegalArgumentException("gatewayId: '" + gatewayId + "' (expected: not blank)");
        }
        if (region != null && region.isBlank()) {
            throw new IllegalArgumentException("region: '" + region + "' (expected: null or not blank)");
        }
        if (endpointOverride != null && (endpointOverride.getScheme() == null || endpointOverride.getHost() == null)) {
            throw new IllegalArgumentException("endpointOverride: " + endpointOverride + " (expected: scheme://host[:port])");
        }
        checkName("consumerName", consumerName);
        checkRange("maxBatchRecords", maxBatchRecords, 1, MAX_BATCH_RECORDS);
        checkRange("maxBatchBytes", maxBatchBytes, 1, MAX_BATCH_BYTES);
        checkRange("lingerTime", lingerTime, Duration.ZERO, Duration.ofSeconds(10));
        checkRange("maxConcurrentBatches", maxConcurrentBatches, 1, 256);
        checkPositive("retryBaseDelay", retryBaseDelay);
        requireNonNull(retryMaxDelay, "retryMaxDelay");
        if (retryMaxDelay.compareTo(retryBaseDelay) < 0) {
            throw new IllegalArgumentException(
                    "retryMaxDelay: " + retryMaxDelay + " (expected: >= retryBaseDelay " + retryBaseDelay + ")");
        }
        checkRange("bufferMaxRecords", bufferMaxRecords, 1, Integer.MAX_VALUE);
        checkRange("bufferMaxBytes", bufferMaxBytes, MAX_RECORD_BYTES, Long.MAX_VALUE);
        if (!(lowWaterMark >= 0 && lowWaterMark < highWaterMark && highWaterMark <= 1)) {
            throw new IllegalArgumentException("lowWaterMark: " + lowWaterMark + ", highWaterMark: " + highWaterMark
                    + " (expected: 0 <= lowWaterMark < highWaterMark <= 1)");
        }
        checkPositive("publishDeadline", publishDeadline);
        checkPositive("requestTimeout", requestTimeout);
        requireNonNull(downlinkMode, "downlinkMode");
        checkRange("pollingInterval", pollingInterval, Duration.ofMillis(200), Duration.ofMinutes(5));
        checkPositive("shardSyncInterval", shardSyncInterval);
        requireNonNull(shutdownTimeout, "shutdownTimeout");
        if (shutdownTimeout.isNegative()) {
            throw new IllegalArgumentException("shutdownTimeout: " + shutdownTimeout + " (expected: >= 0)");
        }
    }

    /** A builder with every default filled in, for the given streams and gateway id. */
    public static Builder builder(String uplinkStreamName, String downlinkStreamName, String gatewayId) {
        return new Builder(uplinkStreamName, downlinkStreamName, gatewayId);
    }

    private static void checkName(String field, String value) {
        requireNonNull(value, field);
        if (!NAME.matcher(value).matches()) {
            throw new IllegalArgumentException(field + ": '" + value + "' (expected: 1..128 of [a-zA-Z0-9_.-])");
        }
    }

    private static void checkRange(String field, long value, long min, long max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(String.format("%s: %s (expected: %s..%s)", field, value, min, max));
        }
    }

    private static void checkRange(String field, Duration value, Duration min, Duration max) {
        requireNonNull(value, field);
        if (value.compareTo(min) < 0 || value.compareTo(max) > 0) {
            throw new IllegalArgumentException(String.format("%s: %s (expected: %s..%s)", field, value, min, max));
        }
    }

    private static void checkPositive(String field, Duration value) {
        requireNonNull(value, field);
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(field + ": " + value + " (expected: > 0)");
        }
    }

    /** Builds a {@link KinesisBridgeConfig}; starts from the defaults documented there. */
    public static final class Builder {
        private final String uplinkStreamName;
        private final String downlinkStreamName;
        private final String gatewayId;
        private @Nullable String region;
        private @Nullable URI endpointOverride;
        private @Nullable String consumerName;
        private int maxBatchRecords = MAX_BATCH_RECORDS;
        private long maxBatchBytes = MAX_BATCH_BYTES;
        private Duration lingerTime = Duration.ofMillis(20);
        private int maxConcurrentBatches = 8;
        private Duration retryBaseDelay = Duration.ofMillis(100);
        private Duration retryMaxDelay = Duration.ofSeconds(5);
        private int bufferMaxRecords = 10_000;
        private long bufferMaxBytes = 64L * 1024 * 1024;
        private double highWaterMark = 0.8;
        private double lowWaterMark = 0.5;
        private Duration publishDeadline = Duration.ofSeconds(30);
        private Duration requestTimeout = Duration.ofSeconds(10);
        private DownlinkMode downlinkMode = DownlinkMode.ENHANCED_FAN_OUT;
        private Duration pollingInterval = Duration.ofSeconds(1);
        private Duration shardSyncInterval = Duration.ofSeconds(30);
        private Duration shutdownTimeout = Duration.ofSeconds(10);

        private Builder(String uplinkStreamName, String downlinkStreamName, String gatewayId) {
            this.uplinkStreamName = requireNonNull(uplinkStreamName, "uplinkStreamName");
            this.downlinkStreamName = requireNonNull(downlinkStreamName, "downlinkStreamName");
            this.gatewayId = requireNonNull(gatewayId, "gatewayId");
        }

        /** See {@link KinesisBridgeConfig#region()}. */
        public Builder region(@Nullable String region) {
            this.region = region;
            return this;
        }

        /** See {@link KinesisBridgeConfig#endpointOverride()}. */
        public Builder endpointOverride(@Nullable URI endpointOverride) {
            this.endpointOverride = endpointOverride;
            return this;
        }

        /** See {@link KinesisBridgeConfig#consumerName()}. */
        public Builder consumerName(String consumerName) {
            this.consumerName = requireNonNull(consumerName, "consumerName");
            return this;
        }

        /** See {@link KinesisBridgeConfig#maxBatchRecords()}. */
        public Builder maxBatchRecords(int maxBatchRecords) {
            this.maxBatchRecords = maxBatchRecords;
            return this;
        }

        /** See {@link KinesisBridgeConfig#maxBatchBytes()}. */
        public Builder maxBatchBytes(long maxBatchBytes) {
            this.maxBatchBytes = maxBatchBytes;
            return this;
        }

        /** See {@link KinesisBridgeConfig#lingerTime()}. */
        public Builder lingerTime(Duration lingerTime) {
            this.lingerTime = requireNonNull(lingerTime, "lingerTime");
            return this;
        }

        /** See {@link KinesisBridgeConfig#maxConcurrentBatches()}. */
        public Builder maxConcurrentBatches(int maxConcurrentBatches) {
            this.maxConcurrentBatches = maxConcurrentBatches;
            return this;
        }

        /** See {@link KinesisBridgeConfig#retryBaseDelay()} and {@link KinesisBridgeConfig#retryMaxDelay()}. */
        public Builder retryDelay(Duration base, Duration max) {
            this.retryBaseDelay = requireNonNull(base, "base");
            this.retryMaxDelay = requireNonNull(max, "max");
            return this;
        }

        /** See {@link KinesisBridgeConfig#bufferMaxRecords()} and {@link KinesisBridgeConfig#bufferMaxBytes()}. */
        public Builder bufferCapacity(int maxRecords, long maxBytes) {
            this.bufferMaxRecords = maxRecords;
            this.bufferMaxBytes = maxBytes;
            return this;
        }

        /** See {@link KinesisBridgeConfig#lowWaterMark()} and {@link KinesisBridgeConfig#highWaterMark()}. */
        public Builder waterMarks(double low, double high) {
            this.lowWaterMark = low;
            this.highWaterMark = high;
            return this;
        }

        /** See {@link KinesisBridgeConfig#publishDeadline()}. */
        public Builder publishDeadline(Duration publishDeadline) {
            this.publishDeadline = requireNonNull(publishDeadline, "publishDeadline");
            return this;
        }

        /** See {@link KinesisBridgeConfig#requestTimeout()}. */
        public Builder requestTimeout(Duration requestTimeout) {
            this.requestTimeout = requireNonNull(requestTimeout, "requestTimeout");
            return this;
        }

        /** See {@link KinesisBridgeConfig#downlinkMode()}. */
        public Builder downlinkMode(DownlinkMode downlinkMode) {
            this.downlinkMode = requireNonNull(downlinkMode, "downlinkMode");
            return this;
        }

        /** See {@link KinesisBridgeConfig#pollingInterval()}. */
        public Builder pollingInterval(Duration pollingInterval) {
            this.pollingInterval = requireNonNull(pollingInterval, "pollingInterval");
            return this;
        }

        /** See {@link KinesisBridgeConfig#shardSyncInterval()}. */
        public Builder shardSyncInterval(Duration shardSyncInterval) {
            this.shardSyncInterval = requireNonNull(shardSyncInterval, "shardSyncInterval");
            return this;
        }

        /** See {@link KinesisBridgeConfig#shutdownTimeout()}. */
        public Builder shutdownTimeout(Duration shutdownTimeout) {
            this.shutdownTimeout = requireNonNull(shutdownTimeout, "shutdownTimeout");
            return this;
        }

        /** Checks every value and builds the config. */
        public KinesisBridgeConfig build() {
            return new KinesisBridgeConfig(
                    uplinkStreamName, downlinkStreamName, gatewayId, region, endpointOverride,
                    consumerName != null ? consumerName : "ocpp-gateway-" + gatewayId,
                    maxBatchRecords, maxBatchBytes, lingerTime, maxConcurrentBatches,
                    retryBaseDelay, retryMaxDelay, bufferMaxRecords, bufferMaxBytes,
                    highWaterMark, lowWaterMark, publishDeadline, requestTimeout,
                    downlinkMode, pollingInterval, shardSyncInterval, shutdownTimeout);
        }
    }
}
