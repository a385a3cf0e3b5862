/**
 * Schema-driven conformance testing shared by the version modules' tests: the official schemas
 * loader, generators of valid and single-fault invalid payloads, the per-group suite base, and the
 * cross-check with ocpp-rpc's validator.
 */
@NullMarked
package org.ocppconnector.gateway.testkit.schema;

import org.jspecify.annotations.NullMarked;
