package org.ocppconnector.gateway.kinesis;

import static org.junit.jupiter.api.Assertions.fail;

import java.time.Duration;
import java.util.List;
import java.util.PriorityQueue;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.Callable;
import java.util.concurrent.Delayed;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * A scheduler on fake time for tests: tasks run on the test's thread when it calls
 * {@link #runDue()}, {@link #advance} or {@link #runUntil}; time moves only through
 * {@link #advance}. Tasks handed over by other threads (SDK callbacks hopping onto the
 * publisher's executor) queue at the current fake time.
 */
final class ManualScheduler extends AbstractExecutorService implements ScheduledExecutorService {

    private final PriorityQueue<Task> queue = new PriorityQueue<>();
    private long now;
    private long sequence;

    /** The fake clock, in nanoseconds. */
    synchronized long nanoTime() {
        return now;
    }

    /** Runs every task due at the current fake time, including those they schedule. */
    void runDue() {
        Task task;
        while ((task = nextDue()) != null) {
            task.runnable.run();
        }
    }

    /** Moves time forward in 1 ms steps, running what falls due at each. */
    void advance(Duration duration) {
        long end = nanoTime() + duration.toNanos();
        runDue();
        while (nanoTime() < end) {
            synchronized (this) {
                now = Math.min(end, now + TimeUnit.MILLISECONDS.toNanos(1));
            }
            runDue();
        }
    }

    /** Runs due tasks, waiting (real time, at most 30 s) for hand-overs until the condition holds. */
    void runUntil(String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + TestSupport.WAIT.toNanos();
        while (true) {
            runDue();
            if (condition.getAsBoolean()) {
                return;
            }
            if (System.nanoTime() > deadline) {
                fail("not within " + TestSupport.WAIT + " (fake time " + Duration.ofNanos(nanoTime()) + "): " + what);
            }
            synchronized (this) {
                Task head = queue.peek();
                if (head == null || head.time > now) {
                    try {
                        wait(20);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new AssertionError(e);
                    }
                }
            }
        }
    }

    private synchronized Task nextDue() {
        Task head = queue.peek();
        if (head == null || head.time > now) {
            return null;
        }
        return queue.poll();
    }

    @Override
    public synchronized void execute(Runnable command) {
        queue.add(new Task(command, now, sequence++));
        notifyAll();
    }

    @Override
    public synchronized ScheduledFuture<?> schedule(Runnable command, long delay, TimeUnit unit) {
        Task task = new Task(command, now + Math.max(0, unit.toNanos(delay)), sequence++);
        queue.add(task);
        notifyAll();
        return task;
    }

    @Override
    public <V> ScheduledFuture<V> schedule(Callable<V> callable, long delay, TimeUnit unit) {
        throw new UnsupportedOperationException();
    }

    @Override
    public ScheduledFuture<?> scheduleAtFixedRate(Runnable command, long initialDelay, long period, TimeUnit unit) {
        throw new UnsupportedOperationException();
    }

    @Override
    public ScheduledFuture<?> scheduleWithFixedDelay(Runnable command, long initialDelay, long delay, TimeUnit unit) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void shutdown() {}

    @Override
    public List<Runnable> shutdownNow() {
        return List.of();
    }

    @Override
    public boolean isShutdown() {
        return false;
    }

    @Override
    public boolean isTerminated() {
        return false;
    }

    @Override
    public boolean awaitTermination(long timeout, TimeUnit unit) {
        return true;
    }

    private final class Task implements ScheduledFuture<Object>, Comparable<Delayed> {
        final Runnable runnable;
        final long time;
        final long seq;
        private volatile boolean cancelled;
        private volatile boolean finished;

        Task(Runnable runnable, long time, long seq) {
            this.time = time;
            this.seq = seq;
            // Like a real ScheduledFutureTask: not done while it runs, only afterwards.
            this.runnable = () -> {
                try {
                    runnable.run();
                } finally {
                    finished = true;
                }
            };
        }

        @Override
        public long getDelay(TimeUnit unit) {
            return unit.convert(time - nanoTime(), TimeUnit.NANOSECONDS);
        }

        @Override
        public int compareTo(Delayed other) {
            Task that = (Task) other;
            return time != that.time ? Long.compare(time, that.time) : Long.compare(seq, that.seq);
        }

        @Override
        public boolean cancel(boolean mayInterruptIfRunning) {
            synchronized (ManualScheduler.this) {
                cancelled = queue.remove(this);
                return cancelled;
            }
        }

        @Override
        public boolean isCancelled() {
            return cancelled;
        }

        @Override
        public boolean isDone() {
            return cancelled || finished;
        }

        @Override
        public Object get() {
            throw new UnsupportedOperationException();
        }

        @Override
        public Object get(long timeout, TimeUnit unit) {
            throw new UnsupportedOperationException();
        }
    }
}
