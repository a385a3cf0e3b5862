package org.ocppconnector.gateway.kinesis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ocppconnector.gateway.kinesis.TestSupport.CODEC;
import static org.ocppconnector.gateway.kinesis.TestSupport.await;
import static org.ocppconnector.gateway.kinesis.TestSupport.event;
import static org.ocppconnector.gateway.kinesis.TestSupport.failure;
import static org.ocppconnector.gateway.kinesis.TestSupport.readAll;
import static org.ocppconnector.gateway.kinesis.TestSupport.waitUntil;

import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.TestInfo;
import org.ocppconnector.gateway.core.bridge.BackpressureListener;
import org.ocppconnector.gateway.core.bridge.PublishException;
import org.ocppconnector.gateway.core.event.CloudEvent;
import org.ocppconnector.gateway.testkit.KinesisLocal;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.kinesis.KinesisAsyncClient;
import software.amazon.awssdk.services.kinesis.model.PutRecordsRequest;
import software.amazon.awssdk.services.kinesis.model.PutRecordsRequestEntry;
import software.amazon.awssdk.services.kinesis.model.Record;

/** The uplink publisher against the kinesis-local emulator. */
@ExtendWith(SharedKinesisLocal.class)
class KinesisUplinkPublisherIT {

    private static KinesisLocal kinesis;
    private static KinesisAsyncClient reader;

