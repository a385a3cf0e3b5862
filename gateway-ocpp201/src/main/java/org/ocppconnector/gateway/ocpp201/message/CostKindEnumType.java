package org.ocppconnector.gateway.ocpp201.message;

/**
 * OCPP 2.0.1 CostKindEnumType: the kind of a cost in a sales tariff.
 */
public enum CostKindEnumType {
    CARBON_DIOXIDE_EMISSION("CarbonDioxideEmission"),
    RELATIVE_PRICE_PERCENTAGE("RelativePricePercentage"),
    RENEWABLE_GENERATION_PERCENTAGE("RenewableGenerationPercentage");

    private final String wireName;

    CostKindEnumType(String wireName) {
        this.wireName = wireName;
    }

    /** The spelling in JSON, e.g. {@code "CarbonDioxideEmission"}. */
    public String wireName() {
        return wireName;
    }
}
