package org.ocppconnector.gateway.core;

import io.netty.buffer.ByteBufAllocator;
import io.netty.handler.ssl.ClientAuth;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import io.netty.handler.ssl.SslHandler;
import io.netty.handler.ssl.SslProvider;
import io.netty.handler.ssl.SupportedCipherSuiteFilter;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.ocppconnector.gateway.core.security.TlsConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The station port's TLS: builds an {@link SslContext} from the configured PEM files and rebuilds
 * it when they change, so certificates rotate without a restart. Each new connection gets the
 * context current at its accept; open connections keep theirs. An invalid new set of files keeps
 * the previous context and logs an error. The files are read on a thread of its own, never on an
 * event loop.
 */
final class ServerTls implements AutoCloseable {

    private static final Logger logger = LoggerFactory.getLogger(ServerTls.class);

    /**
     * The TLS 1.2 cipher suites OCPP requires of a CSMS (OCPP 1.6 Security Whitepaper ed. 2 §4.1
     * "TLS", OCPP 2.0.1 Part 2 §A00 "Security profiles", TLS requirements): the two ECDHE-ECDSA
     * suites, and the two RSA key-transport suites for stations with RSA-only stacks. Followed by
     * the TLS 1.3 suites (TLS 1.3 is "1.2 or higher" and has no RSA key transport). Suites the
     * JDK has disabled (recent JDKs disable TLS_RSA_*) are filtered out at build time.
     */
    static final List<String> CIPHER_SUITES = List.of(
            "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256",
            "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384",
            "TLS_RSA_WITH_AES_128_GCM_SHA256",
            "TLS_RSA_WITH_AES_256_GCM_SHA384",
            "TLS_AES_128_GCM_SHA256",
            "TLS_AES_256_GCM_SHA384",
            "TLS_CHACHA20_POLY1305_SHA256");

    /** OCPP 2.0.1 Part 2 A00 and the 1.6 whitepaper: TLS 1.2 or higher only. */
    static final String[] PROTOCOLS = {"TLSv1.3", "TLSv1.2"};

    private final TlsConfig config;
    private final ScheduledExecutorService watcher;
    private volatile SslContext current;
    private byte[] fingerprint;
    private byte @Nullable [] failedFingerprint;

    private ServerTls(TlsConfig config) {
        this.config = config;
        Material material = read(config);
        this.current = build(config, material);
        this.fingerprint = material.fingerprint();
        this.watcher = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "ocpp-tls-watch");
            t.setDaemon(true);
            return t;
        });
        long every = config.reloadInterval().toMillis();
        watcher.scheduleWithFixedDelay(this::reloadIfChanged, every, every, TimeUnit.MILLISECONDS);
    }

    /**
     * Loads the PEM files once.
     *
     * @throws IllegalArgumentException if they cannot be read or do not make a TLS context
     */
    static ServerTls start(TlsConfig config) {
        return new ServerTls(config);
    }

    /** Whether client certificates are asked for (profile 3 possible). */
    boolean clientCertificates() {
        return config.clientCa() != null;
    }

    /** The required organization of client certificates, if configured. */
    @Nullable String clientOrganization() {
        return config.clientOrganization();
    }

    /** A TLS handler for a new connection, with the current context. */
    SslHandler newHandler(ByteBufAllocator alloc) {
        SslHandler handler = current.newHandler(alloc);
        // One deadline for the whole handshake, TLS included: the gateway's own timer from TCP
        // accept to WebSocket open (counted as a timeout), not a second one inside TLS.
        handler.setHandshakeTimeoutMillis(0);
        return handler;
    }

    /** Checks the files now; what the watcher runs every interval. */
    synchronized void reloadIfChanged() {
        Material material;
        try {
            material = read(config);
        } catch (IllegalArgumentException e) {
            logger.error("TLS: {}; keeping the current certificate", e.getMessage());
            return;
        }
        if (MessageDigest.isEqual(material.fingerprint(), fingerprint)
                || (failedFingerprint != null && MessageDigest.isEqual(material.fingerprint(), failedFingerprint))) {
            return;
        }
        try {
            current = build(config, material);
            fingerprint = material.fingerprint();
            failedFingerprint = null;
            logger.info("TLS: certificate files changed; new connections use the new certificate");
        } catch (IllegalArgumentException e) {
            failedFingerprint = material.fingerprint();
            logger.error("TLS: the changed certificate files are invalid ({}); keeping the current certificate",
                    e.getMessage());
        }
    }

    @Override
    public void close() {
        watcher.shutdownNow();
    }

    private record Material(byte[] chain, byte[] key, byte @Nullable [] ca, byte[] fingerprint) {}

    private static Material read(TlsConfig config) {
        byte[] chain = bytes(config.certificateChain(), "certificate chain");
        byte[] key = bytes(config.privateKey(), "private key");
        byte[] ca = config.clientCa() == null ? null : bytes(config.clientCa(), "client CA bundle");
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (byte[] part : new byte[][] {chain, key, ca == null ? new byte[0] : ca}) {
                sha.update(sha.digest(part));
            }
            return new Material(chain, key, ca, sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] bytes(Path file, String what) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new IllegalArgumentException(what + " " + file + ": cannot read (" + e + ")");
        }
    }

    private static SslContext build(TlsConfig config, Material material) {
        try {
            SslContextBuilder builder = SslContextBuilder
                    .forServer(new ByteArrayInputStream(material.chain()), new ByteArrayInputStream(material.key()))
                    .sslProvider(SslProvider.JDK)
                    .protocols(PROTOCOLS)
                    .ciphers(CIPHER_SUITES, SupportedCipherSuiteFilter.INSTANCE);
            if (material.ca() != null) {
                // OPTIONAL: profile 2 (no certificate) and 3 share the port. A certificate that is
                // sent must chain to the CA (expired or foreign ones fail the TLS handshake).
                builder.trustManager(new ByteArrayInputStream(material.ca())).clientAuth(ClientAuth.OPTIONAL);
            }
            return builder.build();
        } catch (Exception e) {
            throw new IllegalArgumentException("certificate " + config.certificateChain() + ", key "
                    + config.privateKey() + (config.clientCa() == null ? "" : ", client CA " + config.clientCa())
                    + ": " + e.getMessage(), e);
        }
    }
}
