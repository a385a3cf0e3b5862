package org.ocppconnector.gateway.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.netty.buffer.Unpooled;
import io.netty.channel.WriteBufferWaterMark;
import io.netty.channel.embedded.EmbeddedChannel;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ocppconnector.gateway.core.testing.NettyLeakCheck;

/** A connection whose peer does not read is closed once it stays unwritable for the timeout. */
@ExtendWith(NettyLeakCheck.class)
class WriteStallGuardTest {

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final GatewayMetrics metrics = new GatewayMetrics(meters, List.of(new TestProtocol()));

    private EmbeddedChannel channel() {
        EmbeddedChannel ch = new EmbeddedChannel();
        ch.config().setWriteBufferWaterMark(new WriteBufferWaterMark(8, 16));
        ch.pipeline().addLast(new WriteStallGuard(Duration.ofSeconds(5), metrics, WriteStallGuard.stallLog()));
        return ch;
    }

    private double stalls() {
        return meters.find("ocpp.limits.rejected").tag("limit", "write_stall").counter().count();
    }

    @Test
    void unwritableForTheTimeoutCloses() {
        EmbeddedChannel ch = channel();
        // Written but not flushed: it waits in the outbound buffer, as for a peer that does not read.
        ch.write(Unpooled.wrappedBuffer(new byte[32]));
        ch.runPendingTasks();
        assertFalse(ch.isWritable());
        ch.advanceTimeBy(4, TimeUnit.SECONDS);
        ch.runScheduledPendingTasks();
        assertTrue(ch.isActive(), "not before the timeout");
        ch.advanceTimeBy(2, TimeUnit.SECONDS);
        ch.runScheduledPendingTasks();
        assertFalse(ch.isActive());
        assertEquals(1.0, stalls());
        assertFalse(ch.finish());
    }

    @Test
    void writableAgainInTimeKeepsTheConnection() {
        EmbeddedChannel ch = channel();
        ch.write(Unpooled.wrappedBuffer(new byte[32]));
        ch.runPendingTasks();
        assertFalse(ch.isWritable());
        ch.advanceTimeBy(3, TimeUnit.SECONDS);
        ch.flush();
        ch.runPendingTasks();
        assertTrue(ch.isWritable());
        ((io.netty.buffer.ByteBuf) ch.readOutbound()).release();
        ch.advanceTimeBy(10, TimeUnit.SECONDS);
        ch.runScheduledPendingTasks();
        assertTrue(ch.isActive());
        assertEquals(0.0, stalls());
        assertFalse(ch.finish());
    }
}
