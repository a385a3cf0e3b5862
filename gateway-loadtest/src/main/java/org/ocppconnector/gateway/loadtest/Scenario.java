package org.ocppconnector.gateway.loadtest;

import java.util.Locale;

/** What a run does once its stations are connected and booted. */
enum Scenario {
    /** Hold the stations idle for the duration (answering the gateway's pings): memory per station. */
    CONNECT,
    /** Send the message mix at a steady total rate for the duration: CALL round-trip latency and throughput. */
    CALLS,
    /** Drop every connection at once, reconnect every station at once, boot again: time to recover. */
    STORM,
    /** Put commands on the downlink Kinesis stream and time them until the CALL reaches the station. */
    DOWNLINK;

    /** The name on the command line. */
    String cliName() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Scenario parse(String name) {
        for (Scenario scenario : values()) {
            if (scenario.cliName().equals(name)) {
                return scenario;
            }
        }
        throw new IllegalArgumentException("scenario: " + name + " (expected: connect, calls, storm or downlink)");
    }
}
