package org.ocppconnector.gateway.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.ocppconnector.gateway.core.event.CloudEvent;
import org.ocppconnector.gateway.core.event.EventTypes;
import org.ocppconnector.gateway.testkit.KinesisLocal;
import org.ocppconnector.gateway.testkit.KinesisStreamTap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Ack after publish, proven under failure: 100 stations send MeterValues while the Kinesis
 * emulator is killed for 20 s and restarted. Every CALL a station saw acknowledged must be on
 * the uplink stream afterwards; during the outage stations get CALLERROR InternalError (or no
 * answer while reads are paused), never a CALLRESULT for an event that is not durable.
 *
 * <p>The emulator keeps its data across the restart (it persists on SIGTERM and reloads on
 * start), as the real service is durable once it acknowledged a record.
 */
class KinesisOutageIT {

    private static final Logger logger = LoggerFactory.getLogger(KinesisOutageIT.class);
    private static final int STATIONS = 100;

    @Test
    void acknowledgedCallsSurviveAKinesisOutage() throws Exception {
        Path data = Path.of("target", "kinesis-outage-data").toAbsolutePath();
        Set<String> acked = ConcurrentHashMap.newKeySet();
        Map<String, Long> ackedAt = new ConcurrentHashMap<>();
        Map<String, AtomicInteger> errors = new ConcurrentHashMap<>();
        AtomicInteger ackedDuringOutage = new AtomicInteger();
        AtomicBoolean outage = new AtomicBoolean();
        AtomicBoolean running = new AtomicBoolean(true);
        ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(2);
        HttpClient http = HttpClient.newHttpClient();
        List<JdkWebSocketStation> stations = new ArrayList<>();

        try (KinesisLocal kinesis = KinesisLocal.launchPersistent(Map.of("uplink", 2, "downlink", 1), data);
                KinesisStreamTap uplink = KinesisStreamTap.reading(kinesis, "uplink");
                GatewayProcess gateway = GatewayProcess.start("gw-outage", kinesis, "uplink", "downlink",
                        Map.of("KINESIS_PUBLISH_DEADLINE_SECONDS", "5", "KINESIS_DOWNLINK_MODE", "polling"))) {
            for (int i = 0; i < STATIONS; i++) {
                stations.add(JdkWebSocketStation.connect(http, gateway.stationUri("OUT-" + i), "OUT-" + i));
            }
            for (JdkWebSocketStation station : stations) {
                AtomicInteger sequence = new AtomicInteger();
                AtomicBoolean inFlight = new AtomicBoolean();
                scheduler.scheduleWithFixedDelay(() -> {
                    if (!running.get() || !station.isOpen() || !inFlight.compareAndSet(false, true)) {
                        return;
                    }
                    String messageId = station.stationId() + "-" + sequence.incrementAndGet();
                    station.call(messageId, "MeterValues", "{\"connectorId\":1,\"meterValue\":[{\"timestamp\":\""
                                    + java.time.Instant.now() + "\",\"sampledValue\":[{\"value\":\"" + sequence.get()
                                    + "\"}]}]}")
                            .orTimeout(40, TimeUnit.SECONDS)
                            .whenComplete((frame, error) -> {
                                inFlight.set(false);
                                if (error != null) {
                                    errors.computeIfAbsent("no answer", k -> new AtomicInteger()).incrementAndGet();
                                } else if (frame.get(0).asInt() == 3) {
                                    acked.add(messageId);
                                    ackedAt.put(messageId, System.nanoTime());
                                    if (outage.get()) {
                                        ackedDuringOutage.incrementAndGet();
                                    }
                                } else {
                                    errors.computeIfAbsent(frame.get(2).asText(), k -> new AtomicInteger())
                                            .incrementAndGet();
                                }
                            });
                }, (long) (Math.random() * 1000), 1000, TimeUnit.MILLISECONDS);
            }

            Thread.sleep(8_000);
            int ackedBefore = acked.size();
            logger.info("before the outage: {} acknowledged", ackedBefore);
            long killedAt = System.nanoTime();
            kinesis.stop();
            logger.info("emulator stopped in {} ms", (System.nanoTime() - killedAt) / 1_000_000);
            outage.set(true);
            Thread.sleep(20_000);
            int ackedInOutage = ackedDuringOutage.get();
            outage.set(false);
            kinesis.start();
            logger.info("emulator back after 20 s; {} acknowledged during the outage, errors so far {}",
                    ackedInOutage, errors);
            Thread.sleep(20_000);
            running.set(false);
            // Let the calls in flight finish.
            Thread.sleep(6_000);
            int ackedAfter = acked.size() - ackedBefore;

            Set<String> onStream = new HashSet<>();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
            Set<String> missing;
            do {
                onStream.clear();
                for (CloudEvent event : uplink.events()) {
                    if (event.type().equals(EventTypes.CALL)) {
                        onStream.add(event.data().get("messageId").asText());
                    }
                }
                missing = new HashSet<>(acked);
                missing.removeAll(onStream);
                if (!missing.isEmpty()) {
                    Thread.sleep(1000);
                }
            } while (!missing.isEmpty() && System.nanoTime() < deadline);

            logger.info("acknowledged {} ({} before, {} after the outage), on stream {}, errors {}",
                    acked.size(), ackedBefore, ackedAfter, onStream.size(), errors);
            String missingTimes = missing.stream().limit(10)
                    .map(id -> id + "@" + (ackedAt.get(id) - killedAt) / 1_000_000 + "ms").toList().toString();
            assertEquals(Set.of(), missing, "every acknowledged CALL is on the uplink stream; acked relative to the"
                    + " kill: " + missingTimes);
            assertTrue(ackedBefore > 100, "traffic flowed before the outage: " + ackedBefore);
            assertTrue(ackedAfter > 100, "traffic recovered after the outage: " + ackedAfter);
            assertTrue(errors.getOrDefault("InternalError", new AtomicInteger()).get() > 0,
                    "stations were told to retry during the outage: " + errors);
            assertTrue(gateway.isAlive());
            assertEquals(200, gateway.health("/health/live"));
        } finally {
            running.set(false);
            scheduler.shutdownNow();
            stations.forEach(JdkWebSocketStation::close);
        }
    }

}
