package org.ocppconnector.gateway.ocpp16.message;

import org.jspecify.annotations.Nullable;
import org.ocppconnector.gateway.core.codec.Checks;

/**
 * OCPP 1.6 §7.1 AuthorizationData: one entry of a SendLocalList.req.
 *
 * @param idTag the identifier, at most 20 characters
 * @param idTagInfo its status; absent in a differential update means "remove this entry"
 */
public record AuthorizationData(String idTag, @Nullable IdTagInfo idTagInfo) {
    public AuthorizationData {
        Checks.maxLength("idTag", idTag, 20);
    }
}
