package org.ocppconnector.gateway.ocpp201.message;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.ocppconnector.gateway.core.codec.Checks;

/**
 * OCPP 2.0.1 IdTokenType: an identifier for authorization and its type, e.g. the UID of an RFID card or an eMAID.
 *
 * @param customData vendor-specific data; optional
 * @param additionalInfo additional identifiers of the idToken; at least 1 item, optional
 * @param idToken the identifier, case-insensitive; at most 36 characters
 * @param type the type of an idToken
 */
public record IdToken(
        @Nullable CustomData customData,
        @Nullable List<AdditionalInfo> additionalInfo,
        String idToken,
        IdTokenEnumType type) {
    public IdToken {
        additionalInfo = Checks.minItemsOrNull("additionalInfo", additionalInfo, 1);
        Checks.maxLength("idToken", idToken, 36);
        requireNonNull(type, "type");
    }

    /** Without customData. */
    public IdToken(@Nullable List<AdditionalInfo> additionalInfo, String idToken, IdTokenEnumType type) {
        this(null, additionalInfo, idToken, type);
    }
}
