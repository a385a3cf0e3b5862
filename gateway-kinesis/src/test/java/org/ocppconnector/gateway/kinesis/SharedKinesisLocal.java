package org.ocppconnector.gateway.kinesis;

import java.util.Map;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.ocppconnector.gateway.testkit.KinesisLocal;

/**
 * Hands test classes one kinesis-local emulator for the whole run (it takes seconds to start),
 * stopped when the run ends. Tests on it create their own streams; a test that stops the
 * emulator must start its own instead.
 */
final class SharedKinesisLocal implements ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(SharedKinesisLocal.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == KinesisLocal.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE)
                .getOrComputeIfAbsent("emulator", key -> new Emulator(KinesisLocal.launch(Map.of())), Emulator.class)
                .kinesis;
    }

    /** Closed by JUnit when the root context closes, after the last test. */
    private record Emulator(KinesisLocal kinesis) implements ExtensionContext.Store.CloseableResource {
        @Override
        public void close() {
            kinesis.close();
        }
    }
}
