package org.ocppconnector.gateway.testkit;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;
import org.ocppconnector.gateway.core.event.CloudEvent;
import org.ocppconnector.gateway.core.event.CloudEventCodec;
import org.ocppconnector.gateway.core.rpc.OcppJson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.kinesis.KinesisAsyncClient;
import software.amazon.awssdk.services.kinesis.model.GetRecordsResponse;
import software.amazon.awssdk.services.kinesis.model.Record;
import software.amazon.awssdk.services.kinesis.model.Shard;
import software.amazon.awssdk.services.kinesis.model.ShardIteratorType;

/**
 * Test access to a stream on the emulator: reads every record of every shard from the start into
 * memory on a background thread (deduplicated by event id), and writes events with partition key
 * = subject, as a backend would. Survives an emulator restart by starting over on the new shards.
 */
public final class KinesisStreamTap implements AutoCloseable {

    private static final Logger logger = LoggerFactory.getLogger(KinesisStreamTap.class);

    private final KinesisAsyncClient client;
    private final String stream;
    private final CloudEventCodec codec = new CloudEventCodec(OcppJson.newMapper());
    private final Map<String, CloudEvent> events = new LinkedHashMap<>();
    private final Map<String, String> partitionKeys = new HashMap<>();
    private final Object lock = new Object();
    private final Thread reader;
    private volatile boolean running = true;

    private KinesisStreamTap(KinesisAsyncClient client, String stream, boolean read) {
        this.client = client;
        this.stream = stream;
        this.reader = new Thread(this::readLoop, "tap-" + stream);
        this.reader.setDaemon(true);
        if (read) {
            reader.start();
        }
    }

    /** Reads {@code stream} from its start until closed. */
    public static KinesisStreamTap reading(KinesisLocal kinesis, String stream) {
        return new KinesisStreamTap(kinesis.newAsyncClient(), stream, true);
    }

    /** Only writes to {@code stream}. */
    public static KinesisStreamTap writing(KinesisLocal kinesis, String stream) {
        return new KinesisStreamTap(kinesis.newAsyncClient(), stream, false);
    }

    /** Puts an event on the stream with partition key = subject; returns once Kinesis acknowledged it. */
    public void put(CloudEvent event) {
        try {
            client.putRecord(b -> b.streamName(stream).partitionKey(event.subject())
                    .data(SdkBytes.fromByteArray(codec.toBytes(event)))).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("putRecord to " + stream + " failed", e);
        }
    }

    /** Puts raw bytes, e.g. an invalid record. */
    public void putRaw(String partitionKey, byte[] data) {
        try {
            client.putRecord(b -> b.streamName(stream).partitionKey(partitionKey)
                    .data(SdkBytes.fromByteArray(data))).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("putRecord to " + stream + " failed", e);
        }
    }

    /** Every event read so far, in read order. */
    public List<CloudEvent> events() {
        synchronized (lock) {
            return new ArrayList<>(events.values());
        }
    }

    /** The partition key the record of an event was written with. */
    public String partitionKey(String eventId) {
        synchronized (lock) {
            return partitionKeys.get(eventId);
        }
    }

    /** Waits for the first event matching {@code filter}. */
    public CloudEvent await(Predicate<CloudEvent> filter, Duration timeout) throws InterruptedException, TimeoutException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (lock) {
            while (true) {
                for (CloudEvent e : events.values()) {
                    if (filter.test(e)) {
                        return e;
                    }
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new TimeoutException("no matching event on " + stream + " within " + timeout
                            + "; read " + events.size());
                }
                TimeUnit.NANOSECONDS.timedWait(lock, Math.min(left, TimeUnit.MILLISECONDS.toNanos(200)));
            }
        }
    }

    /** Waits until at least {@code count} events match {@code filter}; returns them. */
    public List<CloudEvent> awaitCount(Predicate<CloudEvent> filter, int count, Duration timeout)
            throws InterruptedException, TimeoutException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (lock) {
            while (true) {
                List<CloudEvent> matching = events.values().stream().filter(filter).toList();
                if (matching.size() >= count) {
                    return matching;
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new TimeoutException(matching.size() + " of " + count + " matching events on " + stream
                            + " within " + timeout);
                }
                TimeUnit.NANOSECONDS.timedWait(lock, Math.min(left, TimeUnit.MILLISECONDS.toNanos(200)));
            }
        }
    }

    private void readLoop() {
        Map<String, String> iterators = new HashMap<>();
        while (running) {
            try {
                if (iterators.isEmpty()) {
                    List<Shard> shards = client.listShards(b -> b.streamName(stream)).get(5, TimeUnit.SECONDS).shards();
                    for (Shard shard : shards) {
                        String iterator = client.getShardIterator(b -> b.streamName(stream).shardId(shard.shardId())
                                        .shardIteratorType(ShardIteratorType.TRIM_HORIZON))
                                .get(5, TimeUnit.SECONDS).shardIterator();
                        iterators.put(shard.shardId(), iterator);
                    }
                }
                boolean any = false;
                for (Map.Entry<String, String> entry : new ArrayList<>(iterators.entrySet())) {
                    if (entry.getValue() == null) {
                        continue;
                    }
                    GetRecordsResponse response = client.getRecords(b -> b.shardIterator(entry.getValue()).limit(1000))
                            .get(5, TimeUnit.SECONDS);
                    entry.setValue(response.nextShardIterator());
                    iterators.put(entry.getKey(), response.nextShardIterator());
                    if (!response.records().isEmpty()) {
                        any = true;
                        add(response.records());
                    }
                }
                if (!any) {
                    Thread.sleep(100);
                }
            } catch (InterruptedException e) {
                return;
            } catch (Exception e) {
                // The emulator is down or restarting: start over on its shards once it is back.
                logger.debug("tap {}: {}", stream, e.toString());
                iterators.clear();
                try {
                    Thread.sleep(250);
                } catch (InterruptedException ie) {
                    return;
                }
            }
        }
    }

    private void add(List<Record> records) {
        synchronized (lock) {
            for (Record record : records) {
                try {
                    CloudEvent event = codec.fromBytes(record.data().asByteArray());
                    if (events.putIfAbsent(event.id(), event) == null) {
                        partitionKeys.put(event.id(), record.partitionKey());
                    }
                } catch (CloudEventCodec.InvalidEventException e) {
                    logger.warn("tap {}: record {} is not a CloudEvent: {}", stream, record.sequenceNumber(),
                            e.getMessage());
                }
            }
            lock.notifyAll();
        }
    }

    @Override
    public void close() {
        running = false;
        reader.interrupt();
        try {
            reader.join(5000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        client.close();
    }
}
