package org.ocppconnector.gateway.kinesis;

import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import org.ocppconnector.gateway.core.event.CloudEvent;
import org.ocppconnector.gateway.core.event.CloudEventCodec;
import org.ocppconnector.gateway.core.event.EventTypes;
import org.ocppconnector.gateway.testkit.KinesisLocal;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.kinesis.KinesisAsyncClient;
import software.amazon.awssdk.services.kinesis.model.GetRecordsResponse;
import software.amazon.awssdk.services.kinesis.model.PutRecordResponse;
import software.amazon.awssdk.services.kinesis.model.Record;
import software.amazon.awssdk.services.kinesis.model.Shard;
import software.amazon.awssdk.services.kinesis.model.ShardIteratorType;

/** Events, emulator reads and bounded waits shared by the tests. */
final class TestSupport {

    static final ObjectMapper MAPPER = new ObjectMapper();
    static final CloudEventCodec CODEC = new CloudEventCodec(MAPPER);
    static final Duration WAIT = Duration.ofSeconds(30);

    private TestSupport() {}

    /** An {@code ocpp.call} event of {@code station} whose id names station and number. */
    static CloudEvent event(String station, int n) {
        return event(station, n, 0);
    }

    /** Like {@link #event(String, int)} with {@code padding} extra characters of data. */
    static CloudEvent event(String station, int n, int padding) {
        ObjectNode data = MAPPER.createObjectNode();
        data.put("action", "Heartbeat");
        data.put("n", n);
        if (padding > 0) {
            data.put("padding", "x".repeat(padding));
        }
        return new CloudEvent(station + "/" + n, "/ocpp-gateway/test", EventTypes.CALL, station,
                Instant.parse("2025-01-01T00:00:00Z").plusMillis(n), "1.6", data);
    }

    /** The bridge settings for the emulator: its endpoint and region, short intervals. */
    static KinesisBridgeConfig.Builder config(KinesisLocal kinesis, String uplink, String downlink, String gatewayId) {
        return KinesisBridgeConfig.builder(uplink, downlink, gatewayId)
                .region(KinesisLocal.REGION.id())
                .endpointOverride(kinesis.endpoint())
                .retryDelay(Duration.ofMillis(50), Duration.ofMillis(500))
                .pollingInterval(Duration.ofMillis(200))
                .shardSyncInterval(Duration.ofMillis(500));
    }

    static <T> T await(CompletableFuture<T> future) {
        try {
            return future.get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        } catch (ExecutionException e) {
            throw new AssertionError("failed: " + e.getCause(), e.getCause());
        } catch (TimeoutException e) {
            throw new AssertionError("not done within " + WAIT);
        }
    }

    /** The exception a future failed with, waiting at most {@code timeout}. */
    static Throwable failure(CompletableFuture<?> future, Duration timeout) {
        try {
            future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            return e.getCause();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        } catch (TimeoutException e) {
            throw new AssertionError("not failed within " + timeout);
        }
        throw new AssertionError("completed normally, expected a failure");
    }

    /** Waits at most {@link #WAIT} for {@code condition}, polling every 50 ms. */
    static void waitUntil(String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                fail("not within " + WAIT + ": " + what);
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    /** Puts one record directly (not through the publisher). */
    static PutRecordResponse put(KinesisAsyncClient client, String stream, String partitionKey, byte[] data) {
        return await(client.putRecord(b -> b.streamName(stream).partitionKey(partitionKey).data(SdkBytes.fromByteArray(data))));
    }

    /** Puts an event directly, partition key = subject. */
    static PutRecordResponse put(KinesisAsyncClient client, String stream, CloudEvent event) {
        return put(client, stream, event.subject(), CODEC.toBytes(event));
    }

    /**
     * Reads every shard from TRIM_HORIZON until at least {@code expected} records arrived (at
     * most {@link #WAIT}), then once more, so that extra records (duplicates) show up as well.
     * Records are grouped by shard, each shard's in sequence order.
     */
    static List<Record> readAll(KinesisAsyncClient client, String stream, int expected) {
        Map<String, String> iterators = new LinkedHashMap<>();
        for (Shard shard : await(client.listShards(b -> b.streamName(stream))).shards()) {
            iterators.put(shard.shardId(), await(client.getShardIterator(b -> b.streamName(stream)
                    .shardId(shard.shardId()).shardIteratorType(ShardIteratorType.TRIM_HORIZON))).shardIterator());
        }
        Map<String, List<Record>> byShard = new LinkedHashMap<>();
        long deadline = System.nanoTime() + WAIT.toNanos();
        boolean extraPass = false;
        while (true) {
            for (Map.Entry<String, String> entry : iterators.entrySet()) {
                if (entry.getValue() == null) {
                    continue;
                }
                GetRecordsResponse response = await(client.getRecords(b -> b.shardIterator(entry.getValue())));
                byShard.computeIfAbsent(entry.getKey(), k -> new ArrayList<>()).addAll(response.records());
                entry.setValue(response.nextShardIterator());
            }
            int count = byShard.values().stream().mapToInt(List::size).sum();
            if (extraPass) {
                break;
            }
            if (count >= expected) {
                extraPass = true;
                sleep(Duration.ofMillis(300));
            } else if (System.nanoTime() > deadline) {
                fail("read " + count + " of " + expected + " records from " + stream + " within " + WAIT);
            } else {
                sleep(Duration.ofMillis(100));
            }
        }
        List<Record> all = new ArrayList<>();
        byShard.values().forEach(all::addAll);
        return all;
    }

    static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
