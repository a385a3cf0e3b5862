package org.ocppconnector.gateway.kinesis;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.composite.CompositeMeterRegistry;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The bridge's {@code kinesis.*} meters, registered once at construction. The gauges read values
 * the bridge threads keep anyway, so scraping never waits for those threads.
 */
final class KinesisMetrics {

    private final Timer publishLatency;
    private final DistributionSummary batchRecords;
    private final Counter retries;
    private final Counter throttles;
    private final Counter failures;
    private final Counter downlinkRecords;
    /** Last {@code millisBehindLatest} per shard being read; the gauge shows the largest. */
    private final ConcurrentHashMap<String, Long> millisBehind = new ConcurrentHashMap<>();

    private final MeterRegistry registry;

    KinesisMetrics(MeterRegistry registry) {
        this.registry = registry;
        publishLatency = Timer.builder("kinesis.uplink.publish.latency")
                .description("From an event accepted by the publisher to its record acknowledged by Kinesis")
                .publishPercentileHistogram()
                .register(registry);
        batchRecords = DistributionSummary.builder("kinesis.uplink.batch.records")
                .description("Records per PutRecords request")
                .baseUnit("records")
                .register(registry);
        retries = Counter.builder("kinesis.uplink.retries")
                .description("Records scheduled for another PutRecords attempt")
                .register(registry);
        throttles = Counter.builder("kinesis.uplink.throttles")
                .description("Records or requests refused with ProvisionedThroughputExceeded")
                .register(registry);
        failures = Counter.builder("kinesis.uplink.failures")
                .description("Events the uplink could not publish: refused (buffer full, closed, too large) or "
                        + "not acknowledged within their deadline")
                .register(registry);
        downlinkRecords = Counter.builder("kinesis.downlink.records")
                .description("Records read from the downlink stream")
                .register(registry);
        Gauge.builder("kinesis.downlink.millis.behind", millisBehind, KinesisMetrics::max)
                .description("The largest millisBehindLatest among the downlink shards being read")
                .strongReference(true)
                .register(registry);
    }

    /** Meters that record nothing, for parts built without a registry. */
    static KinesisMetrics noop() {
        return new KinesisMetrics(new CompositeMeterRegistry());
    }

    /** Registers the gauge of the publisher's buffer; called once by the publisher. */
    void bufferedRecords(AtomicInteger bufferedRecords) {
        Gauge.builder("kinesis.uplink.buffer.records", bufferedRecords, AtomicInteger::get)
                .description("Events accepted by the publisher and not yet acknowledged or failed")
                .strongReference(true)
                .register(registry);
    }

    private static double max(ConcurrentHashMap<String, Long> values) {
        long max = 0;
        for (long value : values.values()) {
            max = Math.max(max, value);
        }
        return max;
    }

    void published(long nanos) {
        publishLatency.record(nanos, TimeUnit.NANOSECONDS);
    }

    void batchSent(int records) {
        batchRecords.record(records);
    }

    void retry() {
        retries.increment();
    }

    void throttled() {
        throttles.increment();
    }

    void failed() {
        failures.increment();
    }

    void downlinkRecords(int count) {
        downlinkRecords.increment(count);
    }

    void millisBehind(String shardId, long millis) {
        millisBehind.put(shardId, millis);
    }

    void shardDone(String shardId) {
        millisBehind.remove(shardId);
    }
}
