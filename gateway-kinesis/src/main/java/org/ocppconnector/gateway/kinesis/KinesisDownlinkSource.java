package org.ocppconnector.gateway.kinesis;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.ocppconnector.gateway.core.bridge.DownlinkSource;
import org.ocppconnector.gateway.core.event.CloudEvent;
import org.ocppconnector.gateway.core.event.CloudEventCodec;
import org.ocppconnector.gateway.kinesis.KinesisBridgeConfig.DownlinkMode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.kinesis.KinesisAsyncClient;
import software.amazon.awssdk.services.kinesis.model.ChildShard;
import software.amazon.awssdk.services.kinesis.model.ListShardsRequest;
import software.amazon.awssdk.services.kinesis.model.Record;
import software.amazon.awssdk.services.kinesis.model.Shard;
import software.amazon.awssdk.services.kinesis.model.ShardFilterType;
import software.amazon.awssdk.services.kinesis.model.ShardIteratorType;

/**
 * Reads every shard of the downlink stream (broadcast: every instance reads everything, since
 * only the instance holding a station's socket can deliver to it) from {@code LATEST}.
 *
 * <p>Shards: the open shards at start are read from {@code LATEST}. A shard that ends (resharding)
 * names its children, which are read from {@code TRIM_HORIZON}; a periodic ListShards finds
 * children too, in case an end is missed. A child found that way while one of its parents is
 * still being read is left for one more sync interval, so that the parent's remaining records are
 * delivered before the child's.
 *
 * <p>Concurrency: all state lives on one scheduler thread; SDK callbacks hop onto it. The sink is
 * called on that thread, one record at a time, in shard order.
 */
final class KinesisDownlinkSource implements DownlinkSource, ShardReader.Host {

    private static final Logger log = LoggerFactory.getLogger(KinesisDownlinkSource.class);

    private final KinesisAsyncClient client;
    private final KinesisBridgeConfig config;
    private final String streamName;
    private final CloudEventCodec codec;
    private final ScheduledExecutorService scheduler;
    private final Backoff backoff;
    private final KinesisMetrics metrics;
    private final @Nullable FanOutConsumer consumer;
    private final AtomicBoolean started = new AtomicBoolean();
    private final AtomicBoolean closed = new AtomicBoolean();
    private final CompletableFuture<Void> readiness = new CompletableFuture<>();
    private volatile boolean ready;
    private volatile @Nullable Thread readerThread;

    // Confined to the scheduler thread.
    private Consumer<CloudEvent> sink = event -> {};
    private final Map<String, ShardReader> readers = new HashMap<>();
    private final Set<String> openShards = new LinkedHashSet<>();
    private final Set<String> ended = new HashSet<>();
    private final Set<String> deferred = new HashSet<>();
    private boolean listed;
    private boolean syncing;
    private boolean stopped;
    private int listFailures;
    private @Nullable ScheduledFuture<?> syncTask;

    KinesisDownlinkSource(KinesisAsyncClient client, KinesisBridgeConfig config, CloudEventCodec codec,
            ScheduledExecutorService scheduler, Backoff backoff) {
        this(client, config, codec, scheduler, backoff, KinesisMetrics.noop());
    }

    KinesisDownlinkSource(KinesisAsyncClient client, KinesisBridgeConfig config, CloudEventCodec codec,
            ScheduledExecutorService scheduler, Backoff backoff, KinesisMetrics metrics) {
        this.metrics = requireNonNull(metrics, "metrics");
        this.client = requireNonNull(client, "client");
        this.config = requireNonNull(config, "config");
        this.streamName = config.downlinkStreamName();
        this.codec = requireNonNull(codec, "codec");
        this.scheduler = requireNonNull(scheduler, "scheduler");
        this.backoff = requireNonNull(backoff, "backoff");
        this.consumer = config.downlinkMode() == DownlinkMode.ENHANCED_FAN_OUT
                ? new FanOutConsumer(client, streamName, config.consumerName(), scheduler, backoff, config.requestTimeout())
                : null;
    }

