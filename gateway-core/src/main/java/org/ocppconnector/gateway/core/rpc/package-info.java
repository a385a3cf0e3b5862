/** OCPP-J RPC framing: CALL, CALLRESULT and CALLERROR, shared by every OCPP version. */
@NullMarked
package org.ocppconnector.gateway.core.rpc;

import org.jspecify.annotations.NullMarked;
