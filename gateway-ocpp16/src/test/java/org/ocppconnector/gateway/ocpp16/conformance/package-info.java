/** Conformance of the 1.6 codec with the official OCPP 1.6 JSON schemas, split by feature profile. */
@NullMarked
package org.ocppconnector.gateway.ocpp16.conformance;

import org.jspecify.annotations.NullMarked;
