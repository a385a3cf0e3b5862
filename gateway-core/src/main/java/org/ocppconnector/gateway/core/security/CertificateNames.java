package org.ocppconnector.gateway.core.security;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.HexFormat;
import java.util.Optional;
import javax.naming.InvalidNameException;
import javax.naming.ldap.LdapName;
import javax.naming.ldap.Rdn;

/** Reads the names in a client certificate's subject and its fingerprint. */
public final class CertificateNames {

    private CertificateNames() {}

    /** The subject's common name (CN), the last one if several. */
    public static Optional<String> commonName(X509Certificate certificate) {
        return attribute(certificate, "CN");
    }

    /** The subject's organization (O), the last one if several. */
    public static Optional<String> organization(X509Certificate certificate) {
        return attribute(certificate, "O");
    }

    /** The SHA-256 fingerprint of the DER encoding, lower-case hex. */
    public static String sha256Fingerprint(X509Certificate certificate) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded()));
        } catch (NoSuchAlgorithmException | CertificateEncodingException e) {
            throw new IllegalStateException("cannot fingerprint " + certificate.getSubjectX500Principal(), e);
        }
    }

    private static Optional<String> attribute(X509Certificate certificate, String type) {
        try {
            String value = null;
            for (Rdn rdn : new LdapName(certificate.getSubjectX500Principal().getName()).getRdns()) {
                if (rdn.getType().equalsIgnoreCase(type) && rdn.getValue() instanceof String s) {
                    value = s;
                }
            }
            return Optional.ofNullable(value);
        } catch (InvalidNameException e) {
            return Optional.empty();
        }
    }
}
