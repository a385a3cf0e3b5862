package org.ocppconnector.gateway.kinesis;

import static java.util.Objects.requireNonNull;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import org.jspecify.annotations.Nullable;
import org.ocppconnector.gateway.core.bridge.BackpressureListener;
import org.ocppconnector.gateway.core.bridge.PublishException;
import org.ocppconnector.gateway.core.bridge.UplinkPublisher;
import org.ocppconnector.gateway.core.event.CloudEvent;
import org.ocppconnector.gateway.core.event.CloudEventCodec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.kinesis.KinesisAsyncClient;
import software.amazon.awssdk.services.kinesis.model.InvalidArgumentException;
import software.amazon.awssdk.services.kinesis.model.ProvisionedThroughputExceededException;
import software.amazon.awssdk.services.kinesis.model.PutRecordsRequest;
import software.amazon.awssdk.services.kinesis.model.PutRecordsRequestEntry;
import software.amazon.awssdk.services.kinesis.model.PutRecordsResponse;
import software.amazon.awssdk.services.kinesis.model.PutRecordsResultEntry;

/**
 * Publishes events to the uplink stream with PutRecords, shaped like the SDK's batch managers:
 * one future per event, batches flushed at {@code maxBatchRecords}, {@code maxBatchBytes} or
 * after {@code lingerTime}, per-entry results mapped back, and only the failed entries retried.
 *
 * <p>Concurrency: {@link #publish} runs on any thread (Netty event loops) and only serializes,
 * reserves buffer space with atomics and enqueues on a lock-free queue. Everything else — the
 * per-station queues, batching, retries, deadlines, completing futures, backpressure callbacks —
 * runs on the single {@code scheduler} thread, so that state needs no locks and its transitions
 * happen one at a time in a single order.
 *
 * <p>Per-station order: a station's (partition key's) record is sent only once every earlier
 * record of that station is acknowledged or failed. A retried record therefore cannot land after
 * a later one, at the cost of one round trip per record and station, far more than a station sends.
 */
final class KinesisUplinkPublisher implements UplinkPublisher {

    private static final Logger log = LoggerFactory.getLogger(KinesisUplinkPublisher.class);

    private static final int MAX_PARTITION_KEY_CHARS = 256;
    private static final BackpressureListener NO_LISTENER = new BackpressureListener() {
        @Override
        public void pause() {}

        @Override
        public void resume() {}
    };

    /** Where an entry is; only the scheduler thread reads or changes it. */
    enum State {
        /** Behind an earlier entry of the same station. */
        QUEUED,
        /** First of its station, waiting in {@code ready} for a batch. */
        READY,
        /** First of its station, waiting in {@code backingOff} for its next attempt. */
        BACKOFF,
        /** In a PutRecords request without an answer yet. */
        IN_FLIGHT,
        /** Its future is completed. */
        DONE
    }

    static final class Entry {
        final long seq;
        final String eventId;
        final String key;
        final SdkBytes data;
        final int size;
        final long enqueuedAt;
        final long deadline;
        final CompletableFuture<Void> future;
        State state = State.QUEUED;
        int attempts;
        long notBefore;
        @Nullable Throwable lastError;

        Entry(long seq, String eventId, String key, byte[] data, int size, long enqueuedAt, long deadline,
                CompletableFuture<Void> future) {
            this.seq = seq;
            this.eventId = eventId;
            this.key = key;
            this.data = SdkBytes.fromByteArrayUnsafe(data);
            this.size = size;
            this.enqueuedAt = enqueuedAt;
            this.deadline = deadline;
            this.future = future;
        }
    }

    private final KinesisAsyncClient client;
    private final String streamName;
    private final CloudEventCodec codec;
    private final ScheduledExecutorService scheduler;
    private final LongSupplier nanoClock;
    private final Backoff backoff;
    private final int maxBatchRecords;
    private final long maxBatchBytes;
    private final long lingerNanos;
    private final int maxConcurrentBatches;
    private final int bufferMaxRecords;
    private final long bufferMaxBytes;
    private final double highWaterMark;
    private final double lowWaterMark;
    private final long deadlineNanos;
    private final Duration requestTimeout;
    private final KinesisMetrics metrics;

