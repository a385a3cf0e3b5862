package org.ocppconnector.gateway.core.security;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Asks a backend whether a station may connect: {@code POST} of a JSON document to a configured
 * URL (use HTTPS outside a private network: the body carries the station's password).
 *
 * <pre>{@code
 * {"stationId":"CS-0001","securityProfile":2,"password":"...","remoteAddress":"203.0.113.7",
 *  "clientCertificate":null}
 * // profile 3: "password" is null unless sent, and
 * "clientCertificate":{"subject":"CN=CS-0001,O=Acme","issuer":"CN=Acme CA","sha256":"ab12...",
 *                      "notAfter":"2027-11-22T00:00:00Z"}
 * }</pre>
 *
 * <p>The answer {@code 200} with {@code {"allowed":true}} accepts the station, optionally with
 * {@code "minSecurityProfile":N} (a station below its minimum is refused: no downgrade). Any other
 * status, body, a connection error or no answer within the timeout refuses it (fail closed).
 *
 * <p>Positive answers are cached for {@code cacheTtl} (at most {@code maxCacheEntries}) under the
 * station id and a keyed digest of what it presented, and concurrent identical requests share one
 * backend call, so a reconnect storm does not become an authorizer storm.
 */
public final class HttpAuthenticator implements StationAuthenticator {

    private static final Logger logger = LoggerFactory.getLogger(HttpAuthenticator.class);

    private final URI url;
    private final Duration timeout;
    private final Duration cacheTtl;
    private final int maxCacheEntries;
    private final Clock clock;
    private final ExecutorService executor;
    private final HttpClient client;
    private final ObjectMapper mapper = new ObjectMapper();
    private final KeyedDigest digest = new KeyedDigest();
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    /** A backend answer, or one on its way; {@code expiresAt} is set once it succeeded. */
    private static final class Cached {
        final CompletableFuture<AuthOutcome> outcome = new CompletableFuture<>();
        volatile @Nullable Instant expiresAt;
    }

    private HttpAuthenticator(URI url, Duration timeout, Duration cacheTtl, int maxCacheEntries, Clock clock) {
        this.url = url;
        this.timeout = timeout;
        this.cacheTtl = cacheTtl;
        this.maxCacheEntries = maxCacheEntries;
        this.clock = clock;
        this.executor = Executors.newFixedThreadPool(2, CredentialsFileAuthenticator.daemon("ocpp-authorizer"));
        this.client = HttpClient.newBuilder()
                .connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .executor(executor)
                .build();
    }

    /**
     * An authorizer calling {@code url}.
     *
     * @param timeout for the whole call; no answer in time refuses the station
     * @param cacheTtl how long an {@code allowed} answer is reused; 0 disables the cache
     * @param maxCacheEntries most answers remembered
     */
    public static HttpAuthenticator create(URI url, Duration timeout, Duration cacheTtl, int maxCacheEntries) {
        return create(url, timeout, cacheTtl, maxCacheEntries, Clock.systemUTC());
    }

    /** As {@link #create(URI, Duration, Duration, int)} with the clock for cache expiry. */
    public static HttpAuthenticator create(URI url, Duration timeout, Duration cacheTtl, int maxCacheEntries,
            Clock clock) {
        requireNonNull(url, "url");
        requireNonNull(timeout, "timeout");
        requireNonNull(cacheTtl, "cacheTtl");
        requireNonNull(clock, "clock");
        if (!"http".equals(url.getScheme()) && !"https".equals(url.getScheme()) || url.getHost() == null) {
            throw new IllegalArgumentException("url: " + url + " (expected: an http:// or https:// URL)");
        }
        if (timeout.toMillis() <= 0) {
            throw new IllegalArgumentException("timeout: " + timeout + " (expected: > 0)");
        }
        if (cacheTtl.isNegative()) {
            throw new IllegalArgumentException("cacheTtl: " + cacheTtl + " (expected: >= 0, 0 disables)");
        }
        if (maxCacheEntries < 1) {
            throw new IllegalArgumentException("maxCacheEntries: " + maxCacheEntries + " (expected: >= 1)");
        }
        return new HttpAuthenticator(url, timeout, cacheTtl, maxCacheEntries, clock);
    }

    @Override
    public CompletionStage<AuthOutcome> authenticate(AuthRequest request) {
        BasicCredentials credentials = request.credentials();
        X509Certificate leaf = request.clientCertificates().isEmpty() ? null : request.clientCertificates().get(0);
        String id = request.stationId().value();
        String key = id + "/" + Base64.getEncoder().encodeToString(digest.digest(id,
                Integer.toString(request.securityProfile()),
                credentials == null ? "" : "p:" + credentials.password(),
                leaf == null ? "" : CertificateNames.sha256Fingerprint(leaf)));
        if (cacheTtl.isZero()) {
            Cached fresh = new Cached();
            call(request, leaf, fresh, null);
            return fresh.outcome.copy();
        }
        Instant now = clock.instant();
        while (true) {
            Cached existing = cache.get(key);
            if (existing != null) {
                Instant expiresAt = existing.expiresAt;
                if (expiresAt == null || now.isBefore(expiresAt)) {
                    // In flight, or a fresh positive answer.
                    return existing.outcome.copy();
                }
                cache.remove(key, existing);
                continue;
            }
            if (cache.size() >= maxCacheEntries) {
                cache.values().removeIf(c -> c.expiresAt != null && !now.isBefore(c.expiresAt));
            }
            Cached mine = new Cached();
            boolean cacheable = cache.size() < maxCacheEntries;
            if (cacheable && cache.putIfAbsent(key, mine) != null) {
                continue;
            }
            call(request, leaf, mine, cacheable ? key : null);
            return mine.outcome.copy();
        }
    }

    private void call(AuthRequest request, @Nullable X509Certificate leaf, Cached entry, @Nullable String key) {
        String id = request.stationId().value();
        HttpRequest httpRequest;
        try {
            httpRequest = HttpRequest.newBuilder(url)
                    .timeout(timeout)
                    .header("Content-Type", "application/json")
                    .header("Accept", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(mapper.writeValueAsBytes(body(request, leaf))))
                    .build();
        } catch (Exception e) {
            finish(entry, key, new AuthOutcome.Refused("authorizer request not built: " + e.getMessage()));
            return;
        }
        client.sendAsync(httpRequest, HttpResponse.BodyHandlers.ofByteArray())
                .orTimeout(timeout.toMillis() + 500, TimeUnit.MILLISECONDS)
                .whenComplete((response, error) -> {
                    if (error != null) {
                        logger.warn("authorizer {} failed for station {}: {}; refusing", url, id, error.toString());
                        finish(entry, key, new AuthOutcome.Refused("authorizer unreachable: " + error));
                    } else {
                        finish(entry, key, interpret(id, request.securityProfile(), response));
                    }
                });
    }

    private AuthOutcome interpret(String id, int profile, HttpResponse<byte[]> response) {
        if (response.statusCode() != 200) {
            return new AuthOutcome.Refused("authorizer answered HTTP " + response.statusCode());
        }
        JsonNode answer;
        try {
            answer = mapper.readTree(response.body());
        } catch (Exception e) {
            logger.warn("authorizer {} answered station {} with a body that is not JSON; refusing", url, id);
            return new AuthOutcome.Refused("authorizer answer is not JSON");
        }
        if (answer == null || !answer.path("allowed").isBoolean() || !answer.path("allowed").booleanValue()) {
            return new AuthOutcome.Refused("authorizer did not allow the station");
        }
        JsonNode minimum = answer.path("minSecurityProfile");
        if (!minimum.isMissingNode() && !minimum.isNull()) {
            if (!minimum.canConvertToInt() || minimum.intValue() < 0 || minimum.intValue() > 3) {
                logger.warn("authorizer {}: minSecurityProfile {} for station {} (expected: 0..3); refusing", url,
                        minimum, id);
                return new AuthOutcome.Refused("authorizer answer has an invalid minSecurityProfile");
            }
            if (profile < minimum.intValue()) {
                return new AuthOutcome.Refused("security profile " + profile + " below the station's minimum "
                        + minimum.intValue());
            }
        }
        return new AuthOutcome.Accepted(profile);
    }

    private void finish(Cached entry, @Nullable String key, AuthOutcome outcome) {
        if (key != null) {
            if (outcome instanceof AuthOutcome.Accepted) {
                entry.expiresAt = clock.instant().plus(cacheTtl);
            } else {
                cache.remove(key, entry);
            }
        }
        entry.outcome.complete(outcome);
    }

    private ObjectNode body(AuthRequest request, @Nullable X509Certificate leaf) {
        ObjectNode body = mapper.createObjectNode();
        body.put("stationId", request.stationId().value());
        body.put("securityProfile", request.securityProfile());
        BasicCredentials credentials = request.credentials();
        if (credentials == null) {
            body.putNull("password");
        } else {
            body.put("password", credentials.password());
        }
        if (request.remoteAddress() instanceof InetSocketAddress address) {
            body.put("remoteAddress", address.getAddress() == null ? address.getHostString()
                    : address.getAddress().getHostAddress());
        } else {
            body.putNull("remoteAddress");
        }
        if (leaf == null) {
            body.putNull("clientCertificate");
        } else {
            ObjectNode cert = body.putObject("clientCertificate");
            cert.put("subject", leaf.getSubjectX500Principal().getName());
            cert.put("issuer", leaf.getIssuerX500Principal().getName());
            cert.put("sha256", CertificateNames.sha256Fingerprint(leaf));
            cert.put("notAfter", leaf.getNotAfter().toInstant().toString());
        }
        return body;
    }

    @Override
    public String describe() {
        return "HTTP authorizer " + url.getScheme() + "://" + url.getAuthority() + url.getPath();
    }

    @Override
    public void close() {
        client.shutdownNow();
        executor.shutdownNow();
    }
}
