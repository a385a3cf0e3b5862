/** The version SPI: what an OCPP version module implements to plug into the core. */
@NullMarked
package org.ocppconnector.gateway.core.spi;

import org.jspecify.annotations.NullMarked;
