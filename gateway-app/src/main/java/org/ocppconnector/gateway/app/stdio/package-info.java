/** The stdio bridge: CloudEvent JSON lines on stdout (uplink) and stdin (downlink); {@link org.ocppconnector.gateway.app.stdio.StdioBridge} is the entry point. */
@NullMarked
package org.ocppconnector.gateway.app.stdio;

import org.jspecify.annotations.NullMarked;
