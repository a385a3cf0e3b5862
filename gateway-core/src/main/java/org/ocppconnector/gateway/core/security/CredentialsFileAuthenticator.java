package org.ocppconnector.gateway.core.security;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Authenticates stations against a credentials file, re-read when it changes (so it can be a
 * mounted secret). One station per line, {@code #} starts a comment:
 *
 * <pre>
 * # station id   password hash (or - for certificate only)        minimum security profile
 * CS-0001        pbkdf2-sha256$600000$0b3w...$Jm1h...               2
 * CS-0002        -                                                  3
 * </pre>
 *
 * <p>Profile 1 and 2 need the Basic password to match the hash; profile 3 needs the station to be
 * listed (the TLS layer and the gateway have checked its certificate and CN). A station connecting
 * below its minimum profile is refused (no downgrade).
 *
 * <p>PBKDF2 is slow on purpose, so verification runs on two threads of its own with a bounded
 * queue; a verified password is remembered per station as a keyed digest for {@code cacheTtl}
 * (forgotten when the file changes), so a reconnect storm costs one hash per station. Unknown
 * stations are checked against a dummy hash, so the answer time does not tell which ids exist.
 */
public final class CredentialsFileAuthenticator implements StationAuthenticator {

    private static final Logger logger = LoggerFactory.getLogger(CredentialsFileAuthenticator.class);
    private static final int VERIFY_THREADS = 2;
    private static final int VERIFY_QUEUE = 256;

    private final Path file;
    private final Duration cacheTtl;
    private final Clock clock;
    private final KeyedDigest digest = new KeyedDigest();
    private final ThreadPoolExecutor verifier;
    private final ScheduledExecutorService watcher;
    private final Map<String, Verified> verified = new ConcurrentHashMap<>();
    private volatile Snapshot snapshot;
    private byte @Nullable [] failedFingerprint;

    private record Entry(@Nullable PasswordHash hash, int minimumProfile) {}

    private record Snapshot(Map<String, Entry> stations, PasswordHash dummy, byte[] fingerprint, long generation) {}

    private record Verified(byte[] digest, Instant expiresAt, long generation) {}

    private CredentialsFileAuthenticator(Path file, Duration reloadInterval, Duration cacheTtl, Clock clock) {
        this.file = file;
        this.cacheTtl = cacheTtl;
        this.clock = clock;
        byte[] content = read(file);
        this.snapshot = parse(content, 1);
        this.verifier = new ThreadPoolExecutor(VERIFY_THREADS, VERIFY_THREADS, 0, TimeUnit.MILLISECONDS,
                new ArrayBlockingQueue<>(VERIFY_QUEUE), daemon("ocpp-password-verify"));
        this.watcher = Executors.newSingleThreadScheduledExecutor(daemon("ocpp-credentials-watch"));
        watcher.scheduleWithFixedDelay(this::reloadIfChanged, reloadInterval.toMillis(), reloadInterval.toMillis(),
                TimeUnit.MILLISECONDS);
        logger.info("credentials file {}: {} stations", file, snapshot.stations().size());
    }

    /**
     * Loads {@code file} and watches it every {@code reloadInterval}.
     *
     * @throws IllegalArgumentException if the file cannot be read or has an invalid line (named)
     */
    public static CredentialsFileAuthenticator start(Path file, Duration reloadInterval, Duration cacheTtl) {
        return start(file, reloadInterval, cacheTtl, Clock.systemUTC());
    }

    /** As {@link #start(Path, Duration, Duration)} with the clock for cache expiry. */
    public static CredentialsFileAuthenticator start(Path file, Duration reloadInterval, Duration cacheTtl,
            Clock clock) {
        requireNonNull(file, "file");
        requireNonNull(reloadInterval, "reloadInterval");
        requireNonNull(cacheTtl, "cacheTtl");
        requireNonNull(clock, "clock");
        if (reloadInterval.toMillis() <= 0) {
            throw new IllegalArgumentException("reloadInterval: " + reloadInterval + " (expected: > 0)");
        }
        if (cacheTtl.isNegative()) {
            throw new IllegalArgumentException("cacheTtl: " + cacheTtl + " (expected: >= 0, 0 disables)");
        }
        return new CredentialsFileAuthenticator(file, reloadInterval, cacheTtl, clock);
    }

    @Override
    public CompletionStage<AuthOutcome> authenticate(AuthRequest request) {
        Snapshot current = snapshot;
        String id = request.stationId().value();
        Entry entry = current.stations().get(id);
        int profile = request.securityProfile();
        if (profile == 3) {
            // The certificate is the credential (checked by TLS and the CN binding); the file says
            // whether this station may connect at all.
            return done(entry == null ? refused("station not in the credentials file") : decide(entry, profile));
        }
        BasicCredentials credentials = request.credentials();
        if (credentials == null) {
            return done(refused("no Basic credentials at security profile " + profile));
        }
        byte[] presented = digest.digest(id, credentials.password());
        Verified cached = verified.get(id);
        if (entry != null && cached != null && cached.generation() == current.generation()
                && clock.instant().isBefore(cached.expiresAt()) && MessageDigest.isEqual(cached.digest(), presented)) {
            return done(decide(entry, profile));
        }
        CompletableFuture<AuthOutcome> outcome = new CompletableFuture<>();
        try {
            verifier.execute(() -> {
                try {
                    outcome.complete(verify(current, id, entry, credentials.password(), presented, profile));
                } catch (RuntimeException e) {
                    outcome.completeExceptionally(e);
                }
            });
        } catch (RejectedExecutionException e) {
            return done(refused("password verification queue full"));
        }
        return outcome;
    }

    private AuthOutcome verify(Snapshot current, String id, @Nullable Entry entry, String password, byte[] presented,
            int profile) {
        PasswordHash hash = entry == null || entry.hash() == null ? current.dummy() : entry.hash();
        // Always one full PBKDF2 run, for unknown stations too, so the timing does not tell.
        boolean matches = hash.matches(password);
        if (entry == null) {
            return refused("station not in the credentials file");
        }
        if (entry.hash() == null) {
            return refused("station has no password (certificate only)");
        }
        if (!matches) {
            return refused("wrong password");
        }
        if (!cacheTtl.isZero() && current == snapshot) {
            verified.put(id, new Verified(presented, clock.instant().plus(cacheTtl), current.generation()));
        }
        return decide(entry, profile);
    }

    private static AuthOutcome decide(Entry entry, int profile) {
        if (profile < entry.minimumProfile()) {
            return refused("security profile " + profile + " below the station's minimum " + entry.minimumProfile());
        }
        return new AuthOutcome.Accepted(profile);
    }

    private static AuthOutcome refused(String reason) {
        return new AuthOutcome.Refused(reason);
    }

    private static CompletionStage<AuthOutcome> done(AuthOutcome outcome) {
        return CompletableFuture.completedFuture(outcome);
    }

    /** Checks the file now; what the watcher runs every interval. Visible for tests. */
    synchronized void reloadIfChanged() {
        byte[] content;
        try {
            content = Files.readAllBytes(file);
        } catch (IOException | RuntimeException e) {
            logger.error("credentials file {}: cannot read ({}); keeping the previous {} stations", file, e.toString(),
                    snapshot.stations().size());
            return;
        }
        byte[] fingerprint = sha256(content);
        if (MessageDigest.isEqual(fingerprint, snapshot.fingerprint())
                || (failedFingerprint != null && MessageDigest.isEqual(fingerprint, failedFingerprint))) {
            return;
        }
        try {
            Snapshot next = parse(content, snapshot.generation() + 1);
            snapshot = next;
            verified.clear();
            failedFingerprint = null;
            logger.info("credentials file {} changed: {} stations", file, next.stations().size());
        } catch (IllegalArgumentException e) {
            failedFingerprint = fingerprint;
            logger.error("credentials file {} changed but is invalid: {}; keeping the previous {} stations", file,
                    e.getMessage(), snapshot.stations().size());
        }
    }

    /** How many stations the current file lists. */
    public int stations() {
        return snapshot.stations().size();
    }

    @Override
    public String describe() {
        return "credentials file " + file;
    }

    @Override
    public void close() {
        watcher.shutdownNow();
        verifier.shutdownNow();
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new IllegalArgumentException("credentials file " + file + ": cannot read (" + e + ")");
        }
    }

    /** Parses the file; the messages name the line but never echo a hash. */
    private static Snapshot parse(byte[] content, long generation) {
        Map<String, Entry> stations = new HashMap<>();
        String[] lines = new String(content, StandardCharsets.UTF_8).split("\r?\n", -1);
        int iterations = PasswordHash.DEFAULT_ITERATIONS;
        boolean sawHash = false;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            int hashMark = line.indexOf('#');
            if (hashMark >= 0) {
                line = line.substring(0, hashMark);
            }
            line = line.strip();
            if (line.isEmpty()) {
                continue;
            }
            String where = "line " + (i + 1);
            String[] fields = line.split("\\s+");
            if (fields.length != 3) {
                throw new IllegalArgumentException(where + ": " + fields.length
                        + " fields (expected: station id, password hash or -, minimum security profile)");
            }
            String id = fields[0];
            if (org.ocppconnector.gateway.core.ChargingStationId.fromPathSegment(id)
                    .filter(s -> s.value().equals(id)).isEmpty()) {
                throw new IllegalArgumentException(where + ": station id " + id + " (expected: a valid station id)");
            }
            int minimum;
            try {
                minimum = Integer.parseInt(fields[2]);
            } catch (NumberFormatException e) {
                minimum = -1;
            }
            if (minimum < 1 || minimum > 3) {
                throw new IllegalArgumentException(where + ": minimum security profile " + fields[2]
                        + " (expected: 1, 2 or 3)");
            }
            PasswordHash hash = null;
            if (fields[1].equals("-")) {
                if (minimum != 3) {
                    throw new IllegalArgumentException(where + ": a station without password needs minimum "
                            + "security profile 3 (certificate only)");
                }
            } else {
                try {
                    hash = PasswordHash.parse(fields[1]);
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException(where + ": " + e.getMessage());
                }
                if (!sawHash) {
                    iterations = hash.iterations();
                    sawHash = true;
                }
            }
            if (stations.put(id, new Entry(hash, minimum)) != null) {
                throw new IllegalArgumentException(where + ": station " + id + " listed twice");
            }
        }
        // Same cost as a real entry's hash, so unknown ids take as long as known ones.
        byte[] random = new byte[16];
        new SecureRandom().nextBytes(random);
        PasswordHash dummy = PasswordHash.create(Base64.getEncoder().encodeToString(random), iterations);
        return new Snapshot(Map.copyOf(stations), dummy, sha256(content), generation);
    }

    private static byte[] sha256(byte[] content) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(content);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static ThreadFactory daemon(String name) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, name + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
