package org.ocppconnector.gateway.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ocppconnector.gateway.core.bridge.InMemoryDownlink;
import org.ocppconnector.gateway.core.bridge.InMemoryUplink;
import org.ocppconnector.gateway.core.event.CloudEvent;
import org.ocppconnector.gateway.core.event.EventTypes;
import org.ocppconnector.gateway.core.rpc.OcppJson;
import org.ocppconnector.gateway.core.testing.NettyLeakCheck;
import org.slf4j.LoggerFactory;

/**
 * Every log line about a station carries its id in the MDC, also those written by timers, by
 * tasks handed to the station's loop and by publish completions on the publisher's thread.
 */
@ExtendWith(NettyLeakCheck.class)
class StationMdcTest {

    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final ObjectMapper JSON = OcppJson.newMapper();
    private static final List<Class<?>> PER_STATION = List.of(StationChannelHandler.class, StationSession.class,
            UpgradeHandler.class);

    private final InMemoryUplink uplink = new InMemoryUplink();
    private final InMemoryDownlink downlink = new InMemoryDownlink();
    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();
    private GatewayServer server;

    @BeforeEach
    void capture() {
        appender.start();
        for (Class<?> type : PER_STATION) {
            Logger logger = (Logger) LoggerFactory.getLogger(type);
            logger.setLevel(Level.INFO);
            logger.addAppender(appender);
        }
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.close(Duration.ofSeconds(2));
        }
        uplink.close();
        for (Class<?> type : PER_STATION) {
            Logger logger = (Logger) LoggerFactory.getLogger(type);
            logger.detachAppender(appender);
            logger.setLevel(null);
        }
    }

    private List<ILoggingEvent> logged() {
        // AppenderBase.doAppend adds under the appender's own lock, not the list's.
        synchronized (appender) {
            return List.copyOf(appender.list);
        }
    }

    private void awaitLog(String text) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (logged().stream().noneMatch(e -> e.getFormattedMessage().contains(text))) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("no log line with '" + text + "': " + logged());
            }
            Thread.sleep(10);
        }
    }

    @Test
    void everyPerStationLogLineHasTheStationId() throws Exception {
        GatewayConfig config = GatewayConfig.builder()
                .gatewayId("gw-mdc").bindAddress("127.0.0.1").port(0).ioThreads(2)
                .backendReplyTimeout(Duration.ofMillis(200))
                .build();
        server = GatewayServer.start(config, List.of(new TestProtocol()), uplink, downlink, Clock.systemUTC());
        var address = server.localAddress();
        assertEquals(400, RawHttp.upgradeStatus(address, "/ocpp/CP-MDC", "ocpp9.9"));
        try (JdkStation station = JdkStation.connect(URI.create("ws://127.0.0.1:" + address.getPort() + "/ocpp/CP-MDC"),
                TestProtocol.SUBPROTOCOL)) {
            uplink.await(e -> e.type().equals(EventTypes.STATION_CONNECTED), WAIT);
            // A backend reply timer.
            station.send("[2,\"au-1\",\"Authorize\",{\"idTag\":\"T\"}]");
            station.receive(WAIT);
            // A command handed to the loop by the router, then its timeout timer.
            ObjectNode data = (ObjectNode) JSON.readTree(
                    "{\"action\":\"Reset\",\"payload\":{\"type\":\"Soft\"},\"timeoutSeconds\":1}");
            downlink.send(new CloudEvent("cmd-1", "/backend", EventTypes.COMMAND, "CP-MDC", Instant.now(), null, data));
            station.receive(WAIT);
            awaitLog("no answer to command");
            // A failed publish: its completion comes from the publisher's thread.
            uplink.setFailing(true);
            station.send("[2,\"hb-1\",\"Heartbeat\",{}]");
            station.receive(WAIT);
            station.send("[2,\"x\",\"NoSuchAction\",{}]");
            station.receive(WAIT);
            awaitLog("uplink publish of ocpp.call.rejected");
            uplink.setFailing(false);
        }
        awaitLog("disconnected");

        List<ILoggingEvent> events = logged();
        for (String expected : List.of("refused upgrade", "connected from", "no backend reply", "no answer to command",
                "answering InternalError", "rejected NoSuchAction", "uplink publish of ocpp.call.rejected",
                "disconnected")) {
            assertTrue(events.stream().anyMatch(e -> e.getFormattedMessage().contains(expected)),
                    "no '" + expected + "' in " + events);
        }
        for (ILoggingEvent event : events) {
            assertEquals("CP-MDC", event.getMDCPropertyMap().get(StationMdc.KEY),
                    "no station id in the MDC of [" + event.getThreadName() + "] " + event.getFormattedMessage());
        }
    }
}
