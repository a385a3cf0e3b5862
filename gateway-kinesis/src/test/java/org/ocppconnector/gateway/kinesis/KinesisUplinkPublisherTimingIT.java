package org.ocppconnector.gateway.kinesis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ocppconnector.gateway.kinesis.TestSupport.CODEC;
import static org.ocppconnector.gateway.kinesis.TestSupport.event;
import static org.ocppconnector.gateway.kinesis.TestSupport.readAll;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.TestInfo;
import org.ocppconnector.gateway.core.bridge.PublishException;
import org.ocppconnector.gateway.testkit.KinesisLocal;
import software.amazon.awssdk.services.kinesis.KinesisAsyncClient;
import software.amazon.awssdk.services.kinesis.model.PutRecordsRequest;

/**
 * The publisher's timing on fake time: linger, backoff and deadline are checked to the
 * millisecond, while PutRecords still goes to the kinesis-local emulator (failures are injected
 * by {@link InterceptingClient}, as the emulator cannot throttle on demand).
 */
@ExtendWith(SharedKinesisLocal.class)
class KinesisUplinkPublisherTimingIT {

    private static KinesisLocal kinesis;
    private static KinesisAsyncClient reader;

    private final ManualScheduler scheduler = new ManualScheduler();
    private final List<KinesisAsyncClient> clients = new ArrayList<>();
    private String stream;

    @BeforeAll
    static void connect(KinesisLocal shared) {
        kinesis = shared;
        reader = kinesis.newAsyncClient();
    }

    @AfterAll
    static void disconnect() {
        if (reader != null) {
            reader.close();
        }
    }

    @BeforeEach
    void createStream(TestInfo test) {
        stream = "timing-" + test.getTestMethod().orElseThrow().getName();
        kinesis.createStream(stream, 1);
    }

    @AfterEach
    void closeClients() {
        clients.forEach(KinesisAsyncClient::close);
    }

    private InterceptingClient client(KinesisBridgeConfig config) {
        InterceptingClient client = new InterceptingClient(KinesisBridge.newClient(config, KinesisLocal.CREDENTIALS));
        clients.add(client);
        return client;
    }

    private KinesisUplinkPublisher publisher(KinesisBridgeConfig config, KinesisAsyncClient client) {
        return new KinesisUplinkPublisher(client, config, CODEC, scheduler, scheduler::nanoTime,
                new Backoff(config.retryBaseDelay(), config.retryMaxDelay(), new SplittableRandom(3)));
    }

    @Test
    void lingerHoldsRecordsForItsTimeThenSendsThemInOneRequest() {
        KinesisBridgeConfig config = TestSupport.config(kinesis, stream, "unused", "gw").lingerTime(Duration.ofMillis(20)).build();
        InterceptingClient client = client(config);
        KinesisUplinkPublisher publisher = publisher(config, client);
        List<CompletableFuture<Void>> futures = List.of(
                publisher.publish(event("CS-1", 0)), publisher.publish(event("CS-2", 0)), publisher.publish(event("CS-3", 0)));

        scheduler.advance(Duration.ofMillis(19));
        assertEquals(0, client.requests.size(), "sent before the linger time");
        scheduler.advance(Duration.ofMillis(1));
        assertEquals(1, client.requests.size());
        assertEquals(3, client.requests.get(0).records().size());

        scheduler.runUntil("acknowledged", () -> futures.stream().allMatch(CompletableFuture::isDone));
        futures.forEach(TestSupport::await);
        assertEquals(3, readAll(reader, stream, 3).size());
    }

    @Test
    void aRecordLeftOverFromAFullBatchGoesOutAfterItsOwnLinger() {
        KinesisBridgeConfig config = TestSupport.config(kinesis, stream, "unused", "gw")
                .maxBatchRecords(2)
                .lingerTime(Duration.ofMillis(20))
                .build();
        InterceptingClient client = client(config);
        KinesisUplinkPublisher publisher = publisher(config, client);
        CompletableFuture<Void> a = publisher.publish(event("CS-A", 0));
        scheduler.advance(Duration.ofMillis(5));
        CompletableFuture<Void> b = publisher.publish(event("CS-B", 0));
        CompletableFuture<Void> c = publisher.publish(event("CS-C", 0));
        scheduler.runDue();
        assertEquals(List.of(List.of("CS-A/0", "CS-B/0")), client.requests.stream().map(KinesisUplinkPublisherTimingIT::ids).toList());
        scheduler.runUntil("first batch answered", () -> publisher.inFlightBatches() == 0);

        // The wakeup planned for A (at 20 ms) comes too early for C (25 ms) and must plan another.
        scheduler.advance(Duration.ofMillis(19));
        assertEquals(1, client.requests.size(), "C sent before its linger time");
        scheduler.advance(Duration.ofMillis(1));
        assertEquals(List.of("CS-C/0"), ids(client.requests.get(1)));
        scheduler.runUntil("acknowledged", () -> a.isDone() && b.isDone() && c.isDone());
        List.of(a, b, c).forEach(TestSupport::await);
    }

