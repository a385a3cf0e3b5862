package org.ocppconnector.gateway.core.security;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/** Accepts everyone; the gateway authenticated nothing, so the reported profile is 0. */
final class OpenAuthenticator implements StationAuthenticator {

    static final OpenAuthenticator INSTANCE = new OpenAuthenticator();

    private static final CompletionStage<AuthOutcome> ACCEPTED =
            CompletableFuture.completedFuture(new AuthOutcome.Accepted(0));

    private OpenAuthenticator() {}

    @Override
    public CompletionStage<AuthOutcome> authenticate(AuthRequest request) {
        return ACCEPTED;
    }

    @Override
    public String describe() {
        return "open";
    }
}