    // Shared with publishing threads.
    private final ConcurrentLinkedQueue<Entry> inbound = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean pumpScheduled = new AtomicBoolean();
    private final AtomicInteger bufferedRecords = new AtomicInteger();
    private final AtomicLong bufferedBytes = new AtomicLong();
    private final AtomicLong sequence = new AtomicLong();
    private final AtomicBoolean closeStarted = new AtomicBoolean();
    private final CompletableFuture<Void> drained = new CompletableFuture<>();
    private volatile boolean closing;
    private volatile BackpressureListener listener = NO_LISTENER;
    private volatile @Nullable Thread publisherThread;

    // Confined to the scheduler thread.
    private final Map<String, ArrayDeque<Entry>> byKey = new HashMap<>();
    private final PriorityQueue<Entry> ready = new PriorityQueue<>(
            Comparator.<Entry>comparingLong(e -> e.enqueuedAt).thenComparingLong(e -> e.seq));
    private final PriorityQueue<Entry> backingOff = new PriorityQueue<>(
            Comparator.<Entry>comparingLong(e -> e.notBefore).thenComparingLong(e -> e.seq));
    // Every entry in publish order, which is deadline order: the expiry sweep only looks at its head.
    private final ArrayDeque<Entry> byDeadline = new ArrayDeque<>();
    private int readyCount;
    private long readyBytes;
    private int inFlightBatches;
    private boolean paused;
    private boolean terminated;
    private boolean degraded;
    private @Nullable ScheduledFuture<?> wakeup;
    private long wakeupAt;

    KinesisUplinkPublisher(KinesisAsyncClient client, KinesisBridgeConfig config, CloudEventCodec codec,
            ScheduledExecutorService scheduler, LongSupplier nanoClock, Backoff backoff) {
        this(client, config, codec, scheduler, nanoClock, backoff, KinesisMetrics.noop());
    }

    KinesisUplinkPublisher(KinesisAsyncClient client, KinesisBridgeConfig config, CloudEventCodec codec,
            ScheduledExecutorService scheduler, LongSupplier nanoClock, Backoff backoff, KinesisMetrics metrics) {
        this.metrics = requireNonNull(metrics, "metrics");
        metrics.bufferedRecords(bufferedRecords);
        this.client = requireNonNull(client, "client");
        this.streamName = config.uplinkStreamName();
        this.codec = requireNonNull(codec, "codec");
        this.scheduler = requireNonNull(scheduler, "scheduler");
        this.nanoClock = requireNonNull(nanoClock, "nanoClock");
        this.backoff = requireNonNull(backoff, "backoff");
        this.maxBatchRecords = config.maxBatchRecords();
        this.maxBatchBytes = config.maxBatchBytes();
        this.lingerNanos = config.lingerTime().toNanos();
        this.maxConcurrentBatches = config.maxConcurrentBatches();
        this.bufferMaxRecords = config.bufferMaxRecords();
        this.bufferMaxBytes = config.bufferMaxBytes();
        this.highWaterMark = config.highWaterMark();
        this.lowWaterMark = config.lowWaterMark();
        this.deadlineNanos = config.publishDeadline().toNanos();
        this.requestTimeout = config.requestTimeout();
    }

    @Override
    public CompletableFuture<Void> publish(CloudEvent event) {
        requireNonNull(event, "event");
        CompletableFuture<Void> future = new CompletableFuture<>();
        if (closing) {
            return failLater(future, new PublishException("publisher closed; event " + event.id() + " not accepted"));
        }
        String key = event.subject();
        if (key.isEmpty() || key.length() > MAX_PARTITION_KEY_CHARS) {
            return failLater(future, new PublishException(String.format(
                    "subject (partition key) length of event %s: %s (expected: 1..%s)",
                    event.id(), key.length(), MAX_PARTITION_KEY_CHARS)));
        }
        byte[] data = codec.toBytes(event);
        int size = data.length + key.getBytes(StandardCharsets.UTF_8).length;
        if (size > KinesisBridgeConfig.MAX_RECORD_BYTES) {
            return failLater(future, new PublishException(String.format(
                    "record size of event %s: %s bytes (expected: <= %s)",
                    event.id(), size, KinesisBridgeConfig.MAX_RECORD_BYTES)));
        }
        if (!reserve(size)) {
            return failLater(future, new PublishException(String.format(
                    "buffer full (%s records, %s bytes; capacity %s records, %s bytes); event %s not accepted",
                    bufferedRecords.get(), bufferedBytes.get(), bufferMaxRecords, bufferMaxBytes, event.id())));
        }
        long now = nanoClock.getAsLong();
        inbound.add(new Entry(sequence.incrementAndGet(), event.id(), key, data, size, now, now + deadlineNanos, future));
        schedulePump();
        return future;
    }