    @Override
    public CompletableFuture<Void> start(Consumer<CloudEvent> sink) {
        requireNonNull(sink, "sink");
        if (closed.get()) {
            return CompletableFuture.failedFuture(new IllegalStateException("downlink closed"));
        }
        if (!started.compareAndSet(false, true)) {
            throw new IllegalStateException("downlink already started");
        }
        try {
            scheduler.execute(() -> {
                readerThread = Thread.currentThread();
                this.sink = sink;
                if (consumer != null) {
                    consumer.register(); // in parallel with listing the shards
                }
                listShards(true);
            });
        } catch (RejectedExecutionException e) {
            readiness.completeExceptionally(new IllegalStateException("downlink closed", e));
        }
        // A copy: callers cannot complete the source's own future.
        return readiness.copy();
    }

    @Override
    public boolean isReady() {
        return ready;
    }

    /**
     * Cancels every subscription and, in enhanced fan-out mode, deregisters the consumer, waiting
     * at most {@code shutdownTimeout} for Kinesis. Blocks; must not be called from the sink.
     */
    @Override
    public void close() {
        if (Thread.currentThread() == readerThread) {
            // Waiting here would stop the very thread that has to cancel and deregister.
            throw new IllegalStateException("close() called on the downlink thread (from the sink)");
        }
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        CompletableFuture<Void> done = new CompletableFuture<>();
        try {
            scheduler.execute(() -> {
                stopped = true;
                ready = false;
                if (syncTask != null) {
                    syncTask.cancel(false);
                }
                readers.values().forEach(ShardReader::close);
                readers.clear();
                CompletableFuture<Void> released = consumer != null
                        ? consumer.deregister()
                        : CompletableFuture.completedFuture(null);
                released.whenComplete((r, e) -> done.complete(null));
            });
            done.get(config.shutdownTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException | ExecutionException e) {
            log.warn("Downlink scheduler already shut down; consumer {} may stay registered", config.consumerName());
        } catch (TimeoutException e) {
            log.warn("Downlink close timed out after {}; consumer {} may stay registered",
                    config.shutdownTimeout(), config.consumerName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        ready = false;
        readiness.completeExceptionally(new IllegalStateException("downlink closed"));
    }

    // ---- the scheduler thread from here on ----

    @Override
    public void deliver(String shardId, List<Record> records) {
        metrics.downlinkRecords(records.size());
        for (Record record : records) {
            if (stopped) {
                return;
            }
            CloudEvent event;
            try {
                event = codec.fromBytes(record.data().asByteArrayUnsafe());
            } catch (CloudEventCodec.InvalidEventException e) {
                // Never the payload: it may carry id tokens. Jackson's messages quote the input.
                log.warn("Skipping invalid record on {} shard {} (sequence number {}, partition key {}, {} bytes): {}",
                        streamName, shardId, record.sequenceNumber(), record.partitionKey(),
                        record.data().asByteArrayUnsafe().length, reasonWithoutPayload(e));
                continue;
            }
            try {
                sink.accept(event);
            } catch (RuntimeException e) {
                log.warn("Downlink sink failed on event {} (type {}, subject {})", event.id(), event.type(), event.subject(), e);
            }
        }
    }

    @Override
    public void millisBehind(String shardId, long millisBehindLatest) {
        metrics.millisBehind(shardId, millisBehindLatest);
    }

    @Override
    public void shardEnded(String shardId, List<ChildShard> children) {
        metrics.shardDone(shardId);
        readers.remove(shardId);
        ended.add(shardId);
        openShards.remove(shardId);
        log.info("Shard {} of {} ended; children {}", shardId, streamName,
                children.stream().map(ChildShard::shardId).toList());
        for (ChildShard child : children) {
            String childId = child.shardId();
            if (readers.containsKey(childId) || ended.contains(childId)) {
                continue;
            }
            // A merge: the child waits until its other parent has ended too.
            boolean otherParentReading = child.parentShards().stream()
                    .anyMatch(parent -> !parent.equals(shardId) && readers.containsKey(parent));
            openShards.add(childId);
            if (!otherParentReading) {
                startReader(childId, ShardIteratorType.TRIM_HORIZON);
            }
        }
        readinessChanged();
    }

    @Override
    public void readinessChanged() {
        boolean now = !stopped && listed && openShards.stream().allMatch(id -> {
            ShardReader reader = readers.get(id);
            return reader != null && reader.isActive();
        });
        if (now != ready) {
            ready = now;
            log.info("Downlink {} {}ready ({} shards)", streamName, now ? "" : "not ", openShards.size());
        }
        if (now) {
            readiness.complete(null);
        }
    }

    private void listShards(boolean initial) {
        if (stopped || syncing) {
            return;
        }
        syncing = true;
        List<Shard> shards = new ArrayList<>();
        CompletableFuture<List<Shard>> result = new CompletableFuture<>();
        listPage(null, shards, result);
        result.whenCompleteAsync((all, error) -> {
            syncing = false;
            if (stopped) {
                return;
            }
            if (error != null) {
                listFailures++;
                Throwable cause = KinesisUplinkPublisher.unwrap(error);
                if (listFailures == 1) {
                    log.warn("ListShards of {} failed: {}", streamName, String.valueOf(cause));
                } else {
                    log.debug("ListShards of {} failed {} times: {}", streamName, listFailures, String.valueOf(cause));
                }
                if (initial) {
                    schedule(() -> listShards(true), backoff.delayNanos(listFailures));
                }
                return;
            }
            listFailures = 0;
            onShards(all, initial);
            if (initial) {
                long interval = config.shardSyncInterval().toNanos();
                try {
                    syncTask = scheduler.scheduleWithFixedDelay(() -> listShards(false), interval, interval,
                            TimeUnit.NANOSECONDS);
                } catch (RejectedExecutionException e) {
                    stopped = true;
                }
            }
        }, scheduler);
    }

    private void listPage(@Nullable String nextToken, List<Shard> shards, CompletableFuture<List<Shard>> result) {
        // Only open shards; a token replaces stream name and filter on later pages.
        ListShardsRequest request = nextToken == null
                ? ListShardsRequest.builder().streamName(streamName)
                        .shardFilter(f -> f.type(ShardFilterType.AT_LATEST))
                        .overrideConfiguration(o -> o.apiCallTimeout(config.requestTimeout()))
                        .build()
                : ListShardsRequest.builder().nextToken(nextToken)
                        .overrideConfiguration(o -> o.apiCallTimeout(config.requestTimeout()))
                        .build();
        client.listShards(request).whenCompleteAsync((response, error) -> {
            if (error != null) {
                result.completeExceptionally(error);
            } else {
                shards.addAll(response.shards());
                if (response.nextToken() != null && !stopped) {
                    listPage(response.nextToken(), shards, result);
                } else {
                    result.complete(shards);
                }
            }
        }, scheduler);
    }

    private void onShards(List<Shard> open, boolean initial) {
        openShards.clear();
        for (Shard shard : open) {
            openShards.add(shard.shardId());
        }
        for (Shard shard : open) {
            String id = shard.shardId();
            if (readers.containsKey(id) || ended.contains(id)) {
                continue;
            }
            if (initial) {
                startReader(id, ShardIteratorType.LATEST);
                continue;
            }
            boolean parentReading = (shard.parentShardId() != null && readers.containsKey(shard.parentShardId()))
                    || (shard.adjacentParentShardId() != null && readers.containsKey(shard.adjacentParentShardId()));
            if (parentReading && deferred.add(id)) {
                log.debug("Shard {} found; its parent is still being read, starting it next sync", id);
                continue;
            }
            log.info("New shard {} of {} found by ListShards; reading it from TRIM_HORIZON", id, streamName);
            startReader(id, ShardIteratorType.TRIM_HORIZON);
        }
        listed = true;
        readinessChanged();
    }

    private void startReader(String shardId, ShardIteratorType startType) {
        ShardReader reader = consumer != null
                ? new FanOutShardReader(shardId, startType, this, scheduler, backoff, client, consumer)
                : new PollingShardReader(shardId, startType, this, scheduler, backoff, client, streamName,
                        config.pollingInterval(), config.requestTimeout());
        readers.put(shardId, reader);
        deferred.remove(shardId);
        reader.start();
    }

    private void schedule(Runnable task, long delayNanos) {
        try {
            scheduler.schedule(task, delayNanos, TimeUnit.NANOSECONDS);
        } catch (RejectedExecutionException e) {
            stopped = true;
        }
    }

    /** The codec's reason, except for JSON syntax errors, whose messages quote the payload. */
    private static String reasonWithoutPayload(CloudEventCodec.InvalidEventException e) {
        String message = String.valueOf(e.getMessage());
        return message.startsWith("not JSON") ? "not JSON" : message;
    }
}
