package org.ocppconnector.gateway.core.codec;

import org.ocppconnector.gateway.core.rpc.RpcErrorCode;

/**
 * The first schema violation found while decoding a payload; it ends decoding and becomes a
 * {@code Decoded.Invalid} at the codec's boundary, never escaping it. Unwinding with a stackless
 * exception keeps every field read straight-line code and costs no more than a return code.
 */
final class Violation extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient RpcErrorCode code;
    private final String description;

    Violation(RpcErrorCode code, String description) {
        super(description, null, false, false);
        this.code = code;
        this.description = description;
    }

    RpcErrorCode code() {
        return code;
    }

    /** What is wrong and where, e.g. {@code "idTagInfo.status: missing"}. */
    String description() {
        return description;
    }
}