    @Override
    public void setBackpressureListener(BackpressureListener listener) {
        this.listener = requireNonNull(listener, "listener");
    }

    /**
     * Flushes without waiting for the linger time, waits up to {@code timeout} for every buffered
     * event to be acknowledged (or to fail by its deadline), then fails what is left. Blocks; must
     * not be called from a callback of a publish future (those run on the publisher's thread).
     */
    @Override
    public void close(Duration timeout) {
        requireNonNull(timeout, "timeout");
        if (Thread.currentThread() == publisherThread) {
            // Waiting here would stop the very thread that has to drain the buffer.
            throw new IllegalStateException("close() called on the publisher thread (from a publish future's callback)");
        }
        if (!closeStarted.compareAndSet(false, true)) {
            awaitQuietly(drained, timeout);
            return;
        }
        closing = true;
        schedulePump();
        if (!awaitQuietly(drained, timeout)) {
            log.warn("Uplink publisher closed with {} events not yet acknowledged after {}; failing them",
                    bufferedRecords.get(), timeout);
        }
        CompletableFuture<Void> terminatedFuture = new CompletableFuture<>();
        try {
            scheduler.execute(() -> {
                terminate();
                terminatedFuture.complete(null);
            });
            awaitQuietly(terminatedFuture, Duration.ofSeconds(5));
        } catch (RejectedExecutionException e) {
            // The scheduler is already shut down: nothing runs there any more, so failing here is safe.
            terminate();
        }
        drained.complete(null);
    }

    /** Records held (queued, backing off or in flight); for tests and metrics. */
    int bufferedRecords() {
        return bufferedRecords.get();
    }

    /** PutRecords requests awaiting their answer; read on the publisher thread only (tests on fake time). */
    int inFlightBatches() {
        return inFlightBatches;
    }

    private boolean reserve(int size) {
        // Records and bytes are reserved one after the other, not atomically together: near the
        // limit a racing publish may be refused although the other would have fit. Never over.
        while (true) {
            int records = bufferedRecords.get();
            if (records >= bufferMaxRecords) {
                return false;
            }
            if (bufferedRecords.compareAndSet(records, records + 1)) {
                break;
            }
        }
        if (bufferedBytes.addAndGet(size) > bufferMaxBytes) {
            release(size);
            return false;
        }
        return true;
    }

    private void release(int size) {
        bufferedBytes.addAndGet(-size);
        bufferedRecords.decrementAndGet();
    }

    /** Fails on the publisher thread, as the contract promises, without making the caller wait. */
    private CompletableFuture<Void> failLater(CompletableFuture<Void> future, PublishException cause) {
        try {
            scheduler.execute(() -> fail(future, cause));
        } catch (RejectedExecutionException e) {
            fail(future, cause);
        }
        return future;
    }

    private void schedulePump() {
        if (pumpScheduled.compareAndSet(false, true)) {
            try {
                scheduler.execute(this::pump);
            } catch (RejectedExecutionException e) {
                pumpScheduled.set(false);
                // Closed and shut down: nothing will ever send these.
                for (Entry entry; (entry = inbound.poll()) != null; ) {
                    release(entry.size);
                    fail(entry.future, new PublishException("publisher closed; event " + entry.eventId + " not sent"));
                }
            }
        }
    }

    // ---- everything below runs on the scheduler thread ----

    private void pump() {
        pumpScheduled.set(false);
        publisherThread = Thread.currentThread();
        try {
            long now = nanoClock.getAsLong();
            drainInbound(now);
            if (terminated) {
                return;
            }
            expire(now);
            promoteBackoff(now);
            sendBatches(now);
            updateBackpressure();
            if (closing && bufferedRecords.get() == 0) {
                drained.complete(null);
            }
            scheduleWakeup(now);
        } catch (RuntimeException | Error e) {
            // A bug; keep the publisher alive so that futures still complete by their deadlines.
            log.error("Uplink publisher step failed", e);
            scheduleWakeupAfter(Duration.ofMillis(100).toNanos());
        }
    }

