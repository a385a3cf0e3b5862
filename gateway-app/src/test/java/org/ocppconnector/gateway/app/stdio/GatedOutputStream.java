package org.ocppconnector.gateway.app.stdio;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An in-memory stdout for tests: it keeps what was written and what was flushed apart, can hold
 * writes or flushes the way a full pipe does (the writer thread really blocks) and can fail them
 * the way a pipe whose reader is gone does.
 */
final class GatedOutputStream extends OutputStream {

    private final Object lock = new Object();
    private final ByteArrayOutputStream written = new ByteArrayOutputStream();
    private final ByteArrayOutputStream flushed = new ByteArrayOutputStream();
    private final AtomicInteger flushes = new AtomicInteger();
    private final Semaphore blocked = new Semaphore(0);
    private volatile CountDownLatch writeGate = new CountDownLatch(0);
    private volatile CountDownLatch flushGate = new CountDownLatch(0);
    private volatile IOException failure;

    /** Makes every write wait until {@link #release()}. */
    GatedOutputStream holdWrites() {
        writeGate = new CountDownLatch(1);
        return this;
    }

    /** Makes every flush wait until {@link #release()}; writes go through. */
    GatedOutputStream holdFlushes() {
        flushGate = new CountDownLatch(1);
        return this;
    }

    /** Lets held and later writes and flushes through. */
    void release() {
        writeGate.countDown();
        flushGate.countDown();
    }

    /** Makes this and every later write and flush fail with {@code error}. */
    void failWith(IOException error) {
        this.failure = error;
    }

    /** Waits until a write or flush is held at the gate. */
    boolean awaitBlocked(Duration timeout) throws InterruptedException {
        return blocked.tryAcquire(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        pass(writeGate);
        synchronized (lock) {
            written.write(b, off, len);
        }
    }

    @Override
    public void flush() throws IOException {
        pass(flushGate);
        synchronized (lock) {
            flushed.reset();
            flushed.write(written.toByteArray());
        }
        flushes.incrementAndGet();
    }

    private void pass(CountDownLatch gate) throws IOException {
        if (gate.getCount() > 0) {
            blocked.release();
            try {
                gate.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted");
            }
        }
        IOException error = failure;
        if (error != null) {
            throw error;
        }
    }

    /** The complete lines as of the last flush. */
    List<String> flushedLines() {
        String text;
        synchronized (lock) {
            text = flushed.toString(StandardCharsets.UTF_8);
        }
        int end = text.lastIndexOf('\n');
        return end < 0 ? List.of() : List.of(text.substring(0, end).split("\n", -1));
    }

    /** Bytes written, flushed or not. */
    int writtenBytes() {
        synchronized (lock) {
            return written.size();
        }
    }

    int flushes() {
        return flushes.get();
    }
}
