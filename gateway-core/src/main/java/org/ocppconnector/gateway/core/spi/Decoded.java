package org.ocppconnector.gateway.core.spi;

import static java.util.Objects.requireNonNull;

import org.ocppconnector.gateway.core.rpc.RpcErrorCode;

/** The outcome of decoding a payload: a typed message, or the reason it was refused. Never null. */
public sealed interface Decoded permits Decoded.Valid, Decoded.Invalid {

    /** The payload conforms to its schema. */
    record Valid(OcppMessage message) implements Decoded {
        public Valid {
            requireNonNull(message, "message");
        }
    }

    /**
     * The payload does not conform; {@code errorCode} is the CALLERROR to answer with and
     * {@code description} names the offending field, e.g. {@code "chargePointVendor: missing"}.
     */
    record Invalid(RpcErrorCode errorCode, String description) implements Decoded {
        public Invalid {
            requireNonNull(errorCode, "errorCode");
            requireNonNull(description, "description");
        }
    }
}
