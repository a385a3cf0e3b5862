/** The bridge SPI: the uplink publisher and downlink source a stream implementation provides. */
@NullMarked
package org.ocppconnector.gateway.core.bridge;

import org.jspecify.annotations.NullMarked;
