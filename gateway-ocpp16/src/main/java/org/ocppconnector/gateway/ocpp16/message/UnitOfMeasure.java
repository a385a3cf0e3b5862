package org.ocppconnector.gateway.ocpp16.message;

/**
 * OCPP 1.6 §7.45 UnitOfMeasure: the unit of a sampled value; {@code Celcius} is the spec's own
 * misspelling, kept beside {@code Celsius}.
 */
public enum UnitOfMeasure {
    WH("Wh"),
    KWH("kWh"),
    VARH("varh"),
    KVARH("kvarh"),
    W("W"),
    KW("kW"),
    VA("VA"),
    KVA("kVA"),
    VAR("var"),
    KVAR("kvar"),
    A("A"),
    V("V"),
    K("K"),
    CELCIUS("Celcius"),
    CELSIUS("Celsius"),
    FAHRENHEIT("Fahrenheit"),
    PERCENT("Percent");

    private final String wireName;

    UnitOfMeasure(String wireName) {
        this.wireName = wireName;
    }

    /** The spelling in JSON, e.g. {@code "Wh"}. */
    public String wireName() {
        return wireName;
    }
}
