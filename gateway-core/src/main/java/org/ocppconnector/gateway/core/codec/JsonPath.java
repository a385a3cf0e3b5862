package org.ocppconnector.gateway.core.codec;

import org.jspecify.annotations.Nullable;

/**
 * Where a value sits in a payload, e.g. {@code meterValue[0].sampledValue[2]}: built only for
 * nested objects and array elements, and turned into text only when a violation is reported.
 *
 * @param parent the enclosing object or array, null at the payload's top level
 * @param name the field name; unused for an array element
 * @param index the array index, or -1 for a field
 */
record JsonPath(@Nullable JsonPath parent, String name, int index) {

    static JsonPath field(@Nullable JsonPath parent, String name) {
        return new JsonPath(parent, name, -1);
    }

    static JsonPath element(JsonPath array, int index) {
        return new JsonPath(array, "", index);
    }

    /** The path of a field of the object at {@code object} (null at the top level). */
    static String of(@Nullable JsonPath object, String field) {
        return object == null ? field : object + "." + field;
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        append(text);
        return text.toString();
    }

    private void append(StringBuilder text) {
        if (parent != null) {
            parent.append(text);
        }
        if (index >= 0) {
            text.append('[').append(index).append(']');
        } else {
            if (parent != null) {
                text.append('.');
            }
            text.append(name);
        }
    }
}
