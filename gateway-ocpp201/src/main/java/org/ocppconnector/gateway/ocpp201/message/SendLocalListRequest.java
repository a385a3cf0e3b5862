package org.ocppconnector.gateway.ocpp201.message;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.ocppconnector.gateway.core.codec.Checks;

/**
 * SendLocalListRequest (OCPP 2.0.1, functional block D Local Authorization List Management): the CSMS sends a full
 * or differential update of the local authorization list.
 *
 * @param customData vendor-specific data; optional
 * @param localAuthorizationList the entries to add, update or (in a differential update) remove; at least 1 item,
 *     optional
 * @param versionNumber the version of the local authorization list
 * @param updateType whether a local list update is differential or full
 */
public record SendLocalListRequest(
        @Nullable CustomData customData,
        @Nullable List<AuthorizationData> localAuthorizationList,
        int versionNumber,
        UpdateEnumType updateType)
        implements Ocpp201Request {
    public SendLocalListRequest {
        localAuthorizationList = Checks.minItemsOrNull("localAuthorizationList", localAuthorizationList, 1);
        requireNonNull(updateType, "updateType");
    }

    /** Without customData. */
    public SendLocalListRequest(
            @Nullable List<AuthorizationData> localAuthorizationList,
            int versionNumber,
            UpdateEnumType updateType) {
        this(null, localAuthorizationList, versionNumber, updateType);
    }

    @Override
    public String action() {
        return "SendLocalList";
    }
}
