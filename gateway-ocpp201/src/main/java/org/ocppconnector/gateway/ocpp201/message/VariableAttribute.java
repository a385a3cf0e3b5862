package org.ocppconnector.gateway.ocpp201.message;

import org.jspecify.annotations.Nullable;
import org.ocppconnector.gateway.core.codec.Checks;

/**
 * OCPP 2.0.1 VariableAttributeType: one attribute (actual, target, minimum or maximum) of a variable, in a device
 * model report.
 *
 * @param customData vendor-specific data; optional
 * @param type which attribute of a variable, its actual, target, minimum or maximum value; optional, default {@code
 *     Actual}
 * @param value the value of the attribute; at most 2500 characters, optional
 * @param mutability whether a variable attribute can be read, written, or both; optional, default {@code ReadWrite}
 * @param persistent whether the value survives a reboot; optional, default {@code false}
 * @param constant whether the value is constant (never changes); optional, default {@code false}
 */
public record VariableAttribute(
        @Nullable CustomData customData,
        @Nullable AttributeEnumType type,
        @Nullable String value,
        @Nullable MutabilityEnumType mutability,
        @Nullable Boolean persistent,
        @Nullable Boolean constant) {
    public VariableAttribute {
        Checks.maxLengthOrNull("value", value, 2500);
    }

    /** Without customData. */
    public VariableAttribute(
            @Nullable AttributeEnumType type,
            @Nullable String value,
            @Nullable MutabilityEnumType mutability,
            @Nullable Boolean persistent,
            @Nullable Boolean constant) {
        this(null, type, value, mutability, persistent, constant);
    }

    /** The type, or {@code Actual} if absent. */
    public AttributeEnumType typeOrDefault() {
        return type == null ? AttributeEnumType.ACTUAL : type;
    }

    /** The mutability, or {@code ReadWrite} if absent. */
    public MutabilityEnumType mutabilityOrDefault() {
        return mutability == null ? MutabilityEnumType.READ_WRITE : mutability;
    }

    /** The persistent, or {@code false} if absent. */
    public boolean persistentOrDefault() {
        return persistent != null && persistent;
    }

    /** The constant, or {@code false} if absent. */
    public boolean constantOrDefault() {
        return constant != null && constant;
    }
}
