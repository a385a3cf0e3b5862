package org.ocppconnector.gateway.core.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.concurrent.atomic.AtomicLong;
import java.net.Socket;
import java.security.Principal;
import javax.net.ssl.KeyManager;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.X509ExtendedKeyManager;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.jspecify.annotations.Nullable;

/**
 * A throw-away PKI for TLS tests, generated at run time (nothing secret is checked in): a CA,
 * server certificates for 127.0.0.1/localhost, station client certificates with a chosen CN and
 * O, expired ones, all as PEM files in a directory. Keys are ECDSA P-256, which the OCPP cipher
 * suites need. A second {@code TestPki} is "another CA".
 */
public final class TestPki {

    private static final AtomicLong SERIALS = new AtomicLong(System.currentTimeMillis());

    private final Path dir;
    private final String name;
    private final KeyPair caKeys;
    private final X509Certificate ca;
    private final Path caPem;

    /** A certificate (leaf first, then the CA) and its key, as PEM files; plus the objects for JDK clients. */
    public record Issued(Path certificate, Path key, X509Certificate leaf, PrivateKey privateKey,
            X509Certificate issuer) {}

    private TestPki(Path dir, String name) {
        this.dir = dir;
        this.name = name;
        try {
            Files.createDirectories(dir);
            this.caKeys = newKeys();
            Instant now = Instant.now();
            X500Name subject = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.O, "Test")
                    .addRDN(BCStyle.CN, name + " CA").build();
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(subject, serial(),
                    Date.from(now.minus(Duration.ofDays(1))), Date.from(now.plus(Duration.ofDays(365))), subject,
                    caKeys.getPublic());
            JcaX509ExtensionUtils ext = new JcaX509ExtensionUtils();
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(0));
            builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
            builder.addExtension(Extension.subjectKeyIdentifier, false,
                    ext.createSubjectKeyIdentifier(caKeys.getPublic()));
            this.ca = sign(builder, caKeys.getPrivate());
            this.caPem = dir.resolve(name + "-ca.pem");
            Files.writeString(caPem, pem("CERTIFICATE", ca.getEncoded()), StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalStateException("cannot create test CA " + name, e);
        }
    }

    /** A new CA named {@code name}, writing its files under {@code dir}. */
    public static TestPki create(Path dir, String name) {
        return new TestPki(dir, name);
    }

    /** The CA certificate as PEM (the client CA bundle, or what a station trusts). */
    public Path caPem() {
        return caPem;
    }

    /** The CA certificate. */
    public X509Certificate caCertificate() {
        return ca;
    }

    /** A server certificate for 127.0.0.1, ::1 and localhost, valid from yesterday for 30 days. */
    public Issued server(String fileName) {
        Instant now = Instant.now();
        return issue(fileName, "localhost", null, now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(30)), true);
    }

    /** A station client certificate with subject CN {@code commonName} and O {@code organization}. */
    public Issued station(String fileName, String commonName, @Nullable String organization) {
        Instant now = Instant.now();
        return issue(fileName, commonName, organization, now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(30)),
                false);
    }

    /** A station client certificate that expired yesterday. */
    public Issued expiredStation(String fileName, String commonName, @Nullable String organization) {
        Instant now = Instant.now();
        return issue(fileName, commonName, organization, now.minus(Duration.ofDays(30)), now.minus(Duration.ofDays(1)),
                false);
    }

    /**
     * A JDK client context trusting this CA (and {@code extraTrust}), presenting {@code client} if
     * given: what a profile 2 or 3 station uses.
     */
    public SSLContext clientContext(@Nullable Issued client, X509Certificate... extraTrust) {
        try {
            KeyStore trust = KeyStore.getInstance("PKCS12");
            trust.load(null, null);
            trust.setCertificateEntry("ca", ca);
            for (int i = 0; i < extraTrust.length; i++) {
                trust.setCertificateEntry("extra" + i, extraTrust[i]);
            }
            TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            tmf.init(trust);
            // A key manager that always presents the given certificate, even an expired one (the
            // JDK's own would quietly send none), so the server's checks are what is tested.
            KeyManager[] keyManagers = client == null ? null : new KeyManager[] {new FixedKeyManager(client)};
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(keyManagers, tmf.getTrustManagers(), null);
            return context;
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("cannot build a client TLS context", e);
        }
    }

    private static final class FixedKeyManager extends X509ExtendedKeyManager {
        private final Issued client;

        FixedKeyManager(Issued client) {
            this.client = client;
        }

        @Override
        public String[] getClientAliases(String keyType, Principal[] issuers) {
            return new String[] {"station"};
        }

        @Override
        public String chooseClientAlias(String[] keyType, Principal[] issuers, Socket socket) {
            return "station";
        }

        @Override
        public String chooseEngineClientAlias(String[] keyType, Principal[] issuers, SSLEngine engine) {
            return "station";
        }

        @Override
        public String[] getServerAliases(String keyType, Principal[] issuers) {
            return null;
        }

        @Override
        public String chooseServerAlias(String keyType, Principal[] issuers, Socket socket) {
            return null;
        }

        @Override
        public X509Certificate[] getCertificateChain(String alias) {
            return new X509Certificate[] {client.leaf(), client.issuer()};
        }

        @Override
        public PrivateKey getPrivateKey(String alias) {
            return client.privateKey();
        }
    }

    private Issued issue(String fileName, String commonName, @Nullable String organization, Instant notBefore,
            Instant notAfter, boolean server) {
        try {
            KeyPair keys = newKeys();
            X500NameBuilder subject = new X500NameBuilder(BCStyle.INSTANCE);
            if (organization != null) {
                subject.addRDN(BCStyle.O, organization);
            }
            subject.addRDN(BCStyle.CN, commonName);
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(ca, serial(), Date.from(notBefore),
                    Date.from(notAfter), subject.build(), keys.getPublic());
            JcaX509ExtensionUtils ext = new JcaX509ExtensionUtils();
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
            builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature));
            builder.addExtension(Extension.extendedKeyUsage, false,
                    new ExtendedKeyUsage(server ? KeyPurposeId.id_kp_serverAuth : KeyPurposeId.id_kp_clientAuth));
            builder.addExtension(Extension.authorityKeyIdentifier, false, ext.createAuthorityKeyIdentifier(ca));
            if (server) {
                builder.addExtension(Extension.subjectAlternativeName, false, new GeneralNames(new GeneralName[] {
                    new GeneralName(GeneralName.dNSName, "localhost"),
                    new GeneralName(GeneralName.iPAddress, "127.0.0.1"),
                    new GeneralName(GeneralName.iPAddress, "::1")}));
            }
            X509Certificate leaf = sign(builder, caKeys.getPrivate());
            Path cert = dir.resolve(fileName + "-cert.pem");
            Path key = dir.resolve(fileName + "-key.pem");
            Files.writeString(cert, pem("CERTIFICATE", leaf.getEncoded()) + pem("CERTIFICATE", ca.getEncoded()),
                    StandardCharsets.US_ASCII);
            // JDK private keys encode as PKCS#8, the "PRIVATE KEY" PEM that Netty and Node read.
            Files.writeString(key, pem("PRIVATE KEY", keys.getPrivate().getEncoded()), StandardCharsets.US_ASCII);
            return new Issued(cert, key, leaf, keys.getPrivate(), ca);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalStateException("cannot issue " + commonName + " from " + name, e);
        }
    }

    private static KeyPair newKeys() throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        return generator.generateKeyPair();
    }

    private static BigInteger serial() {
        return BigInteger.valueOf(SERIALS.incrementAndGet());
    }

    private static X509Certificate sign(X509v3CertificateBuilder builder, PrivateKey key) throws Exception {
        return new JcaX509CertificateConverter().getCertificate(
                builder.build(new JcaContentSignerBuilder("SHA256withECDSA").build(key)));
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }
}
