package org.ocppconnector.gateway.app.stdio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.ocppconnector.gateway.core.bridge.BackpressureListener;
import org.ocppconnector.gateway.core.bridge.PublishException;
import org.ocppconnector.gateway.core.event.CloudEvent;
import org.ocppconnector.gateway.core.event.CloudEventCodec;
import org.ocppconnector.gateway.core.event.EventTypes;
import org.ocppconnector.gateway.core.rpc.OcppJson;

@Timeout(60)
class StdioUplinkPublisherTest {

    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final ObjectMapper JSON = OcppJson.newMapper();
    private static final CloudEventCodec CODEC = new CloudEventCodec(JSON);

    private final List<AutoCloseable> cleanup = new ArrayList<>();

    @AfterEach
    void tearDown() throws Exception {
        // In creation order: a held stream is let go before its publisher is closed.
        for (AutoCloseable resource : cleanup) {
            resource.close();
        }
    }

    private StdioUplinkPublisher start(OutputStream out, int capacity) {
        StdioUplinkPublisher publisher = StdioUplinkPublisher.start(out, CODEC,
                StdioBridgeConfig.withBufferCapacity(capacity));
        cleanup.add(() -> publisher.close(Duration.ofSeconds(1)));
        return publisher;
    }

    private GatedOutputStream gated() {
        GatedOutputStream out = new GatedOutputStream();
        cleanup.add(out::release);
        return out;
    }

    static CloudEvent event(String station, int n) {
        return new CloudEvent("ev-" + station + "-" + n, "/ocpp-gateway/test", EventTypes.CALL, station,
                Instant.parse("2026-01-02T03:04:05.678Z"), "1.6", JSON.createObjectNode().put("n", n));
    }

    private static void await(CompletableFuture<?> future) throws Exception {
        future.get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
    }

    private static PublishException awaitFailure(CompletableFuture<?> future) throws Exception {
        try {
            future.get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            return assertInstanceOf(PublishException.class, e.getCause());
        }
        throw new AssertionError("expected a PublishException");
    }

