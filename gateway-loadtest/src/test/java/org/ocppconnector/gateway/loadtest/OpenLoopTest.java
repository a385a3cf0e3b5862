package org.ocppconnector.gateway.loadtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketServerProtocolConfig;
import io.netty.handler.codec.http.websocketx.WebSocketServerProtocolHandler;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ocppconnector.gateway.core.testing.NettyLeakCheck;

/**
 * The open-loop schedule against a slow central system (a small WebSocket server here that answers
 * every CALL but the boot after 250 ms): the station cannot keep its 10 CALLs/s, the achieved
 * throughput says so, and the latency is measured from when each CALL was due, so it grows with
 * the backlog while the service time stays at 250 ms.
 */
@ExtendWith(NettyLeakCheck.class)
class OpenLoopTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long ANSWER_DELAY_MILLIS = 250;

    @Test
    void aSlowAnswerDelaysTheNextCallAndTheDelayIsMeasured() throws Exception {
        EventLoopGroup group = new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
        try {
            Channel server = new ServerBootstrap()
                    .group(group)
                    .channel(NioServerSocketChannel.class)
                    .childHandler(new ChannelInitializer<SocketChannel>() {
                        @Override
                        protected void initChannel(SocketChannel ch) {
                            ch.pipeline().addLast(new HttpServerCodec(), new HttpObjectAggregator(8192),
                                    new WebSocketServerProtocolHandler(WebSocketServerProtocolConfig.newBuilder()
                                            .websocketPath("/ocpp").checkStartsWith(true)
                                            .subprotocols("ocpp1.6").build()),
                                    new SlowCentralSystem());
                        }
                    })
                    .bind(new InetSocketAddress("127.0.0.1", 0)).sync().channel();
            int port = ((InetSocketAddress) server.localAddress()).getPort();

            ByteArrayOutputStream out = new ByteArrayOutputStream();
            int code = LoadTool.run(List.of("calls", "--url", "ws://127.0.0.1:" + port + "/ocpp", "--stations", "1",
                    "--ocpp201-fraction", "0", "--station-rate", "10", "--duration", "2", "--mix", "Heartbeat=1",
                    "--progress", "0"), new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
            String stdout = out.toString(StandardCharsets.UTF_8);
            JsonNode json = JSON.readTree(stdout.lines().reduce((a, b) -> b).orElseThrow());
            server.close().sync();

            assertEquals(0, code, stdout);
            // 20 CALLs are due in 2 s, one every 100 ms; one per 250 ms can be sent. The backlog
            // still goes out after the end, each CALL measured from when it was due.
            assertEquals(20, json.at("/calls/sent").asLong(), stdout);
            assertEquals(20, json.at("/calls/answered").asLong(), stdout);
            assertEquals(0, json.at("/calls/unsent").asLong(), stdout);
            double throughput = json.at("/calls/throughput").asDouble();
            assertTrue(throughput >= 2.5 && throughput <= 4.5, "about 8 answered within the 2 s: " + stdout);
            double serviceP50 = json.at("/calls/serviceMs/p50").asDouble();
            assertTrue(serviceP50 >= ANSWER_DELAY_MILLIS - 1, stdout);
            // The last CALL was due at 1.9 s and answered at about 5 s.
            assertTrue(json.at("/calls/ms/max").asDouble() >= 2500, stdout);
            assertTrue(json.at("/calls/ms/p50").asDouble() > serviceP50 + 500, stdout);
        } finally {
            group.shutdownGracefully(0, 1, TimeUnit.SECONDS).sync();
        }
    }

    /** Answers BootNotification at once and every other CALL after {@link #ANSWER_DELAY_MILLIS}. */
    private static final class SlowCentralSystem extends SimpleChannelInboundHandler<TextWebSocketFrame> {
        @Override
        protected void channelRead0(ChannelHandlerContext ctx, TextWebSocketFrame frame) throws Exception {
            JsonNode call = JSON.readTree(frame.text());
            String answer = JSON.writeValueAsString(List.of(3, call.get(1).asText(),
                    call.get(2).asText().equals("BootNotification")
                            ? java.util.Map.of("status", "Accepted", "currentTime", "2025-01-01T00:00:00Z", "interval", 300)
                            : java.util.Map.of()));
            long delay = call.get(2).asText().equals("BootNotification") ? 0 : ANSWER_DELAY_MILLIS;
            ctx.executor().schedule(() -> ctx.writeAndFlush(new TextWebSocketFrame(answer)), delay,
                    TimeUnit.MILLISECONDS);
        }
    }
}
