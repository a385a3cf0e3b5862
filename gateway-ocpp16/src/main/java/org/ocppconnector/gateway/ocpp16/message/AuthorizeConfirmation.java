package org.ocppconnector.gateway.ocpp16.message;

import static java.util.Objects.requireNonNull;

/**
 * Authorize.conf (OCPP 1.6 §6.2).
 *
 * @param idTagInfo the idTag's status
 */
public record AuthorizeConfirmation(IdTagInfo idTagInfo) implements Ocpp16Confirmation {
    public AuthorizeConfirmation {
        requireNonNull(idTagInfo, "idTagInfo");
    }

    @Override
    public String action() {
        return "Authorize";
    }
}
