/** The Kinesis bridge: a batching uplink publisher and a broadcast downlink reader; {@link org.ocppconnector.gateway.kinesis.KinesisBridge} is the entry point. */
@NullMarked
package org.ocppconnector.gateway.kinesis;

import org.jspecify.annotations.NullMarked;