    @Test
    void retriesWithJitteredExponentialBackoffAndFailsAtTheDeadline() {
        KinesisBridgeConfig config = TestSupport.config(kinesis, stream, "unused", "gw")
                .lingerTime(Duration.ZERO)
                .retryDelay(Duration.ofMillis(100), Duration.ofMillis(400))
                .publishDeadline(Duration.ofSeconds(2))
                .build();
        List<Long> attemptTimes = new CopyOnWriteArrayList<>();
        InterceptingClient client = client(config).hook((request, emulator) -> {
            attemptTimes.add(scheduler.nanoTime());
            return InterceptingClient.failEntries(request, emulator, entry -> true, "InternalFailure");
        });
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        KinesisUplinkPublisher publisher = new KinesisUplinkPublisher(client, config, CODEC, scheduler,
                scheduler::nanoTime, new Backoff(config.retryBaseDelay(), config.retryMaxDelay(), new SplittableRandom(3)),
                new KinesisMetrics(meters));
        CompletableFuture<Void> future = publisher.publish(event("CS-1", 0));

        long start = scheduler.nanoTime();
        while (scheduler.nanoTime() - start < Duration.ofMillis(1999).toNanos()) {
            scheduler.runUntil("answer processed", () -> publisher.inFlightBatches() == 0);
            scheduler.advance(Duration.ofMillis(1));
        }
        assertFalse(future.isDone(), "failed before the deadline");
        scheduler.advance(Duration.ofMillis(2));
        scheduler.runUntil("failed", future::isDone);
        Throwable error = TestSupport.failure(future, Duration.ZERO);
        assertInstanceOf(PublishException.class, error);
        assertTrue(error.getMessage().contains("publish deadline"), error.getMessage());
        assertTrue(error.getCause().getMessage().contains("InternalFailure"), String.valueOf(error.getCause()));
        assertEquals(1, meters.get("kinesis.uplink.failures").counter().count(), "the event given up is counted");

        // Delays stay under base * 2^(n-1), capped at max; full jitter makes them differ.
        List<Long> gaps = new ArrayList<>();
        for (int i = 1; i < attemptTimes.size(); i++) {
            gaps.add(Duration.ofNanos(attemptTimes.get(i) - attemptTimes.get(i - 1)).toMillis());
        }
        assertTrue(gaps.size() >= 6, "attempts in 2 s: " + attemptTimes.size());
        for (int i = 0; i < gaps.size(); i++) {
            long ceiling = Math.min(400, 100L << i);
            // +1: time advances in 1 ms steps
            assertTrue(gaps.get(i) <= ceiling + 1, "gap " + i + " of " + gaps + " over " + ceiling);
        }
        assertTrue(gaps.stream().distinct().count() > 2, "no jitter: " + gaps);
        assertEquals(0, publisher.bufferedRecords());
    }

    @Test
    void aStationsNextRecordWaitsUntilItsPredecessorIsAcknowledged() {
        KinesisBridgeConfig config = TestSupport.config(kinesis, stream, "unused", "gw")
                .lingerTime(Duration.ZERO)
                .retryDelay(Duration.ofMillis(50), Duration.ofMillis(50))
                .build();
        AtomicInteger throttles = new AtomicInteger();
        InterceptingClient client = client(config).hook((request, emulator) ->
                InterceptingClient.failEntries(request, emulator,
                        entry -> CODEC.fromBytes(entry.data().asByteArray()).id().equals("CS-1/0") && throttles.getAndIncrement() < 2,
                        "ProvisionedThroughputExceededException"));
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        KinesisUplinkPublisher publisher = new KinesisUplinkPublisher(client, config, CODEC, scheduler,
                scheduler::nanoTime, new Backoff(config.retryBaseDelay(), config.retryMaxDelay(), new SplittableRandom(3)),
                new KinesisMetrics(meters));
        List<CompletableFuture<Void>> futures = List.of(
                publisher.publish(event("CS-1", 0)), publisher.publish(event("CS-1", 1)), publisher.publish(event("CS-2", 0)));
        assertEquals(3, meters.get("kinesis.uplink.buffer.records").gauge().value());

        for (int i = 0; i < 400 && !futures.stream().allMatch(CompletableFuture::isDone); i++) {
            scheduler.runUntil("answers processed", () -> publisher.inFlightBatches() == 0);
            scheduler.advance(Duration.ofMillis(1));
        }
        futures.forEach(TestSupport::await);

        List<List<String>> sent = client.requests.stream().map(KinesisUplinkPublisherTimingIT::ids).toList();
        assertEquals(List.of("CS-1/0", "CS-2/0"), sent.get(0));
        assertEquals(List.of("CS-1/0"), sent.get(1));
        assertEquals(List.of("CS-1/0"), sent.get(2));
        assertEquals(List.of("CS-1/1"), sent.get(3));
        assertEquals(4, sent.size());
        assertEquals(2, meters.get("kinesis.uplink.throttles").counter().count());
        assertEquals(2, meters.get("kinesis.uplink.retries").counter().count());
        assertEquals(4, meters.get("kinesis.uplink.batch.records").summary().count());
        assertEquals(5, meters.get("kinesis.uplink.batch.records").summary().totalAmount());
        assertEquals(3, meters.get("kinesis.uplink.publish.latency").timer().count());
        // Measured on the publisher's (here fake) clock: CS-1/1 waited for CS-1/0's two retries.
        assertTrue(meters.get("kinesis.uplink.publish.latency").timer().max(TimeUnit.NANOSECONDS) > 0);
        assertEquals(0, meters.get("kinesis.uplink.buffer.records").gauge().value());
        assertEquals(0, meters.get("kinesis.uplink.failures").counter().count(), "retried records are no failures");
        assertEquals(List.of("CS-2/0", "CS-1/0", "CS-1/1"),
                readAll(reader, stream, 3).stream().map(r -> CODEC.fromBytes(r.data().asByteArray()).id()).toList());
    }

    private static List<String> ids(PutRecordsRequest request) {
        return request.records().stream().map(e -> CODEC.fromBytes(e.data().asByteArray()).id()).toList();
    }
}
