package org.ocppconnector.gateway.loadtest;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import org.HdrHistogram.Histogram;

/**
 * A latency distribution in milliseconds, read from a microsecond histogram.
 *
 * @param count values recorded
 */
record Percentiles(long count, double p50, double p90, double p99, double p999, double max) {

    static final Percentiles EMPTY = new Percentiles(0, 0, 0, 0, 0, 0);

    static Percentiles of(Histogram micros) {
        if (micros.getTotalCount() == 0) {
            return EMPTY;
        }
        return new Percentiles(micros.getTotalCount(),
                ms(micros.getValueAtPercentile(50)),
                ms(micros.getValueAtPercentile(90)),
                ms(micros.getValueAtPercentile(99)),
                ms(micros.getValueAtPercentile(99.9)),
                ms(micros.getMaxValue()));
    }

    private static double ms(long micros) {
        return micros / 1000.0;
    }

    void writeTo(ObjectNode node) {
        node.put("count", count);
        node.put("p50", p50);
        node.put("p90", p90);
        node.put("p99", p99);
        node.put("p999", p999);
        node.put("max", max);
    }

    /** {@code p50 1.234 ms, p90 ..., max ... (n)}. */
    String describe() {
        if (count == 0) {
            return "none";
        }
        return String.format(Locale.ROOT, "p50 %.3f  p90 %.3f  p99 %.3f  p99.9 %.3f  max %.3f ms  (%d)",
                p50, p90, p99, p999, max, count);
    }
}
