/**
 * The typed OCPP 1.6 payloads: one immutable record per request and confirmation PDU of every
 * action, including the security extension, validated as strictly as the official JSON schemas.
 */
@NullMarked
package org.ocppconnector.gateway.ocpp16.message;

import org.jspecify.annotations.NullMarked;
