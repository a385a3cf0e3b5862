package org.ocppconnector.gateway.core.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.ocppconnector.gateway.core.rpc.OcppJson;

/**
 * Keeps docs/examples honest: every example parses with the gateway's own codec, has the envelope
 * and the data fields docs/events.md promises, and together the examples cover every event type.
 */
class EventExamplesTest {

    private static final ObjectMapper MAPPER = OcppJson.newMapper();
    private static final CloudEventCodec CODEC = new CloudEventCodec(MAPPER);

    private static final Set<String> UPLINK = Set.of(EventTypes.STATION_CONNECTED, EventTypes.STATION_DISCONNECTED,
            EventTypes.CALL, EventTypes.CALL_REJECTED, EventTypes.COMMAND_RESULT, EventTypes.REPLY_REJECTED);
    private static final Set<String> DOWNLINK = Set.of(EventTypes.COMMAND, EventTypes.REPLY);
    private static final Set<String> OUTCOMES = Set.of("Completed", "CallError", "Timeout", "Expired", "Invalid",
            "QueueFull");

    /** The JSON kinds the contract uses for data fields. */
    private enum Kind {
        STRING(n -> n.isTextual() && !n.asText().isEmpty()),
        /** A string that may be empty. */
        TEXT(JsonNode::isTextual),
        INTEGER(JsonNode::isIntegralNumber),
        OBJECT(JsonNode::isObject);

        final Predicate<JsonNode> test;

        Kind(Predicate<JsonNode> test) {
            this.test = test;
        }
    }

    /** Data fields every event of a type has, as in the field tables of docs/events.md. */
    private static final Map<String, Map<String, Kind>> REQUIRED = Map.of(
            EventTypes.STATION_CONNECTED, Map.of("connectionId", Kind.STRING, "gatewayId", Kind.STRING,
                    "remoteAddress", Kind.STRING, "subprotocol", Kind.STRING, "securityProfile", Kind.INTEGER),
            EventTypes.STATION_DISCONNECTED, Map.of("connectionId", Kind.STRING, "closeCode", Kind.INTEGER,
                    "reason", Kind.TEXT, "connectedSeconds", Kind.INTEGER),
            EventTypes.CALL, Map.of("connectionId", Kind.STRING, "messageId", Kind.STRING, "action", Kind.STRING,
                    "payload", Kind.OBJECT, "policy", Kind.STRING),
            // action is empty when the frame was not a CALL or its action could not be read.
            EventTypes.CALL_REJECTED, Map.of("connectionId", Kind.STRING, "messageId", Kind.STRING,
                    "action", Kind.TEXT, "errorCode", Kind.STRING, "errorDescription", Kind.STRING,
                    "frame", Kind.TEXT),
            // action is empty for a command whose data had none.
            EventTypes.COMMAND_RESULT, Map.of("commandId", Kind.STRING, "action", Kind.TEXT, "outcome", Kind.STRING),
            // messageId is empty for a reply that had none.
            EventTypes.REPLY_REJECTED, Map.of("messageId", Kind.TEXT, "reason", Kind.STRING),
            EventTypes.COMMAND, Map.of("action", Kind.STRING, "payload", Kind.OBJECT),
            EventTypes.REPLY, Map.of("messageId", Kind.STRING));

