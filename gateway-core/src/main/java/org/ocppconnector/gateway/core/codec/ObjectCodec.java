package org.ocppconnector.gateway.core.codec;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.ocppconnector.gateway.core.rpc.RpcErrorCode;
import org.ocppconnector.gateway.core.spi.Decoded;
import org.ocppconnector.gateway.core.spi.OcppMessage;

/**
 * How one JSON object type maps to its record: a reader that pulls each field from an
 * {@link ObjectReader} and calls the record's validating constructor, and a writer that puts each
 * present field into an {@link ObjectWriter}. Immutable and thread-safe; version modules keep one
 * constant per schema type.
 *
 * @param <T> the record type
 */
public final class ObjectCodec<T> {

    private final Class<T> type;
    private final Function<ObjectReader, T> reader;
    private final BiConsumer<T, ObjectWriter> writer;

    private ObjectCodec(Class<T> type, Function<ObjectReader, T> reader, BiConsumer<T, ObjectWriter> writer) {
        this.type = requireNonNull(type, "type");
        this.reader = requireNonNull(reader, "reader");
        this.writer = requireNonNull(writer, "writer");
    }

    /**
     * A codec for {@code type}.
     *
     * @param reader builds the record; field readers throw an internal violation, the record's
     *     constructor {@link IllegalArgumentException}, and both become {@link Decoded.Invalid}
     * @param writer writes every non-absent field
     */
    public static <T> ObjectCodec<T> of(Class<T> type, Function<ObjectReader, T> reader,
            BiConsumer<T, ObjectWriter> writer) {
        return new ObjectCodec<>(type, reader, writer);
    }

    /** The record class. */
    public Class<T> type() {
        return type;
    }

    Function<ObjectReader, T> reader() {
        return reader;
    }

    /** Encodes a record to a new JSON object. */
    public ObjectNode write(T value) {
        ObjectWriter out = new ObjectWriter();
        writer.accept(requireNonNull(value, "value"), out);
        return out.node();
    }

    /**
     * Encodes {@code value}, which must be an instance of {@link #type()}.
     *
     * @throws ClassCastException if it is not
     */
    public ObjectNode writeObject(Object value) {
        return write(type.cast(value));
    }

    /**
     * Decodes a whole payload; never throws on bad input. A payload that is not a JSON object is
     * a FormatViolation: it does not have the PDU's structure (OCPP-J 1.6 §4.2.3, 2.0.1 part 4 §4.3).
     */
    public static Decoded decode(ObjectCodec<? extends OcppMessage> codec, JsonNode payload) {
        if (!(payload instanceof ObjectNode object)) {
            return new Decoded.Invalid(RpcErrorCode.FORMAT_VIOLATION,
                    "payload: expected object, got " + ObjectReader.typeName(payload));
        }
        try {
            return new Decoded.Valid(new ObjectReader(object, null).read(codec));
        } catch (Violation violation) {
            return new Decoded.Invalid(violation.code(), violation.description());
        }
    }

    @Override
    public String toString() {
        return "ObjectCodec[" + type.getSimpleName() + "]";
    }
}