    private final List<KinesisUplinkPublisher> publishers = new ArrayList<>();
    private final List<KinesisAsyncClient> clients = new ArrayList<>();
    private ScheduledExecutorService scheduler;
    private volatile Thread publisherThread;
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
    void setUp(TestInfo test) {
        scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "test-uplink");
            thread.setDaemon(true);
            publisherThread = thread;
            return thread;
        });
        stream = "up-" + test.getTestMethod().orElseThrow().getName();
        kinesis.createStream(stream, 1);
    }

    @AfterEach
    void tearDown() throws InterruptedException {
        publishers.forEach(p -> p.close(Duration.ofSeconds(5)));
        clients.forEach(KinesisAsyncClient::close);
        scheduler.shutdownNow();
        assertTrue(scheduler.awaitTermination(5, TimeUnit.SECONDS));
    }

    private KinesisBridgeConfig.Builder config() {
        return TestSupport.config(kinesis, stream, "unused", "gw-test");
    }

    /** The bridge's own client (HTTP/2, no SDK retries) behind an interceptor. */
    private InterceptingClient client(KinesisBridgeConfig config) {
        InterceptingClient client = new InterceptingClient(KinesisBridge.newClient(config, KinesisLocal.CREDENTIALS));
        clients.add(client);
        return client;
    }

    private KinesisUplinkPublisher publisher(KinesisBridgeConfig config, KinesisAsyncClient client) {
        KinesisUplinkPublisher publisher = new KinesisUplinkPublisher(client, config, CODEC, scheduler, System::nanoTime,
                new Backoff(config.retryBaseDelay(), config.retryMaxDelay(), new SplittableRandom(7)));
        publishers.add(publisher);
        return publisher;
    }

    @Test
    void eventsLandWithSubjectAsPartitionKeyAndExactBytes() {
        KinesisBridgeConfig config = config().build();
        KinesisUplinkPublisher publisher = publisher(config, client(config));
        Map<String, CloudEvent> published = new LinkedHashMap<>();
        List<CompletableFuture<Void>> futures = new ArrayList<>();
        for (int n = 0; n < 3; n++) {
            for (String station : List.of("CS-A", "CS-B", "CS-Ü")) {
                CloudEvent event = event(station, n);
                published.put(event.id(), event);
                futures.add(publisher.publish(event));
            }
        }
        futures.forEach(TestSupport::await);

        List<Record> records = readAll(reader, stream, published.size());
        assertEquals(published.size(), records.size());
        for (Record record : records) {
            CloudEvent read = CODEC.fromBytes(record.data().asByteArray());
            CloudEvent sent = published.get(read.id());
            assertEquals(sent.subject(), record.partitionKey());
            assertArrayEquals(CODEC.toBytes(sent), record.data().asByteArray());
        }
        assertEquals(0, publisher.bufferedRecords());
    }

    @Test
    void batchesHoldAtMost500RecordsAndFlushWhenFull() {
        // A long linger: only a full batch may go out early.
        KinesisBridgeConfig config = config().lingerTime(Duration.ofSeconds(2)).build();
        InterceptingClient client = client(config);
        KinesisUplinkPublisher publisher = publisher(config, client);
        long start = System.nanoTime();
        List<CompletableFuture<Void>> futures = new ArrayList<>();
        for (int i = 0; i < 1100; i++) {
            futures.add(publisher.publish(event(String.format("CS-%04d", i), 0)));
        }
        waitUntil("two full batches sent", () -> client.requests.size() >= 2);
        assertTrue(System.nanoTime() - start < Duration.ofSeconds(2).toNanos(), "full batches waited for the linger time");
        futures.forEach(TestSupport::await);

        List<Integer> sizes = client.requests.stream().map(r -> r.records().size()).toList();
        assertEquals(List.of(500, 500, 100), sizes);
        assertEquals(1100, readAll(reader, stream, 1100).size());
    }

    @Test
    void batchesHoldAtMostMaxBatchBytes() {
        KinesisBridgeConfig config = config().maxBatchBytes(10_000).lingerTime(Duration.ofMillis(200)).build();
        InterceptingClient client = client(config);
        KinesisUplinkPublisher publisher = publisher(config, client);
        List<CompletableFuture<Void>> futures = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            futures.add(publisher.publish(event("CS-" + i, i, 900))); // about 1.1 kB each
        }
        futures.forEach(TestSupport::await);

        assertTrue(client.requests.size() >= 5, "requests: " + client.requests.size());
        for (PutRecordsRequest request : client.requests) {
            long bytes = request.records().stream()
                    .mapToLong(e -> e.data().asByteArrayUnsafe().length + e.partitionKey().getBytes(StandardCharsets.UTF_8).length)
                    .sum();
            assertTrue(bytes <= 10_000, "batch of " + bytes + " bytes");
        }
        assertEquals(40, readAll(reader, stream, 40).size());
    }

    @Test
    void retriesOnlyFailedEntriesAndKeepsEachStationsOrder() {
        KinesisBridgeConfig config = config().lingerTime(Duration.ofMillis(5)).build();
        AtomicInteger seen = new AtomicInteger();
        InterceptingClient client = client(config).hook((request, emulator) ->
                // Every third entry seen is throttled, as a hot shard would.
                InterceptingClient.failEntries(request, emulator, entry -> seen.incrementAndGet() % 3 == 0,
                        "ProvisionedThroughputExceededException"));
        KinesisUplinkPublisher publisher = publisher(config, client);
        List<String> stations = List.of("CS-1", "CS-2", "CS-3", "CS-4");
        Map<String, List<String>> publishedOrder = new HashMap<>();
        List<CompletableFuture<Void>> futures = new ArrayList<>();
        for (int n = 0; n < 25; n++) {
            for (String station : stations) {
                CloudEvent event = event(station, n);
                publishedOrder.computeIfAbsent(station, s -> new ArrayList<>()).add(event.id());
                futures.add(publisher.publish(event));
            }
        }
        futures.forEach(TestSupport::await);

        // Each entry was sent once, plus once more per throttled attempt; never after success.
        Map<String, Integer> sends = new HashMap<>();
        List<PutRecordsRequestEntry> sent = client.requests.stream().flatMap(r -> r.records().stream()).toList();
        sent.forEach(e -> sends.merge(CODEC.fromBytes(e.data().asByteArray()).id(), 1, Integer::sum));
        int throttled = seen.get() / 3;
        assertTrue(throttled >= 33, "throttled " + throttled);
        assertEquals(100 + throttled, sent.size());
        assertEquals(100, sends.size());

        List<Record> records = readAll(reader, stream, 100);
        assertEquals(100, records.size(), "lost or duplicated records");
        Map<String, List<String>> landedOrder = new HashMap<>();
        for (Record record : records) {
            CloudEvent read = CODEC.fromBytes(record.data().asByteArray());
            landedOrder.computeIfAbsent(read.subject(), s -> new ArrayList<>()).add(read.id());
        }
        assertEquals(publishedOrder, landedOrder);
    }

    @Test
    void retriesWholeRequestFailures() {
        KinesisBridgeConfig config = config().build();
        AtomicInteger calls = new AtomicInteger();
        InterceptingClient client = client(config).hook((request, emulator) -> calls.incrementAndGet() <= 2
                ? CompletableFuture.failedFuture(SdkClientException.create("Unable to execute HTTP request: Connection refused"))
                : emulator.putRecords(request));
        KinesisUplinkPublisher publisher = publisher(config, client);
        List<CompletableFuture<Void>> futures = new ArrayList<>();
        for (int n = 0; n < 3; n++) {
            futures.add(publisher.publish(event("CS-1", n)));
        }
        futures.forEach(TestSupport::await);

        assertTrue(calls.get() >= 3, "calls: " + calls.get());
        List<Record> records = readAll(reader, stream, 3);
        assertEquals(List.of("CS-1/0", "CS-1/1", "CS-1/2"),
                records.stream().map(r -> CODEC.fromBytes(r.data().asByteArray()).id()).toList());
    }

    @Test
    void pausesAboveHighWaterResumesBelowLowWaterAndFailsFastWhenFull() throws Exception {
        KinesisBridgeConfig config = config()
                .bufferCapacity(10, KinesisBridgeConfig.MAX_RECORD_BYTES)
                .waterMarks(0.5, 0.8)
                .lingerTime(Duration.ZERO)
                .build();
        CompletableFuture<Void> gate = new CompletableFuture<>();
        // Holds every PutRecords until the gate opens, as a slow Kinesis would.
        InterceptingClient client = client(config).hook((request, emulator) ->
                gate.thenCompose(v -> emulator.putRecords(request)));
        KinesisUplinkPublisher publisher = publisher(config, client);
        List<String> signals = new CopyOnWriteArrayList<>();
        Map<String, String> signalThreads = new ConcurrentHashMap<>();
        publisher.setBackpressureListener(new BackpressureListener() {
            @Override
            public void pause() {
                signals.add("pause");
                signalThreads.put("pause", Thread.currentThread().getName());
            }

            @Override
            public void resume() {
                signals.add("resume");
                signalThreads.put("resume", Thread.currentThread().getName());
            }
        });

        List<CompletableFuture<Void>> accepted = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            accepted.add(publisher.publish(event("CS-" + i, 0)));
        }
        TestSupport.sleep(Duration.ofMillis(300));
        assertEquals(List.of(), signals, "paused below the high-water mark");
        accepted.add(publisher.publish(event("CS-7", 0)));
        waitUntil("pause at 8 of 10", () -> signals.equals(List.of("pause")));
        accepted.add(publisher.publish(event("CS-8", 0)));
        accepted.add(publisher.publish(event("CS-9", 0)));

        long before = System.nanoTime();
        Throwable full = failure(publisher.publish(event("CS-10", 0)), Duration.ofSeconds(2));
        assertTrue(System.nanoTime() - before < Duration.ofSeconds(1).toNanos(), "full buffer did not fail fast");
        assertInstanceOf(PublishException.class, full);
        assertTrue(full.getMessage().contains("buffer full"), full.getMessage());
        Map<Integer, String> completionThreads = new ConcurrentHashMap<>();
        for (int i = 0; i < accepted.size(); i++) {
            int index = i;
            accepted.get(i).whenComplete((v, e) -> completionThreads.put(index, Thread.currentThread().getName()));
        }
        assertTrue(accepted.stream().noneMatch(CompletableFuture::isDone), "completed before Kinesis answered");

        gate.complete(null);
        // Polled, not awaited: a thread blocked in get() may run dependent actions itself.
        waitUntil("all acknowledged", () -> completionThreads.size() == accepted.size());
        assertTrue(completionThreads.values().stream().allMatch(publisherThread.getName()::equals),
                "futures completed on " + completionThreads.values());
        accepted.forEach(TestSupport::await);
        waitUntil("resume", () -> signals.equals(List.of("pause", "resume")));
        assertEquals(publisherThread.getName(), signalThreads.get("pause"));
        assertEquals(publisherThread.getName(), signalThreads.get("resume"));
        await(publisher.publish(event("CS-11", 0)));
        assertEquals(11, readAll(reader, stream, 11).size());
    }

    @Test
    void failsWithPublishExceptionAfterTheDeadlineWhenKinesisIsUnreachable() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        Duration deadline = Duration.ofMillis(1500);
        KinesisBridgeConfig config = config()
                .endpointOverride(URI.create("http://127.0.0.1:" + closedPort))
                .publishDeadline(deadline)
                .build();
        KinesisUplinkPublisher publisher = publisher(config, client(config));
        long start = System.nanoTime();
        List<CompletableFuture<Void>> futures = List.of(
                publisher.publish(event("CS-1", 0)), publisher.publish(event("CS-1", 1)), publisher.publish(event("CS-2", 0)));
        for (CompletableFuture<Void> future : futures) {
            Throwable error = failure(future, Duration.ofSeconds(10));
            assertInstanceOf(PublishException.class, error);
            assertTrue(error.getMessage().contains("publish deadline"), error.getMessage());
        }
        // The first event of each station was tried and tells why; CS-1/1 waited behind CS-1/0.
        assertInstanceOf(SdkClientException.class, failure(futures.get(0), Duration.ZERO).getCause());
        assertInstanceOf(SdkClientException.class, failure(futures.get(2), Duration.ZERO).getCause());
        long elapsed = System.nanoTime() - start;
        assertTrue(elapsed >= deadline.toNanos(), "failed before the deadline: " + Duration.ofNanos(elapsed));
        assertTrue(elapsed < deadline.plusSeconds(3).toNanos(), "failed late: " + Duration.ofNanos(elapsed));
        assertEquals(0, publisher.bufferedRecords());
    }

    @Test
    void closeSendsWhatIsBufferedAndRefusesMore() {
        KinesisBridgeConfig config = config().lingerTime(Duration.ofSeconds(10)).build();
        KinesisUplinkPublisher publisher = publisher(config, client(config));
        List<CompletableFuture<Void>> futures = new ArrayList<>();
        for (int n = 0; n < 10; n++) {
            for (int s = 0; s < 5; s++) {
                futures.add(publisher.publish(event("CS-" + s, n)));
            }
        }
        TestSupport.sleep(Duration.ofMillis(300));
        assertTrue(futures.stream().noneMatch(CompletableFuture::isDone), "sent before the linger time or close");

        long start = System.nanoTime();
        publisher.close(Duration.ofSeconds(20));
        assertTrue(System.nanoTime() - start < Duration.ofSeconds(10).toNanos(), "close waited for the linger time");
        assertTrue(futures.stream().allMatch(f -> f.isDone() && !f.isCompletedExceptionally()), "not all acknowledged");
        assertEquals(50, readAll(reader, stream, 50).size());

        Throwable refused = failure(publisher.publish(event("CS-0", 99)), Duration.ofSeconds(2));
        assertInstanceOf(PublishException.class, refused);
        assertTrue(refused.getMessage().contains("closed"), refused.getMessage());
    }

    @Test
    void failsARecordOverOneMebibyteAtOnce() {
        KinesisBridgeConfig config = config().build();
        InterceptingClient client = client(config);
        KinesisUplinkPublisher publisher = publisher(config, client);
        Throwable error = failure(publisher.publish(event("CS-1", 0, KinesisBridgeConfig.MAX_RECORD_BYTES)), Duration.ofSeconds(2));
        assertInstanceOf(PublishException.class, error);
        assertTrue(error.getMessage().contains("record size"), error.getMessage());

        assertEquals(0, client.requests.size());

        // Just below the limit still goes through, as one record.
        CloudEvent big = event("CS-1", 1, 1000 * 1000);
        await(publisher.publish(big));
        assertEquals(1, client.requests.size());
        assertEquals(CODEC.toBytes(big).length, client.requests.get(0).records().get(0).data().asByteArrayUnsafe().length);
    }
}
