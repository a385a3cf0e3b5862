package org.ocppconnector.gateway.app;

import java.io.BufferedReader;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.ocppconnector.gateway.core.security.PasswordHash;

/**
 * {@code java -jar ocpp-gateway.jar hash-password [--iterations N]}: reads a password from stdin
 * (its first line; use {@code read -s} in a shell to avoid echo) and prints its hash for the credentials file. The
 * password never appears in argv, where {@code ps} would show it.
 */
final class HashPassword {

    private HashPassword() {}

    /** Returns the exit code: 0 printed a hash, 2 bad usage or empty password. */
    static int run(String[] args) throws IOException {
        // Straight to file descriptor 1: stdio mode may have pointed System.out at stderr.
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        int iterations = PasswordHash.DEFAULT_ITERATIONS;
        for (int i = 1; i < args.length; i++) {
            if (args[i].equals("--iterations") && i + 1 < args.length) {
                try {
                    iterations = Integer.parseInt(args[++i]);
                } catch (NumberFormatException e) {
                    iterations = -1;
                }
                if (iterations < 100_000 || iterations > 10_000_000) {
                    System.err.println("--iterations: " + args[i] + " (expected: 100000..10000000)");
                    return 2;
                }
            } else {
                System.err.println("usage: hash-password [--iterations N]  (reads the password from stdin)");
                return 2;
            }
        }
        String password = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        if (password == null || password.isEmpty()) {
            System.err.println("hash-password: no password on stdin");
            return 2;
        }
        out.println(PasswordHash.create(password, iterations).encode());
        return 0;
    }
}