    @Test
    void writesEveryEventAsOneLineAndKeepsEachStationsOrder() throws Exception {
        PipedInputStream pipe = new PipedInputStream(64 * 1024);
        PipedOutputStream out = new PipedOutputStream(pipe);
        List<String> lines = new ArrayList<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(pipe, StandardCharsets.UTF_8))) {
                String line;
                while ((line = in.readLine()) != null) {
                    lines.add(line);
                }
            } catch (IOException e) {
                // The writer side closed: done.
            }
        });
        reader.start();
        StdioUplinkPublisher publisher = start(out, 10_000);
        int stations = 4;
        int perStation = 2000;
        List<CompletableFuture<Void>> futures = new ArrayList<>();
        List<Thread> publishers = new ArrayList<>();
        for (int s = 0; s < stations; s++) {
            String station = "CP-" + s;
            List<CompletableFuture<Void>> mine = new ArrayList<>();
            Thread thread = new Thread(() -> {
                for (int n = 0; n < perStation; n++) {
                    mine.add(publisher.publish(event(station, n)));
                }
                synchronized (futures) {
                    futures.addAll(mine);
                }
            });
            publishers.add(thread);
            thread.start();
        }
        for (Thread thread : publishers) {
            thread.join(WAIT.toMillis());
        }
        CompletableFuture.allOf(futures.toArray(CompletableFuture[]::new)).get(WAIT.toSeconds(), TimeUnit.SECONDS);
        publisher.close(WAIT);
        out.close();
        reader.join(WAIT.toMillis());

        assertEquals(stations * perStation, lines.size());
        Map<String, Integer> last = new HashMap<>();
        for (String line : lines) {
            CloudEvent event = CODEC.fromBytes(line.getBytes(StandardCharsets.UTF_8));
            int n = event.data().get("n").asInt();
            assertEquals(last.getOrDefault(event.subject(), -1) + 1, n, "order of " + event.subject());
            last.put(event.subject(), n);
            assertEquals(event(event.subject(), n), event, "the line is the event, unchanged");
        }
        assertEquals(0, publisher.buffered());
    }

    @Test
    void acknowledgesOnlyAfterTheLineIsFlushed() throws Exception {
        GatedOutputStream out = gated().holdFlushes();
        StdioUplinkPublisher publisher = start(out, 100);
        AtomicReference<List<String>> flushedAtAck = new AtomicReference<>();
        AtomicReference<String> ackThread = new AtomicReference<>();
        CompletableFuture<Void> acked = publisher.publish(event("CP-1", 1)).whenComplete((v, error) -> {
            flushedAtAck.set(out.flushedLines());
            ackThread.set(Thread.currentThread().getName());
        });
        assertTrue(out.awaitBlocked(WAIT), "the writer reaches the flush");
        assertTrue(out.writtenBytes() > 0, "the line is written, not yet flushed");
        Thread.sleep(200);
        assertFalse(acked.isDone(), "no ack before the flush returns");

        out.release();
        await(acked);
        assertEquals(1, flushedAtAck.get().size(), "the line was flushed when the future completed");
        assertEquals("ev-CP-1-1", CODEC.fromBytes(flushedAtAck.get().get(0).getBytes(StandardCharsets.UTF_8)).id());
        assertEquals("stdio-uplink", ackThread.get(), "completed on the writer thread, not the caller's");
    }

    @Test
    void writesWhatQueuedUpWhileBlockedInBatchesWithOneFlushEach() throws Exception {
        GatedOutputStream out = gated().holdWrites();
        StdioUplinkPublisher publisher = start(out, 5000);
        List<CompletableFuture<Void>> futures = new ArrayList<>();
        futures.add(publisher.publish(event("CP-1", 0)));
        assertTrue(out.awaitBlocked(WAIT));
        for (int n = 1; n <= 2000; n++) {
            futures.add(publisher.publish(event("CP-1", n)));
        }
        out.release();
        CompletableFuture.allOf(futures.toArray(CompletableFuture[]::new)).get(WAIT.toSeconds(), TimeUnit.SECONDS);

        assertEquals(2001, out.flushedLines().size());
        // [0], then 2000 queued events in batches of at most MAX_BATCH_EVENTS.
        int expected = 1 + (2000 + StdioUplinkPublisher.MAX_BATCH_EVENTS - 1) / StdioUplinkPublisher.MAX_BATCH_EVENTS;
        assertEquals(expected, out.flushes());
    }

    /** Records the calls; {@code pause()} can be held to keep the notifier thread busy. */
    static final class RecordingListener implements BackpressureListener {
        final BlockingQueue<String> calls = new LinkedBlockingQueue<>();
        final CountDownLatch pauseGate = new CountDownLatch(1);

        @Override
        public void pause() {
            calls.add("pause on " + Thread.currentThread().getName());
            try {
                pauseGate.await(WAIT.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        @Override
        public void resume() {
            calls.add("resume on " + Thread.currentThread().getName());
        }
    }

    @Test
    void pausesAtTheHighWaterMarkRefusesWhenFullAndResumesBelowTheLowOne() throws Exception {
        GatedOutputStream out = gated().holdWrites();
        StdioUplinkPublisher publisher = start(out, 10); // high-water mark 8 events, low 5
        RecordingListener listener = new RecordingListener();
        publisher.setBackpressureListener(listener);
        List<CompletableFuture<Void>> accepted = new ArrayList<>();
        accepted.add(publisher.publish(event("CP-1", 1)));
        assertTrue(out.awaitBlocked(WAIT), "stdout does not take the first line");
        for (int n = 2; n <= 7; n++) {
            accepted.add(publisher.publish(event("CP-1", n)));
        }
        assertNull(listener.calls.poll(200, TimeUnit.MILLISECONDS), "7 of 10 is below the high-water mark");

        accepted.add(publisher.publish(event("CP-1", 8)));
        assertEquals("pause on stdio-uplink-notify", listener.calls.poll(WAIT.toMillis(), TimeUnit.MILLISECONDS));
        accepted.add(publisher.publish(event("CP-1", 9)));
        accepted.add(publisher.publish(event("CP-1", 10)));

        // Full: refused at once, not queued. The notifier is held in pause(), so the future
        // cannot have completed yet and the callback shows the thread that completes it.
        CompletableFuture<Void> refused = publisher.publish(event("CP-1", 11));
        assertFalse(refused.isDone(), "never completed on the caller's thread");
        AtomicReference<String> failedOn = new AtomicReference<>();
        CompletableFuture<Void> observed = refused.whenComplete((v, e) -> failedOn.set(Thread.currentThread().getName()));
        listener.pauseGate.countDown();
        PublishException full = awaitFailure(observed);
        assertTrue(full.getMessage().contains("buffer full"), full.getMessage());
        assertEquals("stdio-uplink-notify", failedOn.get());
        assertFalse(accepted.stream().anyMatch(CompletableFuture::isDone), "nothing acknowledged while stdout is blocked");

        out.release();
        CompletableFuture.allOf(accepted.toArray(CompletableFuture[]::new)).get(WAIT.toSeconds(), TimeUnit.SECONDS);
        assertEquals("resume on stdio-uplink-notify", listener.calls.poll(WAIT.toMillis(), TimeUnit.MILLISECONDS));
        assertNull(listener.calls.poll(200, TimeUnit.MILLISECONDS), "one pause, one resume");
        assertEquals(10, out.flushedLines().size(), "the refused event was not written");
        await(publisher.publish(event("CP-1", 12)));
    }

    @Test
    void aClosedPipeFailsTheEventAndEveryLaterOneAndIsLoggedOnce() throws Exception {
        PipedInputStream pipe = new PipedInputStream(64 * 1024);
        StdioUplinkPublisher publisher = start(new PipedOutputStream(pipe), 100);
        try (LogCapture log = new LogCapture(StdioUplinkPublisher.class)) {
            await(publisher.publish(event("CP-1", 1)));
            pipe.close(); // the reader of stdout went away (EPIPE)

            PublishException first = awaitFailure(publisher.publish(event("CP-1", 2)));
            assertTrue(first.getMessage().startsWith("stdout is closed"), first.getMessage());
            assertInstanceOf(IOException.class, first.getCause());
            for (int n = 3; n < 10; n++) {
                awaitFailure(publisher.publish(event("CP-1", n)));
            }
            assertEquals(1, log.messages(Level.ERROR).size(), log.messages(Level.ERROR).toString());
        }
    }

    @Test
    void aWriteFailingWhileEventsWaitFailsThemAll() throws Exception {
        GatedOutputStream out = gated().holdWrites();
        StdioUplinkPublisher publisher = start(out, 100);
        List<CompletableFuture<Void>> pending = new ArrayList<>();
        pending.add(publisher.publish(event("CP-1", 0)));
        assertTrue(out.awaitBlocked(WAIT));
        for (int n = 1; n < 20; n++) {
            pending.add(publisher.publish(event("CP-" + n % 3, n)));
        }
        out.failWith(new IOException("Broken pipe"));
        out.release();
        for (CompletableFuture<Void> future : pending) {
            assertEquals("Broken pipe", awaitFailure(future).getCause().getMessage());
        }
        assertTrue(awaitFailure(publisher.publish(event("CP-1", 20))).getMessage().contains("stdout is closed"));
        assertEquals(0, publisher.buffered());
    }

    @Test
    void closeWritesWhatIsBufferedThenRefusesNewEvents() throws Exception {
        GatedOutputStream out = gated().holdWrites();
        StdioUplinkPublisher publisher = start(out, 1000);
        List<CompletableFuture<Void>> futures = new ArrayList<>();
        futures.add(publisher.publish(event("CP-1", 0)));
        assertTrue(out.awaitBlocked(WAIT));
        for (int n = 1; n < 100; n++) {
            futures.add(publisher.publish(event("CP-1", n)));
        }
        Thread closer = new Thread(() -> publisher.close(WAIT));
        closer.start();
        closer.join(200);
        assertTrue(closer.isAlive(), "close waits for the buffer to drain");
        out.release();
        closer.join(WAIT.toMillis());
        assertFalse(closer.isAlive());
        for (CompletableFuture<Void> future : futures) {
            assertTrue(future.isDone() && !future.isCompletedExceptionally());
        }
        assertEquals(100, out.flushedLines().size());
        assertTrue(awaitFailure(publisher.publish(event("CP-1", 100))).getMessage().contains("closed"));
    }

    @Test
    void closeGivesUpOnABlockedStdoutAfterItsTimeout() throws Exception {
        GatedOutputStream out = gated().holdWrites();
        StdioUplinkPublisher publisher = start(out, 100);
        List<CompletableFuture<Void>> futures = new ArrayList<>();
        for (int n = 0; n < 3; n++) {
            futures.add(publisher.publish(event("CP-1", n)));
        }
        assertTrue(out.awaitBlocked(WAIT));
        long started = System.nanoTime();
        publisher.close(Duration.ofMillis(300));
        long tookMillis = (System.nanoTime() - started) / 1_000_000;
        assertTrue(tookMillis < 3000, "close took " + tookMillis + " ms");
        for (CompletableFuture<Void> future : futures) {
            assertTrue(awaitFailure(future).getMessage().contains("closed"));
        }
    }
}
