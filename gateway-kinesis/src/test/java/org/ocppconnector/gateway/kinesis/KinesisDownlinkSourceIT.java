package org.ocppconnector.gateway.kinesis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ocppconnector.gateway.kinesis.TestSupport.await;
import static org.ocppconnector.gateway.kinesis.TestSupport.event;
import static org.ocppconnector.gateway.kinesis.TestSupport.put;
import static org.ocppconnector.gateway.kinesis.TestSupport.waitUntil;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.ocppconnector.gateway.core.event.CloudEvent;
import org.ocppconnector.gateway.kinesis.KinesisBridgeConfig.DownlinkMode;
import org.ocppconnector.gateway.testkit.KinesisLocal;
import software.amazon.awssdk.services.kinesis.KinesisAsyncClient;
import software.amazon.awssdk.services.kinesis.model.Consumer;
import software.amazon.awssdk.services.kinesis.model.ConsumerStatus;
import software.amazon.awssdk.services.kinesis.model.ScalingType;
import software.amazon.awssdk.services.kinesis.model.Shard;
import software.amazon.awssdk.services.kinesis.model.StreamStatus;

/** The downlink reader in both modes against the kinesis-local emulator. */
@ExtendWith(SharedKinesisLocal.class)
class KinesisDownlinkSourceIT {

    private static KinesisLocal kinesis;
    private static KinesisAsyncClient client;

    private final List<KinesisBridge> bridges = new ArrayList<>();
    private final BlockingQueue<CloudEvent> received = new LinkedBlockingQueue<>();
    private final Set<String> sinkThreads = ConcurrentHashMap.newKeySet();
    private int streams;

    @BeforeAll
    static void connect(KinesisLocal shared) {
        kinesis = shared;
        client = kinesis.newAsyncClient();
    }

    @AfterAll
    static void disconnect() {
        if (client != null) {
            client.close();
        }
    }

    @AfterEach
    void closeBridges() {
        bridges.forEach(KinesisBridge::close);
    }

    private String newStream(DownlinkMode mode, int shards) {
        String name = "down-" + mode.name().toLowerCase(Locale.ROOT) + "-" + (++streams) + "-" + System.nanoTime() % 100_000;
        kinesis.createStream(name, shards);
        return name;
    }

    private KinesisBridge bridge(String stream, DownlinkMode mode, String gatewayId) {
        KinesisBridge bridge = KinesisBridge.create(
                TestSupport.config(kinesis, "uplink-unused", stream, gatewayId).downlinkMode(mode).build(),
                KinesisLocal.CREDENTIALS);
        bridges.add(bridge);
        return bridge;
    }

    private CompletableFuture<Void> start(KinesisBridge bridge) {
        return bridge.downlink().start(event -> {
            sinkThreads.add(Thread.currentThread().getName());
            received.add(event);
        });
    }

