package org.ocppconnector.gateway.testkit.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Random;

/** Hostile JSON values for robustness tests: what a broken or malicious peer might put anywhere in a payload. */
public final class RandomJson {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private RandomJson() {}

    /**
     * A random value: JSON of every type, numbers no parser produces (NaN, infinities), huge and
     * tiny decimals, long strings, lone surrogates, common enum and date-time spellings, and
     * objects and arrays nested up to {@code depth}.
     */
    public static JsonNode garbage(Random random, int depth) {
        return switch (random.nextInt(depth > 0 ? 14 : 12)) {
            case 0 -> JSON.nullNode();
            case 1 -> JSON.booleanNode(random.nextBoolean());
            case 2 -> JSON.numberNode(random.nextInt());
            case 3 -> JSON.numberNode(random.nextLong());
            case 4 -> JSON.numberNode(new BigInteger("123456789012345678901234567890"));
            case 5 -> DoubleNode.valueOf(List.of(Double.NaN, Double.POSITIVE_INFINITY, 1e300, -0.0, 2.5)
                    .get(random.nextInt(5)));
            case 6 -> DecimalNode.valueOf(new BigDecimal(
                    List.of("1E+999999999", "1E-999999999", "5.0", "0.30000000000000004").get(random.nextInt(4))));
            case 7 -> JSON.textNode("");
            case 8 -> JSON.textNode("x".repeat(random.nextInt(12_000)));
            case 9 -> JSON.textNode(List.of("Accepted", "2025-01-31T00:00:00Z", "\uD800", "http://x")
                    .get(random.nextInt(4)));
            case 10 -> JSON.objectNode();
            case 11 -> JSON.arrayNode();
            case 12 -> JSON.arrayNode().add(garbage(random, depth - 1)).add(garbage(random, depth - 1));
            default -> JSON.objectNode().set("status", garbage(random, depth - 1));
        };
    }
}
