package org.ocppconnector.gateway.app.stdio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.ocppconnector.gateway.core.event.CloudEvent;
import org.ocppconnector.gateway.core.event.CloudEventCodec;
import org.ocppconnector.gateway.core.rpc.OcppJson;

@Timeout(60)
class StdioDownlinkSourceTest {

    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final CloudEventCodec CODEC = new CloudEventCodec(OcppJson.newMapper());

    private static String command(String id, String station) {
        return "{\"specversion\":\"1.0\",\"id\":\"" + id + "\",\"source\":\"/test\",\"type\":\"ocpp.command\","
                + "\"subject\":\"" + station + "\",\"data\":{\"action\":\"Reset\",\"payload\":{\"type\":\"Soft\"}}}";
    }

    private static void awaitTrue(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within " + WAIT + ": " + what);
            }
            Thread.sleep(10);
        }
    }

    @Test
    void handsOverValidLinesInOrderAndSkipsTheRest() throws Exception {
        PipedOutputStream stdin = new PipedOutputStream();
        PipedInputStream pipe = new PipedInputStream(stdin, 64 * 1024);
        StdioDownlinkSource source = new StdioDownlinkSource(pipe, CODEC, 2048);
        BlockingQueue<CloudEvent> received = new LinkedBlockingQueue<>();
        try (LogCapture log = new LogCapture(StdioDownlinkSource.class)) {
            source.start(received::add).get(WAIT.toSeconds(), TimeUnit.SECONDS);
            assertTrue(source.isReady());
            String secret = "TAIL-THAT-MUST-NOT-BE-LOGGED";
            String lines = command("c1", "CP-1") + "\n"
                    + "this is not json " + "x".repeat(200) + secret + "\n"
                    + command("c2", "CP-2") + "\r\n"
                    + "\n"
                    + "   \n"
                    + "{\"specversion\":\"0.3\",\"id\":\"old\",\"type\":\"ocpp.command\",\"subject\":\"CP-1\",\"data\":{}}\n"
                    + "{\"specversion\":\"1.0\",\"id\":\"x\",\"type\":\"ocpp.reply\",\"subject\":\"CP-1\",\"data\":[]}\n"
                    + "{\"specversion\":\"1.0\",\"id\":\"" + "y".repeat(3000) + secret + "\"}\n"
                    + "\u001b[31m{not json\n"
                    + command("c3", "CP-1"); // the last line needs no newline
            stdin.write(lines.getBytes(StandardCharsets.UTF_8));
            stdin.close();

            for (String id : List.of("c1", "c2", "c3")) {
                CloudEvent event = received.poll(WAIT.toMillis(), TimeUnit.MILLISECONDS);
                assertEquals(id, event == null ? null : event.id());
            }
            awaitTrue(() -> !log.messages(Level.INFO).isEmpty()
                    && log.messages(Level.INFO).getLast().contains("reached its end"), "EOF logged");
            assertNull(received.poll(100, TimeUnit.MILLISECONDS));
            assertTrue(source.isReady(), "the end of stdin is not a failure");

            List<String> warnings = log.messages(Level.WARN);
            assertEquals(5, warnings.size(), warnings.toString());
            assertTrue(warnings.get(0).startsWith("stdin line 2 skipped: not a CloudEvent"), warnings.get(0));
            assertTrue(warnings.get(1).contains("line 6") && warnings.get(1).contains("specversion"), warnings.get(1));
            assertTrue(warnings.get(2).contains("line 7") && warnings.get(2).contains("data"), warnings.get(2));
            assertTrue(warnings.get(3).contains("line 8") && warnings.get(3).contains("longer than 2048 bytes"),
                    warnings.get(3));
            assertTrue(warnings.get(4).contains("line 9") && warnings.get(4).contains("?[31m{not json"),
                    "control characters are not logged: " + warnings.get(4));
            for (String warning : warnings) {
                assertFalse(warning.contains(secret), "at most the start of a line is logged: " + warning);
                assertFalse(warning.contains("\u001b"));
            }
        } finally {
            source.close();
        }
        assertFalse(source.isReady());
    }

    @Test
    void emptyStdinLeavesTheSourceReady() throws Exception {
        StdioDownlinkSource source = new StdioDownlinkSource(new ByteArrayInputStream(new byte[0]), CODEC, 2048);
        try (LogCapture log = new LogCapture(StdioDownlinkSource.class)) {
            source.start(event -> {
                throw new AssertionError("no events");
            }).get(WAIT.toSeconds(), TimeUnit.SECONDS);
            awaitTrue(() -> log.messages(Level.INFO).stream().anyMatch(m -> m.contains("reached its end after 0 lines")),
                    "EOF logged");
            assertTrue(source.isReady());
        } finally {
            source.close();
        }
    }

    @Test
    void aFailingSinkDoesNotStopTheReader() throws Exception {
        String lines = command("boom", "CP-1") + "\n" + command("fine", "CP-1") + "\n";
        StdioDownlinkSource source = new StdioDownlinkSource(
                new ByteArrayInputStream(lines.getBytes(StandardCharsets.UTF_8)), CODEC, 2048);
        BlockingQueue<CloudEvent> received = new LinkedBlockingQueue<>();
        try (LogCapture log = new LogCapture(StdioDownlinkSource.class)) {
            source.start(event -> {
                if (event.id().equals("boom")) {
                    throw new IllegalStateException("router failed");
                }
                received.add(event);
            });
            assertEquals("fine", received.poll(WAIT.toMillis(), TimeUnit.MILLISECONDS).id());
            assertEquals(1, log.messages(Level.ERROR).size());
        } finally {
            source.close();
        }
    }

    @Test
    void closeReturnsPromptlyWhileTheReaderIsBlockedOnARealPipe() throws Exception {
        // A child process that writes nothing: reading its stdout blocks in read(2) on an OS pipe,
        // as reading the gateway's stdin does when nobody writes to it.
        Process silent = new ProcessBuilder("sleep", "60").redirectErrorStream(true).start();
        try {
            InputStream stdin = silent.getInputStream();
            StdioDownlinkSource source = new StdioDownlinkSource(stdin, CODEC, 2048);
            source.start(event -> {}).get(WAIT.toSeconds(), TimeUnit.SECONDS);
            Thread.sleep(100);
            long started = System.nanoTime();
            source.close();
            long tookMillis = (System.nanoTime() - started) / 1_000_000;
            assertTrue(tookMillis < 2000, "close took " + tookMillis + " ms");
            assertFalse(source.isReady());
            assertTrue(source.start(event -> {}).isCompletedExceptionally(), "a closed source does not start again");
        } finally {
            silent.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
        }
    }

    @Test
    void startsOnce() throws IOException {
        StdioDownlinkSource source = new StdioDownlinkSource(new PipedInputStream(new PipedOutputStream()), CODEC, 2048);
        try {
            source.start(event -> {});
            assertThrows(IllegalStateException.class, () -> source.start(event -> {}));
        } finally {
            source.close();
        }
    }

    @Test
    void excerptsAreShortAndPrintable() {
        String line = "é\t" + "z".repeat(300);
        String excerpt = StdioDownlinkSource.excerpt(line.getBytes(StandardCharsets.UTF_8));
        assertEquals("é?" + "z".repeat(98) + "...", excerpt);
    }
}
