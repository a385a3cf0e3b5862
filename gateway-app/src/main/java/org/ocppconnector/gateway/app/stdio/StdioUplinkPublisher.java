package org.ocppconnector.gateway.app.stdio;

import static java.util.Objects.requireNonNull;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import org.jspecify.annotations.Nullable;
import org.ocppconnector.gateway.core.bridge.BackpressureListener;
import org.ocppconnector.gateway.core.bridge.PublishException;
import org.ocppconnector.gateway.core.bridge.UplinkPublisher;
import org.ocppconnector.gateway.core.event.CloudEvent;
import org.ocppconnector.gateway.core.event.CloudEventCodec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes every event as one CloudEvent JSON line to an output stream (stdout), and completes its
 * future only once the line is flushed: the stdio form of ack-after-publish.
 *
 * <p>Concurrency: {@link #publish} runs on any thread (Netty event loops) and never waits: it
 * serializes, reserves a buffer slot with an atomic and enqueues on a lock-free queue. One writer
 * thread drains the queue in batches, writes each batch with one flush and completes its futures;
 * a single FIFO writer keeps every station's events in order. A second, notifier thread completes
 * the futures that fail at once (buffer full, closed, stdout broken) and tells the
 * {@link BackpressureListener} to pause or resume, since the writer may be stuck in a write to a
 * full pipe exactly when the buffer fills up.
 *
 * <p>A failed write (EPIPE when the reader of stdout is gone, e.g. {@code | head}) is permanent:
 * the batch and every later event fail with {@link PublishException}, so stations get
 * {@code InternalError} instead of an acknowledgement nobody stored.
 */
final class StdioUplinkPublisher implements UplinkPublisher {

    private static final Logger log = LoggerFactory.getLogger(StdioUplinkPublisher.class);

    static final int MAX_BATCH_EVENTS = 1024;
    static final int MAX_BATCH_BYTES = 1024 * 1024;
    // The writer parks while idle; publish() unparks it. The timeout only bounds a lost wakeup.
    private static final long IDLE_PARK_NANOS = TimeUnit.MILLISECONDS.toNanos(100);
    private static final BackpressureListener NO_LISTENER = new BackpressureListener() {
        @Override
        public void pause() {}

        @Override
        public void resume() {}
    };

    private record Entry(String eventId, byte[] json, CompletableFuture<Void> future) {}

    private final OutputStream out;
    private final CloudEventCodec codec;
    private final int capacity;
    private final int highWater;
    private final int lowWater;
    private final Thread writer;
    private final ExecutorService notifier;

    private final ConcurrentLinkedQueue<Entry> queue = new ConcurrentLinkedQueue<>();
    // Events accepted and not yet completed: queued plus the batch being written.
    private final AtomicInteger buffered = new AtomicInteger();
    private final AtomicBoolean backpressureCheckScheduled = new AtomicBoolean();
    private final AtomicBoolean closeStarted = new AtomicBoolean();
    private volatile boolean writerParked;
    private volatile boolean closing;
    private volatile boolean terminated;
    private volatile @Nullable IOException broken;
    private volatile BackpressureListener listener = NO_LISTENER;
    // Written only on the notifier thread; read by others to decide whether to ask it for a check.
    private volatile boolean paused;
    // The batch the writer is in; close() fails it if the write does not return in time.
    private volatile List<Entry> writing = List.of();

    private StdioUplinkPublisher(OutputStream out, CloudEventCodec codec, StdioBridgeConfig config) {
        // Batches are written into this buffer and reach the stream with one flush.
        this.out = new BufferedOutputStream(requireNonNull(out, "out"), 64 * 1024);
        this.codec = requireNonNull(codec, "codec");
        this.capacity = config.bufferCapacity();
        this.highWater = config.highWaterEvents();
        this.lowWater = config.lowWaterEvents();
        this.writer = new Thread(this::runWriter, "stdio-uplink");
        this.writer.setDaemon(true);
        this.notifier = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "stdio-uplink-notify");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Creates a publisher writing to {@code out} and starts its writer thread. */
    static StdioUplinkPublisher start(OutputStream out, CloudEventCodec codec, StdioBridgeConfig config) {
        requireNonNull(config, "config");
        StdioUplinkPublisher publisher = new StdioUplinkPublisher(out, codec, config);
        publisher.writer.start();
        return publisher;
    }

    @Override
    public CompletableFuture<Void> publish(CloudEvent event) {
        requireNonNull(event, "event");
        CompletableFuture<Void> future = new CompletableFuture<>();
        if (closing) {
            return failLater(future, new PublishException("publisher closed; event " + event.id() + " not accepted"));
        }
        IOException error = broken;
        if (error != null) {
            return failLater(future, brokenPipe(event.id(), error));
        }
        byte[] json = codec.toBytes(event);
        int filled = reserve();
        if (filled < 0) {
            return failLater(future, new PublishException(String.format(
                    "buffer full (capacity %s events); event %s not accepted", capacity, event.id())));
        }
        queue.add(new Entry(event.id(), json, future));
        if (terminated) {
            // close() swept the queue before this entry arrived; nothing will write it.
            failQueued("publisher closed; event %s not written");
        }
        if (writerParked) {
            LockSupport.unpark(writer);
        }
        if (filled >= highWater && !paused) {
            scheduleBackpressureCheck();
        }
        return future;
    }

    @Override
    public void setBackpressureListener(BackpressureListener listener) {
        this.listener = requireNonNull(listener, "listener");
    }

    /**
     * Writes what is queued, waits up to {@code timeout} for it, then fails what is left (e.g. when
     * the reader of stdout stopped reading). Blocks; must not be called from a callback of a
     * publish future (those run on the writer thread). Does not close the stream.
     */
    @Override
    public void close(Duration timeout) {
        requireNonNull(timeout, "timeout");
        if (Thread.currentThread() == writer) {
            // Waiting here would stop the very thread that has to drain the buffer.
            throw new IllegalStateException("close() called on the writer thread (from a publish future's callback)");
        }
        if (!closeStarted.compareAndSet(false, true)) {
            join(writer, timeout);
            return;
        }
        closing = true;
        LockSupport.unpark(writer);
        if (!join(writer, timeout)) {
            log.warn("stdio uplink closed with {} events not yet written after {} (stdout blocked?); failing them",
                    buffered.get(), timeout);
        }
        terminated = true;
        for (Entry entry : writing) {
            failLater(entry.future, new PublishException("publisher closed; event " + entry.eventId + " not written"));
        }
        failQueued("publisher closed; event %s not written");
        notifier.shutdown();
        try {
            notifier.awaitTermination(1, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Events accepted and not yet written or failed; for tests. */
    int buffered() {
        return buffered.get();
    }

    /** Reserves a buffer slot; returns the fill after it, or -1 if the buffer is full. */
    private int reserve() {
        while (true) {
            int current = buffered.get();
            if (current >= capacity) {
                return -1;
            }
            if (buffered.compareAndSet(current, current + 1)) {
                return current + 1;
            }
        }
    }

    private void runWriter() {
        while (true) {
            Entry first = queue.poll();
            if (first == null) {
                if (closing) {
                    // Drained; close() sweeps what a racing publish() added after this check.
                    return;
                }
                writerParked = true;
                // Re-checked after announcing the park, so an entry added meanwhile is not missed.
                if (queue.isEmpty() && !closing) {
                    LockSupport.parkNanos(this, IDLE_PARK_NANOS);
                }
                writerParked = false;
                Thread.interrupted();
                continue;
            }
            List<Entry> batch = new ArrayList<>(Math.min(MAX_BATCH_EVENTS, buffered.get() + 1));
            batch.add(first);
            int bytes = first.json.length + 1;
            Entry next;
            while (batch.size() < MAX_BATCH_EVENTS && bytes < MAX_BATCH_BYTES && (next = queue.poll()) != null) {
                batch.add(next);
                bytes += next.json.length + 1;
            }
            writeBatch(batch);
        }
    }

    private void writeBatch(List<Entry> batch) {
        IOException error = broken;
        if (error == null) {
            writing = batch;
            try {
                for (Entry entry : batch) {
                    out.write(entry.json);
                    out.write('\n');
                }
                out.flush();
            } catch (IOException e) {
                error = e;
                broken = e;
                log.error("cannot write to stdout ({}): it was closed or its reader is gone; every uplink event "
                        + "fails from now on and stations get InternalError", e.toString());
            } finally {
                writing = List.of();
            }
        }
        // Back in the buffer before the futures complete, so their callbacks may publish again.
        int filled = buffered.addAndGet(-batch.size());
        for (Entry entry : batch) {
            if (error == null) {
                entry.future.complete(null);
            } else {
                entry.future.completeExceptionally(brokenPipe(entry.eventId, error));
            }
        }
        if (paused && filled <= lowWater) {
            scheduleBackpressureCheck();
        }
    }

    private void failQueued(String messageFormat) {
        Entry entry;
        while ((entry = queue.poll()) != null) {
            buffered.decrementAndGet();
            failLater(entry.future, new PublishException(String.format(messageFormat, entry.eventId)));
        }
    }

    private static PublishException brokenPipe(String eventId, IOException cause) {
        return new PublishException("stdout is closed (" + cause.getMessage() + "); event " + eventId
                + " not written", cause);
    }

    /** Completes a failure on the notifier thread: futures never complete on the caller's thread. */
    private CompletableFuture<Void> failLater(CompletableFuture<Void> future, PublishException cause) {
        try {
            notifier.execute(() -> future.completeExceptionally(cause));
        } catch (RejectedExecutionException e) {
            // Closed: the notifier is gone, and so is any event loop that could be confused.
            future.completeExceptionally(cause);
        }
        return future;
    }

    private void scheduleBackpressureCheck() {
        if (backpressureCheckScheduled.compareAndSet(false, true)) {
            try {
                notifier.execute(this::checkBackpressure);
            } catch (RejectedExecutionException e) {
                backpressureCheckScheduled.set(false);
            }
        }
    }

    /**
     * Moves between paused and running by the water marks; only on the notifier thread. Loops
     * because the fill may have crossed the other mark while the listener was being told: a
     * publish that saw {@code paused} still set skipped asking for a check.
     */
    private void checkBackpressure() {
        backpressureCheckScheduled.set(false);
        while (true) {
            int filled = buffered.get();
            try {
                if (!paused && filled >= highWater) {
                    paused = true;
                    listener.pause();
                } else if (paused && filled <= lowWater) {
                    paused = false;
                    listener.resume();
                } else {
                    return;
                }
            } catch (RuntimeException e) {
                log.error("backpressure listener failed", e);
            }
        }
    }

    private static boolean join(Thread thread, Duration timeout) {
        try {
            thread.join(Math.max(1, timeout.toMillis()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return !thread.isAlive();
    }
}
