package org.ocppconnector.gateway.ocpp16.message;

/** MeterValues.conf (OCPP 1.6 §6.32): an empty payload. */
public record MeterValuesConfirmation() implements Ocpp16Confirmation {
    @Override
    public String action() {
        return "MeterValues";
    }
}