    @TestFactory
    Stream<DynamicTest> everyExampleMatchesTheContract() throws IOException {
        List<Path> files = exampleFiles();
        assertFalse(files.isEmpty(), "no examples in " + examplesDir());
        return files.stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> check(file)));
    }

    @Test
    void examplesCoverEveryEventType() throws Exception {
        Set<String> covered = new TreeSet<>();
        for (Path file : exampleFiles()) {
            covered.add(MAPPER.readTree(file.toFile()).path("type").asText());
        }
        Set<String> constants = eventTypeConstants();
        Set<String> listed = new TreeSet<>(UPLINK);
        listed.addAll(DOWNLINK);
        assertEquals(constants, listed, "EventTypes changed; update UPLINK/DOWNLINK and REQUIRED here and docs/events.md");
        for (String type : constants) {
            assertTrue(covered.contains(type), "no example in docs/examples for " + type);
            assertTrue(REQUIRED.containsKey(type), "no required fields listed for " + type);
        }
    }

    @Test
    void exampleIdsAreUnique() throws IOException {
        Map<String, Path> byId = new HashMap<>();
        for (Path file : exampleFiles()) {
            String id = MAPPER.readTree(file.toFile()).path("id").asText();
            Path other = byId.put(id, file);
            assertNull(other, "id " + id + " used by " + file.getFileName() + " and " + other);
        }
    }

    @Test
    void docsLinkEveryExample() throws IOException {
        String events = Files.readString(repoRoot().resolve("docs/events.md"));
        String asyncApi = Files.readString(repoRoot().resolve("docs/asyncapi.yaml"));
        for (Path file : exampleFiles()) {
            String link = "examples/" + file.getFileName();
            assertTrue(events.contains(link), "docs/events.md does not link " + link);
            assertTrue(asyncApi.contains(link), "docs/asyncapi.yaml does not reference " + link);
        }
    }

    private static void check(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        JsonNode raw = MAPPER.readTree(bytes);
        CloudEvent event = CODEC.fromBytes(bytes);

        assertEquals(CloudEvent.SPEC_VERSION, raw.path("specversion").asText(), "specversion");
        assertEquals(CloudEvent.CONTENT_TYPE, raw.path("datacontenttype").asText(), "datacontenttype");
        assertTrue(UPLINK.contains(event.type()) || DOWNLINK.contains(event.type()), "unknown type " + event.type());
        assertFalse(event.subject().isBlank(), "subject");
        assertTrue(raw.path("time").isTextual(), "time");
        assertFalse(Instant.EPOCH.equals(event.time()), "time");
        // An example looks exactly like what the gateway writes: same fields, same time format.
        assertEquals(raw, MAPPER.readTree(CODEC.toBytes(event)), "differs from the codec's own output");

        if (UPLINK.contains(event.type())) {
            assertNotNull(event.ocppVersion(), "ocppversion on an uplink event");
            assertTrue(Set.of("1.6", "2.0.1").contains(event.ocppVersion()), "ocppversion " + event.ocppVersion());
            assertTrue(event.source().startsWith("/ocpp-gateway/")
                    && event.source().length() > "/ocpp-gateway/".length(), "source " + event.source());
        }

        JsonNode data = event.data();
        REQUIRED.get(event.type()).forEach((field, kind) ->
                assertTrue(data.has(field) && kind.test.test(data.get(field)),
                        event.type() + ": data." + field + " missing or not a " + kind + ": " + data.get(field)));

        switch (event.type()) {
            case EventTypes.STATION_CONNECTED -> {
                assertTrue(Set.of("ocpp1.6", "ocpp2.0.1").contains(data.get("subprotocol").asText()), "subprotocol");
                assertEquals("/ocpp-gateway/" + data.get("gatewayId").asText(), event.source(), "source vs gatewayId");
                int profile = data.get("securityProfile").asInt();
                assertTrue(profile >= 0 && profile <= 3, "securityProfile " + profile);
            }
            case EventTypes.STATION_DISCONNECTED -> {
                int code = data.get("closeCode").asInt();
                assertTrue(code >= 1000 && code <= 4999, "closeCode " + code);
                assertTrue(data.get("connectedSeconds").asLong() >= 0, "connectedSeconds");
            }
            case EventTypes.CALL -> {
                String policy = data.get("policy").asText();
                switch (policy) {
                    case "local" -> assertTrue(data.path("response").isObject(), "local: response object");
                    case "backend" -> assertFalse(data.has("response"), "backend: no response");
                    default -> fail("policy " + policy);
                }
            }
            case EventTypes.CALL_REJECTED -> {
                assertTrue(data.get("frame").asText().getBytes(StandardCharsets.UTF_8).length <= 4096, "frame > 4 KiB");
            }
            case EventTypes.COMMAND_RESULT -> checkResult(data);
            case EventTypes.REPLY_REJECTED -> { }
            case EventTypes.COMMAND -> {
                JsonNode timeout = data.get("timeoutSeconds");
                if (timeout != null) {
                    assertTrue(timeout.isIntegralNumber() && timeout.asInt() >= 1 && timeout.asInt() <= 3600,
                            "timeoutSeconds " + timeout);
                }
                JsonNode expiresAt = data.get("expiresAt");
                if (expiresAt != null) {
                    assertTrue(Instant.parse(expiresAt.asText()).isAfter(event.time()), "expiresAt before time");
                }
            }
            case EventTypes.REPLY -> {
                boolean hasPayload = data.has("payload");
                boolean hasError = data.has("error");
                assertTrue(hasPayload != hasError, "exactly one of payload and error");
                if (hasPayload) {
                    assertTrue(data.get("payload").isObject(), "payload object");
                } else {
                    checkError(data.get("error"));
                }
                if (data.has("connectionId")) {
                    assertTrue(Kind.STRING.test.test(data.get("connectionId")), "connectionId");
                }
            }
            default -> fail("no checks for " + event.type());
        }
    }

    private static void checkResult(JsonNode data) {
        String outcome = data.get("outcome").asText();
        assertTrue(OUTCOMES.contains(outcome), "outcome " + outcome);
        // Both are always written, null when they do not apply.
        assertTrue(data.has("response") && data.has("error"), "response and error present");
        JsonNode response = data.get("response");
        JsonNode error = data.get("error");
        switch (outcome) {
            case "Completed" -> {
                assertTrue(response.isObject(), "Completed: response object");
                assertTrue(error.isNull(), "Completed: error null");
            }
            case "CallError", "Invalid" -> {
                assertTrue(response.isNull(), outcome + ": response null");
                checkError(error);
            }
            case "Timeout" -> {
                assertTrue(response.isNull(), "Timeout: response null");
                if (!error.isNull()) {
                    checkError(error);
                }
            }
            default -> assertTrue(response.isNull() && error.isNull(), outcome + ": response and error null");
        }
    }

    private static void checkError(JsonNode error) {
        assertTrue(error != null && error.isObject(), "error object");
        assertTrue(Kind.STRING.test.test(error.path("code")), "error.code");
        assertTrue(error.path("description").isTextual(), "error.description");
        assertTrue(error.path("details").isObject(), "error.details");
    }

    private static Set<String> eventTypeConstants() throws IllegalAccessException {
        Set<String> types = new TreeSet<>();
        for (Field field : EventTypes.class.getDeclaredFields()) {
            int m = field.getModifiers();
            if (Modifier.isPublic(m) && Modifier.isStatic(m) && field.getType() == String.class) {
                types.add((String) field.get(null));
            }
        }
        return types;
    }

    private static List<Path> exampleFiles() throws IOException {
        try (Stream<Path> files = Files.list(examplesDir())) {
            return new ArrayList<>(files.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList());
        }
    }

    private static Path examplesDir() {
        return repoRoot().resolve("docs/examples");
    }

    /** Surefire runs in the module directory; the examples live at the repository root. */
    private static Path repoRoot() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("docs/examples"))) {
                return dir;
            }
        }
        throw new IllegalStateException("no docs/examples above " + Path.of("").toAbsolutePath());
    }
}
