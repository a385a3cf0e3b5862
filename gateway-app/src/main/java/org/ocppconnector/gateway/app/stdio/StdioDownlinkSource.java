package org.ocppconnector.gateway.app.stdio;

import static java.util.Objects.requireNonNull;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.ocppconnector.gateway.core.bridge.DownlinkSource;
import org.ocppconnector.gateway.core.event.CloudEvent;
import org.ocppconnector.gateway.core.event.CloudEventCodec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads CloudEvent JSON lines from an input stream (stdin) on a thread of its own and hands each
 * event to the gateway. Blank lines are ignored; lines that are not valid events, or longer than
 * {@code maxLineBytes}, are logged with at most their first {@value #EXCERPT_CHARS} characters and
 * skipped.
 *
 * <p>End of input is normal (a user piping nothing, or a backend that closed its end): it is
 * logged and the source stays ready, since the gateway still serves stations and writes their
 * events.
 */
final class StdioDownlinkSource implements DownlinkSource {

    private static final Logger log = LoggerFactory.getLogger(StdioDownlinkSource.class);

    static final int EXCERPT_CHARS = 100;
    // How long close() waits for the reader to notice; a read blocked on stdin may never return.
    private static final long CLOSE_WAIT_MILLIS = 200;

    private final InputStream in;
    private final CloudEventCodec codec;
    private final int maxLineBytes;
    private final AtomicBoolean started = new AtomicBoolean();
    private final AtomicBoolean closed = new AtomicBoolean();
    private final CompletableFuture<Void> readiness = new CompletableFuture<>();
    private volatile boolean ready;
    private volatile @Nullable Thread reader;

    StdioDownlinkSource(InputStream in, CloudEventCodec codec, int maxLineBytes) {
        this.in = requireNonNull(in, "in");
        this.codec = requireNonNull(codec, "codec");
        if (maxLineBytes < 1) {
            throw new IllegalArgumentException("maxLineBytes: " + maxLineBytes + " (expected: > 0)");
        }
        this.maxLineBytes = maxLineBytes;
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
        // A daemon: a read blocked on stdin must not keep the process alive or hang shutdown.
        Thread thread = new Thread(() -> run(sink), "stdio-downlink");
        thread.setDaemon(true);
        reader = thread;
        thread.start();
        return readiness;
    }

    @Override
    public boolean isReady() {
        return ready && !closed.get();
    }

    /**
     * Stops handing events over and closes the stream. Returns within a fraction of a second even
     * if the reader stays blocked on stdin (closing the process's stdin does not wake it); the
     * daemon thread then ends with the process.
     */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        readiness.completeExceptionally(new IllegalStateException("downlink closed"));
        try {
            in.close();
        } catch (IOException e) {
            log.debug("closing stdin failed", e);
        }
        Thread thread = reader;
        if (thread != null && thread != Thread.currentThread()) {
            thread.interrupt();
            try {
                thread.join(CLOSE_WAIT_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void run(Consumer<CloudEvent> sink) {
        ready = true;
        readiness.complete(null);
        log.info("reading commands and replies from stdin, one CloudEvent JSON object per line");
        LineReader lines = new LineReader(new BufferedInputStream(in, 64 * 1024), maxLineBytes);
        long lineNumber = 0;
        try {
            while (!closed.get()) {
                byte[] line = lines.next();
                if (line == null) {
                    log.info("stdin reached its end after {} lines: no more commands or replies will be read; "
                            + "stations are still served", lineNumber);
                    return;
                }
                lineNumber++;
                if (closed.get()) {
                    return;
                }
                if (lines.truncated()) {
                    log.warn("stdin line {} skipped: longer than {} bytes; it starts: {}", lineNumber, maxLineBytes,
                            excerpt(line));
                    continue;
                }
                if (isBlank(line)) {
                    continue;
                }
                CloudEvent event;
                try {
                    event = codec.fromBytes(line);
                } catch (CloudEventCodec.InvalidEventException e) {
                    log.warn("stdin line {} skipped: not a CloudEvent the gateway can route ({}); it starts: {}",
                            lineNumber, limit(e.getMessage()), excerpt(line));
                    continue;
                }
                try {
                    sink.accept(event);
                } catch (RuntimeException e) {
                    log.error("handling {} event {} from stdin line {} failed", event.type(), event.id(), lineNumber, e);
                }
            }
        } catch (IOException e) {
            if (!closed.get()) {
                log.warn("reading stdin failed ({}): no more commands or replies will be read", e.toString());
            }
        }
    }

    private static boolean isBlank(byte[] line) {
        for (byte b : line) {
            if (b != ' ' && b != '\t' && b != '\r') {
                return false;
            }
        }
        return true;
    }

    /** The start of a line for a log message: at most {@value #EXCERPT_CHARS} characters, controls replaced. */
    static String excerpt(byte[] line) {
        // Enough bytes for EXCERPT_CHARS characters of up to 4 UTF-8 bytes each.
        String text = new String(line, 0, Math.min(line.length, EXCERPT_CHARS * 4), StandardCharsets.UTF_8);
        return limit(text);
    }

    private static String limit(@Nullable String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(Math.min(text.length(), EXCERPT_CHARS + 3));
        int count = 0;
        for (int i = 0; i < text.length() && count < EXCERPT_CHARS; i = text.offsetByCodePoints(i, 1), count++) {
            int cp = text.codePointAt(i);
            // Control characters could forge or garble log lines.
            out.appendCodePoint(Character.isISOControl(cp) ? '?' : cp);
        }
        if (text.codePointCount(0, text.length()) > EXCERPT_CHARS) {
            out.append("...");
        }
        return out.toString();
    }

    /** Splits a byte stream at {@code '\n'} (dropping a trailing {@code '\r'}), keeping at most {@code max} bytes of a line. */
    static final class LineReader {
        private final InputStream in;
        private final int max;
        private byte[] buffer = new byte[1024];
        private int length;
        private boolean truncated;

        LineReader(InputStream in, int max) {
            this.in = in;
            this.max = max;
        }

        /** The next line without its terminator, or {@code null} at the end; a last line without {@code '\n'} counts. */
        byte @Nullable [] next() throws IOException {
            length = 0;
            truncated = false;
            boolean any = false;
            int b;
            while ((b = in.read()) != -1) {
                any = true;
                if (b == '\n') {
                    break;
                }
                if (length == max) {
                    truncated = true;
                    continue;
                }
                if (length == buffer.length) {
                    buffer = Arrays.copyOf(buffer, Math.min(max, buffer.length * 2));
                }
                buffer[length++] = (byte) b;
            }
            if (!any) {
                return null;
            }
            int end = length;
            if (!truncated && end > 0 && buffer[end - 1] == '\r') {
                end--;
            }
            byte[] line = Arrays.copyOf(buffer, end);
            if (buffer.length > 64 * 1024) {
                // One huge line should not pin its buffer for the rest of the process.
                buffer = new byte[1024];
            }
            return line;
        }

        /** Whether the last line was longer than {@code max} (and only its start was kept). */
        boolean truncated() {
            return truncated;
        }
    }
}