    private void drainInbound(long now) {
        for (Entry entry; (entry = inbound.poll()) != null; ) {
            if (terminated) {
                release(entry.size);
                fail(entry.future, new PublishException("publisher closed; event " + entry.eventId + " not sent"));
                continue;
            }
            byDeadline.addLast(entry);
            ArrayDeque<Entry> queue = byKey.computeIfAbsent(entry.key, k -> new ArrayDeque<>(4));
            queue.addLast(entry);
            if (queue.size() == 1) {
                makeReady(entry);
            }
        }
    }

    private void makeReady(Entry entry) {
        entry.state = State.READY;
        ready.add(entry);
        readyCount++;
        readyBytes += entry.size;
    }

    private void expire(long now) {
        while (!byDeadline.isEmpty()) {
            Entry entry = byDeadline.peekFirst();
            if (entry.deadline > now) {
                return;
            }
            byDeadline.pollFirst();
            // An entry in flight is settled by its response, which checks the deadline again.
            if (entry.state != State.DONE && entry.state != State.IN_FLIGHT) {
                finish(entry, deadlineExceeded(entry));
            }
        }
    }

    private void promoteBackoff(long now) {
        while (!backingOff.isEmpty()) {
            Entry entry = backingOff.peek();
            if (entry.state != State.BACKOFF) {
                backingOff.poll(); // failed by its deadline meanwhile
                continue;
            }
            if (entry.notBefore > now) {
                return;
            }
            backingOff.poll();
            if (now >= entry.deadline) {
                finish(entry, deadlineExceeded(entry));
            } else {
                makeReady(entry);
            }
        }
    }

    private @Nullable Entry oldestReady() {
        while (!ready.isEmpty() && ready.peek().state != State.READY) {
            ready.poll(); // failed by its deadline meanwhile
        }
        return ready.peek();
    }

    private boolean shouldFlush(long now) {
        Entry oldest = oldestReady();
        if (oldest == null) {
            return false;
        }
        return closing
                || readyCount >= maxBatchRecords
                || readyBytes >= maxBatchBytes
                || now - oldest.enqueuedAt >= lingerNanos;
    }

    private void sendBatches(long now) {
        while (inFlightBatches < maxConcurrentBatches && shouldFlush(now)) {
            List<Entry> batch = new ArrayList<>(Math.min(readyCount, maxBatchRecords));
            long bytes = 0;
            Entry entry;
            while (batch.size() < maxBatchRecords && (entry = oldestReady()) != null) {
                // The first record always goes, so that a record larger than maxBatchBytes is still sent.
                if (!batch.isEmpty() && bytes + entry.size > maxBatchBytes) {
                    break;
                }
                ready.poll();
                if (now >= entry.deadline) {
                    finish(entry, deadlineExceeded(entry));
                    continue;
                }
                readyCount--;
                readyBytes -= entry.size;
                entry.state = State.IN_FLIGHT;
                entry.attempts++;
                batch.add(entry);
                bytes += entry.size;
            }
            if (!batch.isEmpty()) {
                send(batch);
            }
        }
    }

    private void send(List<Entry> batch) {
        inFlightBatches++;
        metrics.batchSent(batch.size());
        List<PutRecordsRequestEntry> records = new ArrayList<>(batch.size());
        for (Entry entry : batch) {
            records.add(PutRecordsRequestEntry.builder().partitionKey(entry.key).data(entry.data).build());
        }
        PutRecordsRequest request = PutRecordsRequest.builder()
                .streamName(streamName)
                .records(records)
                .overrideConfiguration(o -> o.apiCallTimeout(requestTimeout))
                .build();
        CompletableFuture<PutRecordsResponse> call;
        try {
            call = client.putRecords(request);
        } catch (RuntimeException e) {
            call = CompletableFuture.failedFuture(e);
        }
        call.whenCompleteAsync((response, error) -> onResponse(batch, response, error), scheduler);
    }

