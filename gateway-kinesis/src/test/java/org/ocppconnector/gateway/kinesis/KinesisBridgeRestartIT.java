package org.ocppconnector.gateway.kinesis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ocppconnector.gateway.kinesis.TestSupport.CODEC;
import static org.ocppconnector.gateway.kinesis.TestSupport.await;
import static org.ocppconnector.gateway.kinesis.TestSupport.event;
import static org.ocppconnector.gateway.kinesis.TestSupport.put;
import static org.ocppconnector.gateway.kinesis.TestSupport.waitUntil;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.ocppconnector.gateway.core.event.CloudEvent;
import org.ocppconnector.gateway.kinesis.KinesisBridgeConfig.DownlinkMode;
import org.ocppconnector.gateway.testkit.KinesisLocal;
import software.amazon.awssdk.services.kinesis.KinesisAsyncClient;

/**
 * Two bridges (one per downlink mode) across a Kinesis outage: the emulator is stopped and
 * started again on the same port, with its initial streams, empty. Events published meanwhile
 * are retried until they land; both downlinks report not-ready, then resubscribe (the fan-out
 * one registering its consumer again) and read on. Runs its own emulator, since it stops it.
 */
class KinesisBridgeRestartIT {

    private static final String UP = "restart-up";
    private static final String DOWN = "restart-down";

    private static KinesisLocal kinesis;

    @BeforeAll
    static void startEmulator() {
        kinesis = KinesisLocal.launch(Map.of(UP, 1, DOWN, 1));
    }

    @AfterAll
    static void stopEmulator() {
        if (kinesis != null) {
            kinesis.close();
        }
    }

    private static KinesisBridge bridge(DownlinkMode mode) {
        return KinesisBridge.create(
                TestSupport.config(kinesis, UP, DOWN, "gw-restart-" + mode.ordinal()).downlinkMode(mode).build(),
                KinesisLocal.CREDENTIALS);
    }

    @Test
    void publishesAndReadsAgainAfterKinesisComesBack() throws Exception {
        BlockingQueue<CloudEvent> fanOut = new LinkedBlockingQueue<>();
        BlockingQueue<CloudEvent> polling = new LinkedBlockingQueue<>();
        try (KinesisBridge fanOutBridge = bridge(DownlinkMode.ENHANCED_FAN_OUT);
                KinesisBridge pollingBridge = bridge(DownlinkMode.POLLING)) {
            CompletableFuture.allOf(fanOutBridge.downlink().start(fanOut::add), pollingBridge.downlink().start(polling::add))
                    .get(TestSupport.WAIT.toSeconds(), TimeUnit.SECONDS);
            try (KinesisAsyncClient client = kinesis.newAsyncClient()) {
                put(client, DOWN, event("CS-D", 0));
                assertEquals("CS-D/0", poll(fanOut).id());
                assertEquals("CS-D/0", poll(polling).id());
            }

            kinesis.stop();
            waitUntil("downlinks not ready", () -> !fanOutBridge.downlink().isReady() && !pollingBridge.downlink().isReady());
            List<CompletableFuture<Void>> pending = List.of(
                    fanOutBridge.uplink().publish(event("CS-1", 0)),
                    fanOutBridge.uplink().publish(event("CS-1", 1)),
                    fanOutBridge.uplink().publish(event("CS-1", 2)));
            TestSupport.sleep(Duration.ofSeconds(2));
            assertTrue(pending.stream().noneMatch(CompletableFuture::isDone), "acknowledged while Kinesis was down");

            kinesis.start();
            pending.forEach(TestSupport::await);
            waitUntil("downlinks ready again", () -> fanOutBridge.downlink().isReady() && pollingBridge.downlink().isReady());
            try (KinesisAsyncClient client = kinesis.newAsyncClient()) {
                put(client, DOWN, event("CS-D", 1));
                assertEquals("CS-D/1", poll(fanOut).id());
                assertEquals("CS-D/1", poll(polling).id());
                assertEquals(List.of("CS-1/0", "CS-1/1", "CS-1/2"), TestSupport.readAll(client, UP, 3).stream()
                        .map(r -> CODEC.fromBytes(r.data().asByteArray()).id()).toList());
                String arn = await(client.describeStreamSummary(b -> b.streamName(DOWN))).streamDescriptionSummary().streamARN();
                assertEquals(List.of("ocpp-gateway-gw-restart-0"),
                        await(client.listStreamConsumers(b -> b.streamARN(arn))).consumers().stream()
                                .map(c -> c.consumerName()).toList(),
                        "the fan-out consumer registered again on the new stream");
            }
        }
    }

    private static CloudEvent poll(BlockingQueue<CloudEvent> queue) throws InterruptedException {
        CloudEvent event = queue.poll(TestSupport.WAIT.toSeconds(), TimeUnit.SECONDS);
        if (event == null) {
            throw new AssertionError("no event within " + TestSupport.WAIT);
        }
        return event;
    }
}
