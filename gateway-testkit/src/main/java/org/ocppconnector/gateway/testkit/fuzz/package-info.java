/** The fuzz harness the version modules share: payload decoding and encoding under arbitrary input. */
@NullMarked
package org.ocppconnector.gateway.testkit.fuzz;

import org.jspecify.annotations.NullMarked;
