package org.ocppconnector.gateway.ocpp16.message;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.ocppconnector.gateway.core.codec.Checks;

/**
 * SendLocalList.req (OCPP 1.6 §6.41).
 *
 * @param listVersion the version the list has after the update
 * @param localAuthorizationList the entries; absent or empty with {@code Full} clears the list
 * @param updateType whether the entries replace the list or change it
 */
public record SendLocalListRequest(
        int listVersion, @Nullable List<AuthorizationData> localAuthorizationList, UpdateType updateType)
        implements Ocpp16Request {
    public SendLocalListRequest {
        localAuthorizationList = Checks.listOrNull(localAuthorizationList);
        requireNonNull(updateType, "updateType");
    }

    @Override
    public String action() {
        return "SendLocalList";
    }
}
