/**
 * JMH benchmarks of the gateway's per-message work: OCPP-J frame parsing, payload decoding and
 * encoding per version, the uplink CloudEvent, and one CALL through the whole station pipeline.
 * Run them from {@code gateway-benchmarks/target/benchmarks.jar}; see docs/benchmarks-jmh.md.
 */
@NullMarked
package org.ocppconnector.gateway.benchmarks;

import org.jspecify.annotations.NullMarked;
