/** OCPP 2.0.1 as a version module of the gateway: {@link org.ocppconnector.gateway.ocpp201.Ocpp201Protocol}. */
@NullMarked
package org.ocppconnector.gateway.ocpp201;

import org.jspecify.annotations.NullMarked;
