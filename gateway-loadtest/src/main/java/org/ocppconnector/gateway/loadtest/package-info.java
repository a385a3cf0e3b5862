/**
 * The load tool: simulated OCPP 1.6 and 2.0.1 stations on a few Netty event loops that drive a
 * running gateway, with open-loop CALL scheduling and HdrHistogram latency reports.
 * {@link org.ocppconnector.gateway.loadtest.LoadTool} is the entry point.
 */
@NullMarked
package org.ocppconnector.gateway.loadtest;

import org.jspecify.annotations.NullMarked;
