package org.ocppconnector.gateway.ocpp16.message;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;
import org.ocppconnector.gateway.core.codec.Checks;
import org.ocppconnector.gateway.core.codec.DateTime;

/**
 * OCPP 1.6 §7.27 IdTagInfo: the authorization status of an idTag.
 *
 * @param expiryDate when the idTag expires and may no longer be cached; absent if not known
 * @param parentIdTag the group the idTag belongs to, at most 20 characters (§7.28 IdToken)
 * @param status whether the idTag may charge
 */
public record IdTagInfo(@Nullable DateTime expiryDate, @Nullable String parentIdTag, AuthorizationStatus status) {
    public IdTagInfo {
        Checks.maxLengthOrNull("parentIdTag", parentIdTag, 20);
        requireNonNull(status, "status");
    }

    /** Only a status, the common case. */
    public static IdTagInfo of(AuthorizationStatus status) {
        return new IdTagInfo(null, null, status);
    }
}
