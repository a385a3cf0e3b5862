package org.ocppconnector.gateway.core.testing;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A logback appender that records Netty's leak reports ("LEAK: ..."), so that
 * {@link NettyLeakCheck} can fail a test class that leaked a buffer. Configured in
 * logback-test.xml on the {@code io.netty.util.ResourceLeakDetector} logger.
 */
public final class LeakRecorder extends AppenderBase<ILoggingEvent> {

    private static final List<String> LEAKS = new CopyOnWriteArrayList<>();

    @Override
    protected void append(ILoggingEvent event) {
        String message = event.getFormattedMessage();
        if (message != null && message.contains("LEAK:")) {
            LEAKS.add(message);
        }
    }

    static List<String> drain() {
        List<String> copy = List.copyOf(LEAKS);
        LEAKS.clear();
        return copy;
    }
}
