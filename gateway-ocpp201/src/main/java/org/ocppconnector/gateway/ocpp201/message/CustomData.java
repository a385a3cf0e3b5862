package org.ocppconnector.gateway.ocpp201.message;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.ocppconnector.gateway.core.codec.Checks;

/**
 * OCPP 2.0.1 CustomDataType: vendor-specific data, which every object of every 2.0.1 payload may
 * carry in its {@code customData} property. It is the one type of the official schemas without
 * {@code additionalProperties: false}: besides {@code vendorId} it may have any properties of any
 * JSON type, which are kept in document order and encoded back as they came.
 *
 * <p>JSON nodes are mutable, so the record holds deep copies and {@link #additionalProperties()}
 * returns copies too.
 *
 * @param vendorId the vendor whose data this is, e.g. a reversed domain name; at most 255 characters
 * @param additionalProperties the vendor's properties besides {@code vendorId}, in document order
 */
public record CustomData(String vendorId, Map<String, JsonNode> additionalProperties) {
    public CustomData {
        Checks.maxLength("vendorId", vendorId, 255);
        additionalProperties = copy(requireNonNull(additionalProperties, "additionalProperties"));
        if (additionalProperties.containsKey("vendorId")) {
            throw new IllegalArgumentException("additionalProperties: has vendorId (expected: only the others)");
        }
    }

    /** Only a vendor id, no other property. */
    public static CustomData of(String vendorId) {
        return new CustomData(vendorId, Map.of());
    }

    /** The vendor's properties besides {@code vendorId}: an unmodifiable map of copies. */
    @Override
    public Map<String, JsonNode> additionalProperties() {
        return copy(additionalProperties);
    }

    private static Map<String, JsonNode> copy(Map<String, JsonNode> properties) {
        Map<String, JsonNode> copy = new LinkedHashMap<>();
        properties.forEach((name, value) -> copy.put(requireNonNull(name, "name"), value.deepCopy()));
        return Collections.unmodifiableMap(copy);
    }
}
