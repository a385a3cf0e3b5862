package org.ocppconnector.gateway.ocpp201.message;

/**
 * OCPP 2.0.1 IdTokenEnumType: the type of an idToken.
 */
public enum IdTokenEnumType {
    CENTRAL("Central"),
    EMAID("eMAID"),
    ISO14443("ISO14443"),
    ISO15693("ISO15693"),
    KEY_CODE("KeyCode"),
    LOCAL("Local"),
    MAC_ADDRESS("MacAddress"),
    NO_AUTHORIZATION("NoAuthorization");

    private final String wireName;

    IdTokenEnumType(String wireName) {
        this.wireName = wireName;
    }

    /** The spelling in JSON, e.g. {@code "Central"}. */
    public String wireName() {
        return wireName;
    }
}
