package org.ocppconnector.gateway.app;

/** Invalid configuration; the message names the environment variable. */
final class ConfigException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    ConfigException(String variable, String value, String expected) {
        super(variable + "=" + value + " is invalid (expected: " + expected + ")");
    }

    ConfigException(String message) {
        super(message);
    }
}
