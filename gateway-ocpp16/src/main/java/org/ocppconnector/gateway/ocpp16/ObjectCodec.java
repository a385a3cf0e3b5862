package org.ocppconnector.gateway.ocpp16;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.ocppconnector.gateway.core.rpc.RpcErrorCode;
import org.ocppconnector.gateway.core.spi.Decoded;
import org.ocppconnector.gateway.ocpp16.message.Ocpp16Message;

/**
 * How one JSON object type maps to its record: a reader that pulls each field from an
 * {@link ObjectReader} and calls the record's validating constructor, and a writer that puts each
 * present field into an {@link ObjectWriter}.
 *
 * @param type the record class
 * @param reader builds the record; field readers throw {@link Violation}, the constructor
 *     {@link IllegalArgumentException}
 * @param writer writes every non-absent field
 */
record ObjectCodec<T>(Class<T> type, Function<ObjectReader, T> reader, BiConsumer<T, ObjectWriter> writer) {

    ObjectCodec {
        requireNonNull(type, "type");
        requireNonNull(reader, "reader");
        requireNonNull(writer, "writer");
    }

    static <T> ObjectCodec<T> of(Class<T> type, Function<ObjectReader, T> reader, BiConsumer<T, ObjectWriter> writer) {
        return new ObjectCodec<>(type, reader, writer);
    }

    ObjectNode write(T value) {
        ObjectWriter out = new ObjectWriter();
        writer.accept(value, out);
        return out.node();
    }

    /** Decodes a whole payload; never throws on bad input. */
    static Decoded decode(ObjectCodec<? extends Ocpp16Message> codec, JsonNode payload) {
        if (!(payload instanceof ObjectNode object)) {
            // OCPP-J 1.6 §4.2.3 FormationViolation: the payload does not have the PDU's structure.
            return new Decoded.Invalid(RpcErrorCode.FORMAT_VIOLATION,
                    "payload: expected object, got " + ObjectReader.typeName(payload));
        }
        try {
            return new Decoded.Valid(new ObjectReader(object, null).read(codec));
        } catch (Violation violation) {
            return new Decoded.Invalid(violation.code(), violation.description());
        }
    }
}
