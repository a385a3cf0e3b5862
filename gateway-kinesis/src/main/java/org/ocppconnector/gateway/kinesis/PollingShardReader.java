package org.ocppconnector.gateway.kinesis;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.kinesis.KinesisAsyncClient;
import software.amazon.awssdk.services.kinesis.model.ExpiredIteratorException;
import software.amazon.awssdk.services.kinesis.model.GetRecordsResponse;
import software.amazon.awssdk.services.kinesis.model.GetShardIteratorRequest;
import software.amazon.awssdk.services.kinesis.model.GetShardIteratorResponse;
import software.amazon.awssdk.services.kinesis.model.InvalidArgumentException;
import software.amazon.awssdk.services.kinesis.model.ProvisionedThroughputExceededException;
import software.amazon.awssdk.services.kinesis.model.Record;
import software.amazon.awssdk.services.kinesis.model.ShardIteratorType;

/**
 * Reads a shard with GetShardIterator and a GetRecords loop, one call at a time, pausing
 * {@code pollingInterval} between calls. A response without a next iterator means the shard is
 * closed and read to its end; its child shards come with it.
 */
final class PollingShardReader extends ShardReader {

    private static final int MAX_RECORDS_PER_CALL = 1000;

    private final KinesisAsyncClient client;
    private final String streamName;
    private final long pollingIntervalNanos;
    private final Duration requestTimeout;
    private @Nullable String iterator;

    PollingShardReader(String shardId, ShardIteratorType startType, Host host, ScheduledExecutorService scheduler,
            Backoff backoff, KinesisAsyncClient client, String streamName, Duration pollingInterval,
            Duration requestTimeout) {
        super(shardId, startType, host, scheduler, backoff);
        this.client = requireNonNull(client, "client");
        this.streamName = requireNonNull(streamName, "streamName");
        this.pollingIntervalNanos = pollingInterval.toNanos();
        this.requestTimeout = requireNonNull(requestTimeout, "requestTimeout");
    }

    @Override
    void start() {
        fetchIterator();
    }

    @Override
    void close() {
        closed = true;
        active = false;
        iterator = null;
    }

    private void fetchIterator() {
        if (closed) {
            return;
        }
        GetShardIteratorRequest.Builder request = GetShardIteratorRequest.builder()
                .streamName(streamName)
                .shardId(shardId)
                .shardIteratorType(positionType())
                .overrideConfiguration(o -> o.apiCallTimeout(requestTimeout));
        if (lastSequenceNumber != null) {
            request.startingSequenceNumber(lastSequenceNumber);
        }
        client.getShardIterator(request.build())
                .whenCompleteAsync(this::onIterator, scheduler);
    }

    private void onIterator(@Nullable GetShardIteratorResponse response, @Nullable Throwable error) {
        if (closed) {
            return;
        }
        if (error != null || response == null) {
            Throwable cause = KinesisUplinkPublisher.unwrap(error);
            if (cause instanceof InvalidArgumentException) {
                positionRejected();
            }
            setActive(false);
            retryLater("GetShardIterator", cause, this::fetchIterator);
            return;
        }
        iterator = response.shardIterator();
        // LATEST is fixed now: records put from here on will be read.
        setActive(true);
        poll();
    }

    private void poll() {
        String current = iterator;
        if (closed || current == null) {
            return;
        }
        client.getRecords(b -> b.shardIterator(current)
                        .limit(MAX_RECORDS_PER_CALL)
                        .overrideConfiguration(o -> o.apiCallTimeout(requestTimeout)))
                .whenCompleteAsync(this::onRecords, scheduler);
    }

    private void onRecords(@Nullable GetRecordsResponse response, @Nullable Throwable error) {
        if (closed) {
            return;
        }
        if (error != null || response == null) {
            Throwable cause = KinesisUplinkPublisher.unwrap(error);
            if (cause instanceof ProvisionedThroughputExceededException) {
                // Throttled by the shard's shared read limit: the iterator stays valid, try it again.
                retryLater("GetRecords", cause, this::poll);
            } else if (cause instanceof ExpiredIteratorException) {
                retryLater("GetRecords", cause, this::fetchIterator);
            } else {
                setActive(false);
                retryLater("GetRecords", cause, this::fetchIterator);
            }
            return;
        }
        succeeded();
        setActive(true);
        if (response.millisBehindLatest() != null) {
            host.millisBehind(shardId, response.millisBehindLatest());
        }
        List<Record> records = response.records();
        if (!records.isEmpty()) {
            lastSequenceNumber = records.get(records.size() - 1).sequenceNumber();
            host.deliver(shardId, records);
        }
        if (closed) {
            return;
        }
        if (response.nextShardIterator() == null) {
            close();
            host.shardEnded(shardId, response.childShards());
            return;
        }
        iterator = response.nextShardIterator();
        schedule(this::poll, pollingIntervalNanos);
    }
}
