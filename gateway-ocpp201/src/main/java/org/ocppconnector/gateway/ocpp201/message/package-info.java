/**
 * The typed OCPP 2.0.1 payloads: one immutable record per request and response of each of the 64
 * actions, one record per data type of the official schemas (named without the {@code Type}
 * suffix, e.g. {@link org.ocppconnector.gateway.ocpp201.message.IdToken} for IdTokenType) and one
 * enum per enumeration (named as in the spec, e.g. {@link
 * org.ocppconnector.gateway.ocpp201.message.AuthorizationStatusEnumType}). Records validate every
 * constraint of the official JSON schemas in their constructors; absent optional fields are null.
 */
@NullMarked
package org.ocppconnector.gateway.ocpp201.message;

import org.jspecify.annotations.NullMarked;
