package org.ocppconnector.gateway.testkit;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.time.Duration;
import java.util.function.Supplier;

/** The gateway's admin port as tests that start the packaged jar see it. */
public final class AdminPort {

    private AdminPort() {
    }

    /** The HTTP status of a GET of {@code path} on 127.0.0.1:{@code port}, or -1 if nothing answers. */
    public static int status(int port, String path) {
        try {
            HttpURLConnection connection = (HttpURLConnection) URI.create("http://127.0.0.1:" + port + path)
                    .toURL().openConnection();
            connection.setConnectTimeout(1000);
            connection.setReadTimeout(1000);
            try {
                return connection.getResponseCode();
            } finally {
                connection.disconnect();
            }
        } catch (IOException e) {
            return -1;
        }
    }

    /**
     * Waits until {@code /health/ready} answers 200; fails with the gateway's log if the process
     * exits first or the timeout passes.
     */
    public static void awaitReady(Process process, int port, Duration timeout, Supplier<String> log)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (status(port, "/health/ready") != 200) {
            if (!process.isAlive()) {
                throw new IllegalStateException("gateway exited with " + process.exitValue() + "; log: " + log.get());
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("gateway not ready within " + timeout + "; log: " + log.get());
            }
            Thread.sleep(100);
        }
    }
}
