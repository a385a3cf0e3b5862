package org.ocppconnector.gateway.ocpp16.message;

import org.ocppconnector.gateway.core.codec.Checks;

/**
 * Authorize.req (OCPP 1.6 §6.1): may this idTag charge?
 *
 * @param idTag the identifier, at most 20 characters
 */
public record AuthorizeRequest(String idTag) implements Ocpp16Request {
    public AuthorizeRequest {
        Checks.maxLength("idTag", idTag, 20);
    }

    @Override
    public String action() {
        return "Authorize";
    }
}
