package org.ocppconnector.gateway.ocpp201.message;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.ocppconnector.gateway.core.codec.Checks;
import org.ocppconnector.gateway.core.codec.DateTime;

/**
 * OCPP 2.0.1 IdTokenInfoType: the authorization of an idToken, with its status, cache expiry, charging priority,
 * languages, group and personal message.
 *
 * @param customData vendor-specific data; optional
 * @param status whether an idToken may be used, and if not, why
 * @param cacheExpiryDateTime until when the authorization may be cached; optional
 * @param chargingPriority the priority of charging, from -9 (lowest) to 9 (highest); optional
 * @param language1 the preferred language of the user, as an RFC 5646 tag; at most 8 characters, optional
 * @param evseId the EVSEs the idToken may use, counted from 1; at least 1 item, optional
 * @param groupIdToken the group the idToken belongs to; optional
 * @param language2 the second language of the user, as an RFC 5646 tag; at most 8 characters, optional
 * @param personalMessage a message to show the user; optional
 */
public record IdTokenInfo(
        @Nullable CustomData customData,
        AuthorizationStatusEnumType status,
        @Nullable DateTime cacheExpiryDateTime,
        @Nullable Integer chargingPriority,
        @Nullable String language1,
        @Nullable List<Integer> evseId,
        @Nullable IdToken groupIdToken,
        @Nullable String language2,
        @Nullable MessageContent personalMessage) {
    public IdTokenInfo {
        requireNonNull(status, "status");
        Checks.maxLengthOrNull("language1", language1, 8);
        evseId = Checks.minItemsOrNull("evseId", evseId, 1);
        Checks.maxLengthOrNull("language2", language2, 8);
    }

    /** Without customData. */
    public IdTokenInfo(
            AuthorizationStatusEnumType status,
            @Nullable DateTime cacheExpiryDateTime,
            @Nullable Integer chargingPriority,
            @Nullable String language1,
            @Nullable List<Integer> evseId,
            @Nullable IdToken groupIdToken,
            @Nullable String language2,
            @Nullable MessageContent personalMessage) {
        this(null, status, cacheExpiryDateTime, chargingPriority, language1, evseId, groupIdToken,
                language2, personalMessage);
    }
}
