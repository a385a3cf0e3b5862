package org.ocppconnector.gateway.app.stdio;

import static java.util.Objects.requireNonNull;

import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.concurrent.atomic.AtomicBoolean;
import org.ocppconnector.gateway.core.bridge.DownlinkSource;
import org.ocppconnector.gateway.core.bridge.UplinkPublisher;
import org.ocppconnector.gateway.core.event.CloudEventCodec;
import org.ocppconnector.gateway.core.rpc.OcppJson;

/**
 * The gateway's link to a terminal or a pipe instead of Kinesis: uplink events are written to
 * stdout as CloudEvent JSON lines ({@code java -jar ocpp-gateway.jar | jq}), and commands and
 * replies are read from stdin in the same form. Nothing else may be written to stdout, so the
 * process logs to stderr in this mode.
 *
 * <pre>{@code
 * StdioBridge bridge = StdioBridge.create(StdioBridgeConfig.defaults());
 * GatewayServer server = GatewayServer.start(config, protocols, bridge.uplink(), bridge.downlink(), clock);
 * ...
 * server.close();
 * bridge.close();
 * }</pre>
 */
public final class StdioBridge implements AutoCloseable {

    private final StdioBridgeConfig config;
    private final StdioUplinkPublisher uplink;
    private final StdioDownlinkSource downlink;
    private final AtomicBoolean closed = new AtomicBoolean();

    private StdioBridge(StdioBridgeConfig config, InputStream in, OutputStream out) {
        this.config = requireNonNull(config, "config");
        // Exact decimals both ways, as on the station side: 16.10 stays 16.10.
        CloudEventCodec codec = new CloudEventCodec(OcppJson.newMapper());
        this.uplink = StdioUplinkPublisher.start(out, codec, config);
        this.downlink = new StdioDownlinkSource(in, codec, config.maxLineBytes());
    }

    /**
     * Creates a bridge on the process's stdin and stdout (file descriptors 0 and 1, not
     * {@link System#out}, which the caller may have pointed elsewhere to keep stray prints off the
     * event stream).
     */
    public static StdioBridge create(StdioBridgeConfig config) {
        return create(config, new FileInputStream(FileDescriptor.in), new FileOutputStream(FileDescriptor.out));
    }

    /** Creates a bridge reading events from {@code in} and writing them to {@code out}. */
    public static StdioBridge create(StdioBridgeConfig config, InputStream in, OutputStream out) {
        return new StdioBridge(config, requireNonNull(in, "in"), requireNonNull(out, "out"));
    }

    /** The publisher writing to stdout; its writer thread runs from creation. */
    public UplinkPublisher uplink() {
        return uplink;
    }

    /** The reader of stdin; not started until {@link DownlinkSource#start} is called. */
    public DownlinkSource downlink() {
        return downlink;
    }

    /** The configuration this bridge runs with. */
    public StdioBridgeConfig config() {
        return config;
    }

    /**
     * Stops reading stdin, then writes what is buffered for at most
     * {@link StdioBridgeConfig#shutdownTimeout()} and fails the rest. Blocks; idempotent. Leaves
     * stdout open.
     */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        downlink.close();
        uplink.close(config.shutdownTimeout());
    }
}
