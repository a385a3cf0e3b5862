package org.ocppconnector.gateway.loadtest;

/** The OCPP-J versions a simulated station speaks, with the WebSocket subprotocol it offers. */
enum OcppVersion {
    V16("ocpp1.6", "1.6"),
    V201("ocpp2.0.1", "2.0.1");

    private final String subprotocol;
    private final String label;

    OcppVersion(String subprotocol, String label) {
        this.subprotocol = subprotocol;
        this.label = label;
    }

    String subprotocol() {
        return subprotocol;
    }

    String label() {
        return label;
    }

    /**
     * The version of station {@code index} when {@code fraction201} of the stations speak 2.0.1:
     * station i is 2.0.1 when floor((i + 1) f) > floor(i f), so any prefix of the stations has
     * the fraction to within one station, and the versions interleave instead of forming blocks.
     */
    static OcppVersion ofStation(long index, double fraction201) {
        return Math.floor((index + 1) * fraction201) > Math.floor(index * fraction201) ? V201 : V16;
    }
}