    private List<CloudEvent> take(int count) {
        List<CloudEvent> events = new ArrayList<>();
        long deadline = System.nanoTime() + TestSupport.WAIT.toNanos();
        while (events.size() < count) {
            long left = deadline - System.nanoTime();
            CloudEvent event = null;
            try {
                event = left > 0 ? received.poll(left, TimeUnit.NANOSECONDS) : null;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (event == null) {
                throw new AssertionError("received " + events.size() + " of " + count + " events within " + TestSupport.WAIT
                        + ": " + events.stream().map(CloudEvent::id).toList());
            }
            events.add(event);
        }
        return events;
    }

    private static List<String> ids(List<CloudEvent> events) {
        return events.stream().map(CloudEvent::id).toList();
    }

    @ParameterizedTest
    @EnumSource(DownlinkMode.class)
    void readsEventsPutAfterStartButNotThoseBefore(DownlinkMode mode) {
        String stream = newStream(mode, 1);
        put(client, stream, event("CS-1", 0));
        KinesisBridge bridge = bridge(stream, mode, "gw-latest-" + mode.ordinal());
        assertFalse(bridge.downlink().isReady(), "ready before start");

        await(start(bridge));
        assertTrue(bridge.downlink().isReady());
        put(client, stream, event("CS-1", 1));
        put(client, stream, event("CS-2", 2));

        List<CloudEvent> events = take(2);
        assertEquals(List.of("CS-1/1", "CS-2/2"), ids(events));
        assertEquals(event("CS-2", 2), events.get(1));
        assertEquals(Set.of("kinesis-downlink"), sinkThreads);
        List<Consumer> consumers = await(client.listStreamConsumers(b -> b.streamARN(streamArn(stream)))).consumers();
        assertEquals(mode == DownlinkMode.ENHANCED_FAN_OUT ? 1 : 0, consumers.size(), "consumers: " + consumers);
    }

    @ParameterizedTest
    @EnumSource(DownlinkMode.class)
    void skipsRecordsThatAreNotCloudEvents(DownlinkMode mode) {
        String stream = newStream(mode, 1);
        KinesisBridge bridge = bridge(stream, mode, "gw-invalid-" + mode.ordinal());
        await(start(bridge));
        put(client, stream, "CS-1", "{not json, idToken: SECRET".getBytes(StandardCharsets.UTF_8));
        put(client, stream, "CS-1", "{\"specversion\":\"0.3\",\"id\":\"x\",\"type\":\"ocpp.command\",\"subject\":\"CS-1\",\"data\":{}}"
                .getBytes(StandardCharsets.UTF_8));
        put(client, stream, "CS-1", "{\"specversion\":\"1.0\",\"id\":\"y\",\"type\":\"ocpp.command\",\"subject\":\"CS-1\"}"
                .getBytes(StandardCharsets.UTF_8));
        put(client, stream, event("CS-1", 7));

        // The invalid records came first on the shard: had any been handed over, it would be first.
        assertEquals(List.of("CS-1/7"), ids(take(1)));
        TestSupport.sleep(Duration.ofMillis(500));
        assertNull(received.poll(), "more events than the valid one");
        assertTrue(bridge.downlink().isReady(), "invalid records stopped the reader");
    }

    @ParameterizedTest
    @EnumSource(DownlinkMode.class)
    void readsBothShardsOfATwoShardStream(DownlinkMode mode) {
        String stream = newStream(mode, 2);
        KinesisBridge bridge = bridge(stream, mode, "gw-shards-" + mode.ordinal());
        await(start(bridge));
        Set<String> shardsWritten = new HashSet<>();
        Set<String> sent = new HashSet<>();
        for (int i = 0; i < 16; i++) {
            CloudEvent event = event("CS-" + i, i);
            sent.add(event.id());
            shardsWritten.add(put(client, stream, event).shardId());
        }
        assertEquals(2, shardsWritten.size(), "test events did not spread over both shards");

        assertEquals(sent, new HashSet<>(ids(take(16))));
    }

    @ParameterizedTest
    @EnumSource(DownlinkMode.class)
    void followsAReshardIntoTheChildShards(DownlinkMode mode) {
        String stream = newStream(mode, 1);
        KinesisBridge bridge = bridge(stream, mode, "gw-reshard-" + mode.ordinal());
        await(start(bridge));
        put(client, stream, event("CS-0", 0));
        assertEquals(List.of("CS-0/0"), ids(take(1)));

        await(client.updateShardCount(b -> b.streamName(stream).targetShardCount(2).scalingType(ScalingType.UNIFORM_SCALING)));
        waitUntil("reshard done", () -> await(client.describeStreamSummary(b -> b.streamName(stream)))
                .streamDescriptionSummary().streamStatus() == StreamStatus.ACTIVE);
        List<Shard> shards = await(client.listShards(b -> b.streamName(stream))).shards();
        Set<String> children = new HashSet<>();
        shards.stream().filter(s -> s.parentShardId() != null).forEach(s -> children.add(s.shardId()));
        assertEquals(2, children.size(), "shards: " + shards);

        Set<String> sent = new HashSet<>();
        Set<String> shardsWritten = new HashSet<>();
        for (int i = 1; i <= 10; i++) {
            CloudEvent event = event("CS-" + i, i);
            sent.add(event.id());
            shardsWritten.add(put(client, stream, event).shardId());
        }
        assertEquals(children, shardsWritten, "events must land on the children only");

        List<CloudEvent> events = take(10);
        assertEquals(sent, new HashSet<>(ids(events)));
        TestSupport.sleep(Duration.ofMillis(500));
        assertNull(received.poll(), "duplicates after the reshard");
        waitUntil("ready on the children", () -> bridge.downlink().isReady());
    }

    @Test
    void registersItsConsumerAndDeregistersItOnClose() {
        String stream = newStream(DownlinkMode.ENHANCED_FAN_OUT, 1);
        String arn = streamArn(stream);
        KinesisBridge bridge = bridge(stream, DownlinkMode.ENHANCED_FAN_OUT, "gw-consumer");
        await(start(bridge));

        List<Consumer> consumers = await(client.listStreamConsumers(b -> b.streamARN(arn))).consumers();
        assertEquals(1, consumers.size());
        assertEquals("ocpp-gateway-gw-consumer", consumers.get(0).consumerName());
        assertEquals(ConsumerStatus.ACTIVE, consumers.get(0).consumerStatus());

        bridge.close();
        assertFalse(bridge.downlink().isReady());
        waitUntil("consumer deregistered",
                () -> await(client.listStreamConsumers(b -> b.streamARN(arn))).consumers().isEmpty());
    }

    @Test
    void reusesAConsumerOfItsNameThatExistsAlready() {
        String stream = newStream(DownlinkMode.ENHANCED_FAN_OUT, 1);
        String arn = streamArn(stream);
        String existing = await(client.registerStreamConsumer(b -> b.streamARN(arn).consumerName("ocpp-gateway-gw-reuse")))
                .consumer().consumerARN();
        KinesisBridge bridge = bridge(stream, DownlinkMode.ENHANCED_FAN_OUT, "gw-reuse");
        await(start(bridge));

        List<Consumer> consumers = await(client.listStreamConsumers(b -> b.streamARN(arn))).consumers();
        assertEquals(List.of(existing), consumers.stream().map(Consumer::consumerARN).toList());
        put(client, stream, event("CS-9", 9));
        assertEquals(List.of("CS-9/9"), ids(take(1)));

        bridge.close();
        waitUntil("consumer deregistered",
                () -> await(client.listStreamConsumers(b -> b.streamARN(arn))).consumers().isEmpty());
    }

    private static String streamArn(String stream) {
        return await(client.describeStreamSummary(b -> b.streamName(stream))).streamDescriptionSummary().streamARN();
    }
}
