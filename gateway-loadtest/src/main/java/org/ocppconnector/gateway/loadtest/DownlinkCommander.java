package org.ocppconnector.gateway.loadtest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.ocppconnector.gateway.core.event.CloudEvent;
import org.ocppconnector.gateway.core.event.CloudEventCodec;
import org.ocppconnector.gateway.core.event.EventTypes;
import org.ocppconnector.gateway.core.rpc.OcppJson;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.http.nio.netty.NettyNioAsyncHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.kinesis.KinesisAsyncClient;
import software.amazon.awssdk.services.kinesis.KinesisAsyncClientBuilder;

/**
 * The downlink scenario's backend: writes {@code ocpp.command} events (docs/events.md) to the
 * downlink stream at an open-loop rate, round robin over the booted stations, and times each one
 * from when it was due until its CALL reaches the station's socket.
 *
 * <p>The command is a DataTransfer whose {@code data} is the command id, so a station that
 * receives it tells which command it was without any shared clock. DataTransfer is a
 * CSMS-to-station action in both versions (1.6 §6.17; 2.0.1 P01) and the station answers
 * {@code Accepted}.
 */
final class DownlinkCommander implements SimulatedStation.CommandListener, AutoCloseable {

    static final String VENDOR_ID = "org.ocppconnector.loadtest";
    private static final String SOURCE = "/ocpp-loadtest";

    private final LoadOptions options;
    private final Stats stats;
    private final KinesisAsyncClient kinesis;
    private final ObjectMapper mapper = OcppJson.newMapper();
    private final CloudEventCodec codec = new CloudEventCodec(mapper);
    /** Command id to when it was due; removed when its CALL arrives. */
    private final ConcurrentHashMap<String, Long> outstanding = new ConcurrentHashMap<>();
    private volatile long measureFromNanos = Long.MAX_VALUE;

    DownlinkCommander(LoadOptions options, Stats stats) {
        this.options = options;
        this.stats = stats;
        KinesisAsyncClientBuilder builder = KinesisAsyncClient.builder()
                .httpClientBuilder(NettyNioAsyncHttpClient.builder().connectionTimeout(Duration.ofSeconds(5)));
        if (options.kinesisEndpoint() != null) {
            builder.endpointOverride(options.kinesisEndpoint());
        }
        if (options.kinesisRegion() != null) {
            builder.region(Region.of(options.kinesisRegion()));
        } else if (options.kinesisEndpoint() != null && System.getenv("AWS_REGION") == null
                && System.getProperty("aws.region") == null) {
            // An emulator does not care, but the SDK needs some region to sign with.
            builder.region(Region.US_EAST_1);
        }
        this.kinesis = builder.build();
    }

    /**
     * Puts commands for {@code duration} from {@code startNanos}; blocks until the last one was
     * handed to the client. Commands due before {@code measureFrom} are not measured.
     */
    void run(List<SimulatedStation> targets, long startNanos, long durationNanos, long measureFrom) {
        if (targets.isEmpty()) {
            return;
        }
        measureFromNanos = measureFrom;
        double intervalNanos = 1e9 / options.commandRate();
        int timeoutSeconds = (int) Math.max(1, Math.min(3600, options.callTimeout().toSeconds()));
        for (long k = 0; ; k++) {
            long due = startNanos + (long) (k * intervalNanos);
            if (due >= startNanos + durationNanos) {
                return;
            }
            long wait = due - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            SimulatedStation station = targets.get((int) (k % targets.size()));
            put(station.id(), due, timeoutSeconds);
        }
    }

    private void put(String stationId, long dueNanos, int timeoutSeconds) {
        String commandId = UUID.randomUUID().toString();
        ObjectNode data = mapper.createObjectNode();
        data.put("action", "DataTransfer");
        ObjectNode payload = data.putObject("payload");
        payload.put("vendorId", VENDOR_ID);
        payload.put("data", commandId);
        data.put("timeoutSeconds", timeoutSeconds);
        byte[] record = codec.toBytes(new CloudEvent(commandId, SOURCE, EventTypes.COMMAND, stationId, Instant.now(),
                null, data));
        outstanding.put(commandId, dueNanos);
        kinesis.putRecord(b -> b.streamName(options.downlinkStream())
                        .partitionKey(stationId)
                        .data(SdkBytes.fromByteArray(record)))
                .whenComplete((response, error) -> {
                    if (error != null) {
                        outstanding.remove(commandId);
                        Throwable cause = error.getCause() != null ? error.getCause() : error;
                        stats.error(ErrorKind.COMMAND_FAILURES, cause.getClass().getSimpleName());
                    } else {
                        stats.commandsPut.increment();
                    }
                });
    }

    @Override
    public void onCommandCall(String stationId, JsonNode payload, long receivedNanos) {
        if (!VENDOR_ID.equals(payload.path("vendorId").asText())) {
            return;
        }
        Long due = outstanding.remove(payload.path("data").asText());
        if (due == null) {
            // Delivered twice, or from an earlier run on the same stream.
            return;
        }
        stats.commandsReceived.increment();
        if (due >= measureFromNanos) {
            Stats.record(stats.command, receivedNanos - due);
        }
    }

    /** Waits up to {@code timeout} for the commands still on their way; counts the rest as timeouts. */
    void awaitOutstanding(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!outstanding.isEmpty() && System.nanoTime() < deadline) {
            TimeUnit.MILLISECONDS.sleep(50);
        }
        for (String commandId : List.copyOf(outstanding.keySet())) {
            if (outstanding.remove(commandId) != null) {
                stats.error(ErrorKind.TIMEOUTS, "command");
            }
        }
    }

    @Override
    public void close() {
        kinesis.close();
    }
}
