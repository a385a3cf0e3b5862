package org.ocppconnector.gateway.kinesis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URI;
import java.time.Duration;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.ocppconnector.gateway.kinesis.KinesisBridgeConfig.Builder;
import org.ocppconnector.gateway.kinesis.KinesisBridgeConfig.DownlinkMode;

class KinesisBridgeConfigTest {

    private static Builder builder() {
        return KinesisBridgeConfig.builder("ocpp-uplink", "ocpp-downlink", "task-1");
    }

    @Test
    void defaultsAreTheDocumentedOnes() {
        KinesisBridgeConfig config = builder().build();
        assertEquals("ocpp-uplink", config.uplinkStreamName());
        assertEquals("ocpp-downlink", config.downlinkStreamName());
        assertEquals("ocpp-gateway-task-1", config.consumerName());
        assertNull(config.region());
        assertNull(config.endpointOverride());
        assertEquals(500, config.maxBatchRecords());
        assertEquals(5L * 1024 * 1024, config.maxBatchBytes());
        assertEquals(Duration.ofMillis(20), config.lingerTime());
        assertEquals(8, config.maxConcurrentBatches());
        assertEquals(Duration.ofMillis(100), config.retryBaseDelay());
        assertEquals(Duration.ofSeconds(5), config.retryMaxDelay());
        assertEquals(10_000, config.bufferMaxRecords());
        assertEquals(64L * 1024 * 1024, config.bufferMaxBytes());
        assertEquals(0.8, config.highWaterMark());
        assertEquals(0.5, config.lowWaterMark());
        assertEquals(Duration.ofSeconds(30), config.publishDeadline());
        assertEquals(Duration.ofSeconds(10), config.requestTimeout());
        assertEquals(DownlinkMode.ENHANCED_FAN_OUT, config.downlinkMode());
        assertEquals(Duration.ofSeconds(1), config.pollingInterval());
        assertEquals(Duration.ofSeconds(30), config.shardSyncInterval());
        assertEquals(Duration.ofSeconds(10), config.shutdownTimeout());
    }

    @Test
    void keepsWhatIsSet() {
        KinesisBridgeConfig config = builder()
                .region("eu-west-1")
                .endpointOverride(URI.create("http://127.0.0.1:4568"))
                .consumerName("custom")
                .downlinkMode(DownlinkMode.POLLING)
                .build();
        assertEquals("eu-west-1", config.region());
        assertEquals(URI.create("http://127.0.0.1:4568"), config.endpointOverride());
        assertEquals("custom", config.consumerName());
        assertEquals(DownlinkMode.POLLING, config.downlinkMode());
    }

    @Test
    void rejectsValuesOutOfRangeNamingFieldAndRange() {
        assertRejected("maxBatchRecords: 501 (expected: 1..500)", b -> b.maxBatchRecords(501));
        assertRejected("maxBatchRecords: 0 (expected: 1..500)", b -> b.maxBatchRecords(0));
        assertRejected("maxBatchBytes: 5242881 (expected: 1..5242880)", b -> b.maxBatchBytes(5L * 1024 * 1024 + 1));
        assertRejected("lingerTime: PT-0.001S (expected: PT0S..PT10S)", b -> b.lingerTime(Duration.ofMillis(-1)));
        assertRejected("maxConcurrentBatches: 0 (expected: 1..256)", b -> b.maxConcurrentBatches(0));
        assertRejected("retryBaseDelay: PT0S (expected: > 0)", b -> b.retryDelay(Duration.ZERO, Duration.ofSeconds(1)));
        assertRejected("retryMaxDelay: PT0.05S (expected: >= retryBaseDelay PT0.1S)",
                b -> b.retryDelay(Duration.ofMillis(100), Duration.ofMillis(50)));
        assertRejected("bufferMaxRecords: 0 (expected: 1..2147483647)", b -> b.bufferCapacity(0, 1 << 20));
        assertRejected("bufferMaxBytes: 1000 (expected: 1048576..9223372036854775807)", b -> b.bufferCapacity(10, 1000));
        assertRejected("lowWaterMark: 0.8, highWaterMark: 0.5 (expected: 0 <= lowWaterMark < highWaterMark <= 1)",
                b -> b.waterMarks(0.8, 0.5));
        assertRejected("lowWaterMark: 0.5, highWaterMark: 1.1 (expected: 0 <= lowWaterMark < highWaterMark <= 1)",
                b -> b.waterMarks(0.5, 1.1));
        assertRejected("publishDeadline: PT0S (expected: > 0)", b -> b.publishDeadline(Duration.ZERO));
        assertRejected("requestTimeout: PT-1S (expected: > 0)", b -> b.requestTimeout(Duration.ofSeconds(-1)));
        assertRejected("pollingInterval: PT0.1S (expected: PT0.2S..PT5M)", b -> b.pollingInterval(Duration.ofMillis(100)));
        assertRejected("shardSyncInterval: PT0S (expected: > 0)", b -> b.shardSyncInterval(Duration.ZERO));
        assertRejected("shutdownTimeout: PT-1S (expected: >= 0)", b -> b.shutdownTimeout(Duration.ofSeconds(-1)));
        assertRejected("region: ' ' (expected: null or not blank)", b -> b.region(" "));
        assertRejected("endpointOverride: localhost:4568 (expected: scheme://host[:port])",
                b -> b.endpointOverride(URI.create("localhost:4568")));
        assertRejected("consumerName: 'has space' (expected: 1..128 of [a-zA-Z0-9_.-])", b -> b.consumerName("has space"));
    }

    @Test
    void rejectsBadNames() {
        IllegalArgumentException stream = assertThrows(IllegalArgumentException.class,
                () -> KinesisBridgeConfig.builder("bad/name", "down", "gw").build());
        assertEquals("uplinkStreamName: 'bad/name' (expected: 1..128 of [a-zA-Z0-9_.-])", stream.getMessage());
        IllegalArgumentException gateway = assertThrows(IllegalArgumentException.class,
                () -> KinesisBridgeConfig.builder("up", "down", " ").build());
        assertEquals("gatewayId: ' ' (expected: not blank)", gateway.getMessage());
        // The derived consumer name is checked as well.
        IllegalArgumentException consumer = assertThrows(IllegalArgumentException.class,
                () -> KinesisBridgeConfig.builder("up", "down", "a b").build());
        assertEquals("consumerName: 'ocpp-gateway-a b' (expected: 1..128 of [a-zA-Z0-9_.-])", consumer.getMessage());
        assertThrows(NullPointerException.class, () -> KinesisBridgeConfig.builder("up", "down", null));
    }

    private static void assertRejected(String message, UnaryOperator<Builder> change) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> change.apply(builder()).build());
        assertEquals(message, e.getMessage());
    }
}
