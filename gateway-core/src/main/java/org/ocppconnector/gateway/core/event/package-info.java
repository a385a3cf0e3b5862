/** The CloudEvents 1.0 envelope of every record on the uplink and downlink streams. */
@NullMarked
package org.ocppconnector.gateway.core.event;

import org.jspecify.annotations.NullMarked;
