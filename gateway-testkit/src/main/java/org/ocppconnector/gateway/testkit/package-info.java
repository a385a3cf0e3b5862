/** Test support shared by the modules' tests: npm fixtures, process launchers, in-memory bridge. */
@NullMarked
package org.ocppconnector.gateway.testkit;

import org.jspecify.annotations.NullMarked;
