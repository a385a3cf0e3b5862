package org.ocppconnector.gateway.ocpp201.message;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import org.jspecify.annotations.Nullable;

/**
 * DataTransferResponse (OCPP 2.0.1, functional block P Data Transfer): the recipient's status and optional data.
 *
 * @param customData vendor-specific data; optional
 * @param status the outcome of a DataTransfer
 * @param statusInfo more about the status; optional
 * @param data the data, of any JSON type; optional
 */
public record DataTransferResponse(
        @Nullable CustomData customData,
        DataTransferStatusEnumType status,
        @Nullable StatusInfo statusInfo,
        @Nullable JsonNode data)
        implements Ocpp201Response {
    public DataTransferResponse {
        requireNonNull(status, "status");
        data = data == null ? null : data.deepCopy();
    }

    /** Without customData. */
    public DataTransferResponse(
            DataTransferStatusEnumType status,
            @Nullable StatusInfo statusInfo,
            @Nullable JsonNode data) {
        this(null, status, statusInfo, data);
    }

    /** The data, a copy (JSON nodes are mutable); null if absent, a {@code NullNode} if JSON null. */
    @Override
    public @Nullable JsonNode data() {
        return data == null ? null : data.deepCopy();
    }

    @Override
    public String action() {
        return "DataTransfer";
    }
}
