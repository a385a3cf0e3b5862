package org.ocppconnector.gateway.core.bridge;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import org.ocppconnector.gateway.core.event.CloudEvent;

/**
 * An uplink publisher that keeps events in memory, for tests of the gateway without a stream.
 * Keeps the {@link UplinkPublisher} contract: futures complete on its own thread, in publish
 * order. Tests can make it fail, or hold acknowledgements to simulate a slow stream.
 */
public final class InMemoryUplink implements UplinkPublisher {

    private final ExecutorService acker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "in-memory-uplink");
        t.setDaemon(true);
        return t;
    });
    private final Object lock = new Object();
    private final List<CloudEvent> events = new ArrayList<>();
    private final List<Pending> held = new ArrayList<>();
    private volatile boolean failing;
    private volatile boolean holding;
    private volatile @Nullable BackpressureListener listener;

    @Override
    public CompletableFuture<Void> publish(CloudEvent event) {
        CompletableFuture<Void> future = new CompletableFuture<>();
        synchronized (lock) {
            if (failing) {
                acker.execute(() -> future.completeExceptionally(new PublishException("in-memory uplink failing")));
            } else if (holding) {
                held.add(new Pending(event, future));
            } else {
                events.add(event);
                lock.notifyAll();
                acker.execute(() -> future.complete(null));
            }
        }
        return future;
    }

    /** Makes every publish fail (true) or succeed again (false). */
    public void setFailing(boolean failing) {
        this.failing = failing;
    }

    /** Holds acknowledgements (true) until {@link #releaseHeld()} or holding is turned off. */
    public void setHolding(boolean holding) {
        this.holding = holding;
        if (!holding) {
            releaseHeld();
        }
    }

    /** Makes held events durable and acknowledges them, in order. */
    public void releaseHeld() {
        synchronized (lock) {
            for (Pending p : held) {
                events.add(p.event);
                acker.execute(() -> p.future.complete(null));
            }
            held.clear();
            lock.notifyAll();
        }
    }

    /** Events held and not yet acknowledged. */
    public int heldCount() {
        synchronized (lock) {
            return held.size();
        }
    }

    /** The backpressure listener the gateway registered, to drive pause/resume in tests. */
    public @Nullable BackpressureListener backpressureListener() {
        return listener;
    }

    /** A snapshot of every durable event so far. */
    public List<CloudEvent> events() {
        synchronized (lock) {
            return List.copyOf(events);
        }
    }

    /** Waits for the first durable event matching {@code filter}, up to {@code timeout}. */
    public CloudEvent await(Predicate<CloudEvent> filter, Duration timeout) throws InterruptedException, TimeoutException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (lock) {
            while (true) {
                for (CloudEvent e : events) {
                    if (filter.test(e)) {
                        return e;
                    }
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new TimeoutException("no matching uplink event within " + timeout + "; have " + events.size());
                }
                TimeUnit.NANOSECONDS.timedWait(lock, left);
            }
        }
    }

    @Override
    public void setBackpressureListener(BackpressureListener listener) {
        this.listener = listener;
    }

    @Override
    public void close(Duration timeout) {
        acker.shutdown();
    }

    private record Pending(CloudEvent event, CompletableFuture<Void> future) {}
}
