/**
 * The version-neutral toolkit OCPP version modules build their payload codecs from: schema-strict
 * readers that never throw on bad input, writers that encode records back to the same JSON, and the
 * value types and checks the official JSON schemas share ({@link
 * org.ocppconnector.gateway.core.codec.DateTime}, {@link org.ocppconnector.gateway.core.codec.Checks}).
 */
@NullMarked
package org.ocppconnector.gateway.core.codec;

import org.jspecify.annotations.NullMarked;
