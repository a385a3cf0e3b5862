/** OCPP 1.6J as a version module of the gateway: {@link org.ocppconnector.gateway.ocpp16.Ocpp16Protocol}. */
@NullMarked
package org.ocppconnector.gateway.ocpp16;

import org.jspecify.annotations.NullMarked;
