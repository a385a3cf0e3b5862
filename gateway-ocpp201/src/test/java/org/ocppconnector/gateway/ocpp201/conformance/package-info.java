/** Conformance of the 2.0.1 codec with the official OCPP 2.0.1 JSON schemas, split by functional block. */
@NullMarked
package org.ocppconnector.gateway.ocpp201.conformance;

import org.jspecify.annotations.NullMarked;
