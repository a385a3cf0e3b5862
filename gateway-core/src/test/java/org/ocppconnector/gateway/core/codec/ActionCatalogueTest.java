package org.ocppconnector.gateway.core.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ocppconnector.gateway.core.codec.ActionSpec.Sender.BOTH;
import static org.ocppconnector.gateway.core.codec.ActionSpec.Sender.CSMS;
import static org.ocppconnector.gateway.core.codec.ActionSpec.Sender.STATION;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.ocppconnector.gateway.core.rpc.RpcErrorCode;
import org.ocppconnector.gateway.core.spi.Decoded;
import org.ocppconnector.gateway.core.spi.Direction;
import org.ocppconnector.gateway.core.spi.OcppMessage;
import org.ocppconnector.gateway.core.spi.ResponsePolicy;

class ActionCatalogueTest {

    record Text(String action, boolean isRequest, String text) implements OcppMessage {}

    static final ObjectCodec<Text> REQ = ObjectCodec.of(Text.class,
            in -> new Text("Ping", true, in.string("text")), (text, out) -> out.put("text", text.text()));
    static final ObjectCodec<Text> RES = ObjectCodec.of(Text.class,
            in -> new Text("Ping", false, in.string("text")), (text, out) -> out.put("text", text.text()));

    enum Action {
        PING("Ping", STATION, ResponsePolicy.LOCAL),
        RESET("Reset", CSMS, null),
        DATA("Data", BOTH, ResponsePolicy.BACKEND);

        private final ActionSpec<Text, Text> spec;

        Action(String wireName, ActionSpec.Sender sender, @Nullable ResponsePolicy policy) {
            this.spec = new ActionSpec<>(wireName, sender, policy, REQ, RES);
        }

        ActionSpec<Text, Text> spec() {
            return spec;
        }
    }

    private final ActionCatalogue<Action> catalogue = new ActionCatalogue<>(Action.values(), Action::spec,
            action -> new Decoded.Invalid(RpcErrorCode.NOT_IMPLEMENTED, "unknown " + action), "9.9");

    @Test
    void looksUpByCaseSensitiveWireName() {
        assertSame(Action.PING, catalogue.action("Ping"));
        assertNull(catalogue.action("ping"));
    }

    @Test
    void listsActionsByDirectionInCatalogueOrder() {
        assertEquals(List.of("Ping", "Data"), List.copyOf(catalogue.actions(Direction.STATION_TO_CSMS)));
        assertEquals(List.of("Reset", "Data"), List.copyOf(catalogue.actions(Direction.CSMS_TO_STATION)));
        assertThrows(UnsupportedOperationException.class, () -> catalogue.actions(Direction.STATION_TO_CSMS).clear());
    }

    @Test
    void decodesWithTheActionsCodecAndRefusesUnknownActions() {
        ObjectNode payload = JsonNodeFactory.instance.objectNode().put("text", "hi");
        Decoded request = catalogue.decodeRequest("Ping", payload);
        assertEquals(new Text("Ping", true, "hi"), assertInstanceOf(Decoded.Valid.class, request).message());
        Decoded response = catalogue.decodeResponse("Ping", payload);
        assertEquals(new Text("Ping", false, "hi"), assertInstanceOf(Decoded.Valid.class, response).message());
        assertEquals(new Decoded.Invalid(RpcErrorCode.NOT_IMPLEMENTED, "unknown Pong"),
                catalogue.decodeRequest("Pong", payload));
        assertInstanceOf(Decoded.Invalid.class, catalogue.decodeResponse("Ping", JsonNodeFactory.instance.textNode("x")));
    }

    @Test
    void stationCallsHaveTheirDefaultPolicy() {
        assertEquals(ResponsePolicy.LOCAL, catalogue.defaultPolicy("Ping"));
        assertEquals(ResponsePolicy.BACKEND, catalogue.defaultPolicy("Data"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> catalogue.defaultPolicy("Reset"));
        assertEquals("action: Reset (expected: an OCPP 9.9 station-to-CSMS action)", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> catalogue.stationAction("Pong"));
    }

    @Test
    void specRequiresAPolicyExactlyForStationCalls() {
        assertThrows(IllegalArgumentException.class, () -> new ActionSpec<>("Ping", STATION, null, REQ, RES));
        assertThrows(IllegalArgumentException.class,
                () -> new ActionSpec<>("Reset", CSMS, ResponsePolicy.LOCAL, REQ, RES));
        assertThrows(IllegalArgumentException.class,
                () -> new ActionSpec<>("None", Set.of(), null, REQ, RES));
        assertTrue(Action.DATA.spec().isSentIn(Direction.CSMS_TO_STATION));
    }

    @Test
    void wireNamesMustBeUnique() {
        assertThrows(IllegalArgumentException.class, () -> new ActionCatalogue<>(
                new Action[] {Action.PING, Action.PING}, Action::spec,
                action -> new Decoded.Invalid(RpcErrorCode.NOT_IMPLEMENTED, action), "9.9"));
    }
}