    private void onResponse(List<Entry> batch, @Nullable PutRecordsResponse response, @Nullable Throwable error) {
        inFlightBatches--;
        long now = nanoClock.getAsLong();
        if (error != null || response == null) {
            Throwable cause = unwrap(error);
            boolean retryable = isRetryable(cause);
            if (cause instanceof ProvisionedThroughputExceededException) {
                metrics.throttled();
            }
            if (!degraded) {
                degraded = true;
                log.warn("PutRecords to {} failed ({} records, {}): {}", streamName, batch.size(),
                        retryable ? "retrying" : "not retryable", String.valueOf(cause));
            } else {
                log.debug("PutRecords to {} failed again: {}", streamName, String.valueOf(cause));
            }
            for (Entry entry : batch) {
                retryOrFail(entry, cause, retryable, now);
            }
        } else {
            if (degraded) {
                degraded = false;
                log.info("PutRecords to {} succeeds again", streamName);
            }
            List<PutRecordsResultEntry> results = response.records();
            if (results.size() != batch.size()) {
                // Cannot map results to entries; resend all (at-least-once, never silently lost).
                IllegalStateException cause = new IllegalStateException(
                        "PutRecords answered " + results.size() + " results for " + batch.size() + " records");
                log.error("{}", cause.getMessage());
                for (Entry entry : batch) {
                    retryOrFail(entry, cause, true, now);
                }
            } else {
                int failed = 0;
                for (int i = 0; i < batch.size(); i++) {
                    Entry entry = batch.get(i);
                    PutRecordsResultEntry result = results.get(i);
                    if (result.errorCode() == null) {
                        finish(entry, null);
                    } else {
                        failed++;
                        if ("ProvisionedThroughputExceededException".equals(result.errorCode())) {
                            metrics.throttled();
                        }
                        retryOrFail(entry, new EntryFailure(result.errorCode(), result.errorMessage()),
                                isRetryable(result.errorCode()), now);
                    }
                }
                if (failed > 0) {
                    log.debug("PutRecords to {}: {} of {} records failed, retrying those", streamName, failed, batch.size());
                }
            }
        }
        pump();
    }

    private void retryOrFail(Entry entry, Throwable cause, boolean retryable, long now) {
        if (entry.state != State.IN_FLIGHT) {
            return; // failed when the publisher was closed
        }
        entry.lastError = cause;
        if (!retryable) {
            finish(entry, new PublishException("Kinesis rejected event " + entry.eventId + ": " + cause.getMessage(), cause));
        } else if (now >= entry.deadline) {
            finish(entry, deadlineExceeded(entry));
        } else {
            // Clamped to the deadline: the entry then wakes up once more and fails on time.
            entry.notBefore = Math.min(now + backoff.delayNanos(entry.attempts), entry.deadline);
            entry.state = State.BACKOFF;
            backingOff.add(entry);
            metrics.retry();
        }
    }

    private void finish(Entry entry, @Nullable Throwable error) {
        if (entry.state == State.DONE) {
            return;
        }
        if (entry.state == State.READY) {
            readyCount--;
            readyBytes -= entry.size;
        }
        entry.state = State.DONE;
        ArrayDeque<Entry> queue = byKey.get(entry.key);
        if (queue != null) {
            boolean wasHead = queue.peekFirst() == entry;
            if (wasHead) {
                queue.pollFirst();
            } else {
                queue.remove(entry);
            }
            if (queue.isEmpty()) {
                byKey.remove(entry.key);
            } else if (wasHead && queue.peekFirst().state == State.QUEUED) {
                makeReady(queue.peekFirst());
            }
        }
        release(entry.size);
        if (error == null) {
            metrics.published(nanoClock.getAsLong() - entry.enqueuedAt);
            entry.future.complete(null);
        } else {
            fail(entry.future, error);
        }
    }

    /** Every event the publisher gives up on ends here, so {@code kinesis.uplink.failures} counts each once. */
    private void fail(CompletableFuture<Void> future, Throwable error) {
        if (future.completeExceptionally(error)) {
            metrics.failed();
        }
    }

    private PublishException deadlineExceeded(Entry entry) {
        String message = String.format("event %s not acknowledged within the publish deadline %s (%s attempts)",
                entry.eventId, Duration.ofNanos(deadlineNanos), entry.attempts);
        return entry.lastError == null ? new PublishException(message) : new PublishException(message, entry.lastError);
    }

