package org.ocppconnector.gateway.ocpp16.message;

import org.ocppconnector.gateway.core.spi.OcppMessage;

/**
 * An OCPP 1.6 payload: a {@link Ocpp16Request} (the {@code .req} PDU of a CALL) or a
 * {@link Ocpp16Confirmation} (the {@code .conf} PDU of its CALLRESULT).
 */
public sealed interface Ocpp16Message extends OcppMessage permits Ocpp16Request, Ocpp16Confirmation {}
