package org.ocppconnector.gateway.ocpp16.message;

/**
 * GetLocalListVersion.conf (OCPP 1.6 §6.28).
 *
 * @param listVersion the version of the local authorization list; 0 if empty, -1 if not supported
 */
public record GetLocalListVersionConfirmation(int listVersion) implements Ocpp16Confirmation {
    @Override
    public String action() {
        return "GetLocalListVersion";
    }
}