    private void updateBackpressure() {
        double fill = Math.max(
                bufferedRecords.get() / (double) bufferMaxRecords,
                bufferedBytes.get() / (double) bufferMaxBytes);
        if (!paused && fill >= highWaterMark) {
            paused = true;
            log.info("Uplink buffer {}% full: pausing stations", Math.round(fill * 100));
            notifyListener(true);
        } else if (paused && fill <= lowWaterMark) {
            paused = false;
            log.info("Uplink buffer {}% full: resuming stations", Math.round(fill * 100));
            notifyListener(false);
        }
    }

    private void notifyListener(boolean pause) {
        try {
            if (pause) {
                listener.pause();
            } else {
                listener.resume();
            }
        } catch (RuntimeException e) {
            log.warn("Backpressure listener failed", e);
        }
    }

    private void scheduleWakeup(long now) {
        long next = Long.MAX_VALUE;
        Entry oldest = oldestReady();
        if (oldest != null && inFlightBatches < maxConcurrentBatches) {
            next = Math.min(next, oldest.enqueuedAt + lingerNanos);
        }
        while (!backingOff.isEmpty() && backingOff.peek().state != State.BACKOFF) {
            backingOff.poll();
        }
        if (!backingOff.isEmpty()) {
            next = Math.min(next, backingOff.peek().notBefore);
        }
        if (!byDeadline.isEmpty()) {
            next = Math.min(next, byDeadline.peekFirst().deadline);
        }
        if (next != Long.MAX_VALUE) {
            scheduleWakeupAfter(Math.max(0, next - now));
        }
    }

    private void onWakeup() {
        // This task is still running, so its future is not done: forget it, or the pump below
        // would take it for a pending wakeup and never schedule the next one.
        wakeup = null;
        pump();
    }

    private void scheduleWakeupAfter(long delayNanos) {
        long at = nanoClock.getAsLong() + delayNanos;
        ScheduledFuture<?> current = wakeup;
        if (current != null && !current.isDone()) {
            if (wakeupAt <= at) {
                return; // an earlier wakeup will reconsider everything anyway
            }
            current.cancel(false);
        }
        wakeupAt = at;
        try {
            wakeup = scheduler.schedule(this::onWakeup, delayNanos, TimeUnit.NANOSECONDS);
        } catch (RejectedExecutionException e) {
            wakeup = null; // shutting down
        }
    }

    private void terminate() {
        if (terminated) {
            return;
        }
        terminated = true;
        if (wakeup != null) {
            wakeup.cancel(false);
        }
        List<Entry> left = new ArrayList<>();
        byKey.values().forEach(left::addAll);
        for (Entry entry : left) {
            finish(entry, new PublishException("publisher closed before event " + entry.eventId + " was acknowledged",
                    entry.lastError));
        }
        drainInbound(nanoClock.getAsLong());
        byDeadline.clear();
        ready.clear();
        backingOff.clear();
        readyCount = 0;
        readyBytes = 0;
        updateBackpressure();
    }

    private static boolean awaitQuietly(CompletableFuture<?> future, Duration timeout) {
        try {
            future.get(Math.max(0, timeout.toNanos()), TimeUnit.NANOSECONDS);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (ExecutionException | TimeoutException e) {
            return false;
        }
    }

    static Throwable unwrap(@Nullable Throwable error) {
        Throwable t = error;
        while ((t instanceof CompletionException || t instanceof ExecutionException) && t.getCause() != null) {
            t = t.getCause();
        }
        return t == null ? new IllegalStateException("no response and no error") : t;
    }

    /**
     * Whole-request failures worth retrying: anything from the SDK (connection refused, timeouts,
     * throttling, 5xx, a stream briefly missing) except a request Kinesis calls invalid.
     */
    static boolean isRetryable(Throwable cause) {
        return cause instanceof SdkException && !(cause instanceof InvalidArgumentException);
    }

    /** Per-entry failures worth retrying; other codes (KMS access, say) fail the entry at once. */
    static boolean isRetryable(String errorCode) {
        return switch (errorCode) {
            case "ProvisionedThroughputExceededException", "InternalFailure", "KMSThrottlingException" -> true;
            default -> false;
        };
    }

    /** A record's own failure in a PutRecords response. */
    static final class EntryFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        EntryFailure(String errorCode, @Nullable String errorMessage) {
            super(errorCode + (errorMessage == null ? "" : ": " + errorMessage), null, false, false);
        }
    }
}
