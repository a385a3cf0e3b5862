package org.ocppconnector.gateway.testkit.schema;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.ocppconnector.gateway.testkit.Fixtures;
import org.ocppconnector.gateway.testkit.schema.OfficialSchemas.Schema;

/**
 * Judges payloads with an independent implementation of the official schemas: ocpp-rpc's validator
 * (ajv with ajv-formats) run in Node over the same schema file, so a decoder's verdicts, and the
 * generators' claims about which payloads are valid, can be cross-checked.
 */
public final class AjvVerdicts {

    private static final long TIMEOUT_SECONDS = 120;

    private AjvVerdicts() {}

    /**
     * A payload to judge against a schema.
     *
     * @param schema the PDU's schema
     * @param payload the payload
     */
    public record Judged(Schema schema, JsonNode payload) {
        public Judged {
            requireNonNull(schema, "schema");
            requireNonNull(payload, "payload");
        }
    }

    /**
     * One verdict per payload, in order: {@code "valid"}, or the error code ocpp-rpc would answer with.
     *
     * @param dir a scratch directory for the script and its input
     * @param schemas the schemas, judged by the file they were read from
     * @param subprotocol the subprotocol the validator is created for, e.g. {@code ocpp2.0.1}
     * @throws IllegalStateException if Node fails or does not answer every payload
     */
    public static List<String> judge(Path dir, OfficialSchemas schemas, String subprotocol, List<Judged> payloads)
            throws IOException, InterruptedException {
        Path input = dir.resolve("payloads.jsonl");
        StringBuilder lines = new StringBuilder();
        for (Judged judged : payloads) {
            ObjectNode line = OfficialSchemas.MAPPER.createObjectNode();
            line.put("id", judged.schema().id());
            line.set("payload", judged.payload());
            lines.append(OfficialSchemas.MAPPER.writeValueAsString(line)).append('\n');
        }
        Files.writeString(input, lines, StandardCharsets.UTF_8);
        // Copied out of the jar: node needs a file.
        Path script = dir.resolve("ajv-verdicts.js");
        try (InputStream in = requireNonNull(AjvVerdicts.class.getResourceAsStream("ajv-verdicts.js"), "script")) {
            Files.write(script, in.readAllBytes());
        }
        Process node = new ProcessBuilder(Fixtures.node(), script.toString(), Fixtures.dir().toString(),
                schemas.file().toString(), subprotocol, input.toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        byte[] output = node.getInputStream().readAllBytes();
        if (!node.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            node.destroyForcibly();
            throw new IllegalStateException("node did not finish in " + TIMEOUT_SECONDS + " s");
        }
        if (node.exitValue() != 0) {
            throw new IllegalStateException("node exit code " + node.exitValue());
        }
        List<String> verdicts = new String(output, StandardCharsets.UTF_8).lines().toList();
        if (verdicts.size() != payloads.size()) {
            throw new IllegalStateException(verdicts.size() + " verdicts for " + payloads.size() + " payloads");
        }
        return verdicts;
    }
}
