package org.ocppconnector.gateway.core;

import io.netty.channel.Channel;
import io.netty.util.AttributeKey;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import org.jspecify.annotations.Nullable;

/**
 * The address of the client at the other end of a connection: the one a PROXY protocol header
 * named (the station behind the load balancer) when there was one, else the socket's peer.
 * Everything that logs, limits or publishes a client address asks here.
 */
final class ClientAddress {

    /** Set by {@link ProxyAddressHandler} from a PROXY header with the PROXY command. */
    static final AttributeKey<InetSocketAddress> PROXIED = AttributeKey.valueOf("ocpp.proxiedAddress");

    private ClientAddress() {}

    /** The client's address; null only for a channel that never had a peer. */
    static @Nullable SocketAddress of(Channel channel) {
        InetSocketAddress proxied = channel.attr(PROXIED).get();
        return proxied != null ? proxied : channel.remoteAddress();
    }

    /** {@code ip:port} of the client, for logs and events. */
    static String text(Channel channel) {
        SocketAddress address = of(channel);
        if (address instanceof InetSocketAddress inet && inet.getAddress() != null) {
            return inet.getAddress().getHostAddress() + ":" + inet.getPort();
        }
        return String.valueOf(address);
    }
}
