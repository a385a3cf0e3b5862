package org.ocppconnector.gateway.ocpp201.message;

import org.ocppconnector.gateway.core.spi.OcppMessage;

/**
 * An OCPP 2.0.1 payload: an {@link Ocpp201Request} (the payload of a CALL) or an
 * {@link Ocpp201Response} (the payload of its CALLRESULT).
 */
public sealed interface Ocpp201Message extends OcppMessage permits Ocpp201Request, Ocpp201Response {}
