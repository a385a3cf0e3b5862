package org.ocppconnector.gateway.loadtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;

class LoadReportTest {

    private static Percentiles millis(long... micros) {
        Histogram h = new Histogram(3_600_000_000L, 3);
        for (long m : micros) {
            h.recordValue(m);
        }
        return Percentiles.of(h);
    }

    @Test
    void jsonLineAndSummary() throws Exception {
        Map<ErrorKind, Long> errors = new EnumMap<>(ErrorKind.class);
        errors.put(ErrorKind.CONNECT_FAILURES, 2L);
        errors.put(ErrorKind.CALL_ERRORS, 1L);
        LoadReport report = new LoadReport(Scenario.STORM, 10, 4, 9, 1.23456, millis(1000, 2000, 3000),
                millis(500), new LoadReport.Calls(100, 1000, 990, 3, 99.0, millis(1500), millis(1200)),
                new LoadReport.Storm(List.of(new LoadReport.StormCycle(9, 9, 0.5)), millis(800)),
                null, errors, Map.of("connectFailures:http 401", 2L, "callErrors:InternalError", 1L), 2);
        String line = report.toJson();
        assertFalse(line.contains("\n"));
        JsonNode json = new ObjectMapper().readTree(line);
        assertEquals("storm", json.get("scenario").asText());
        assertEquals(6, json.get("ocpp16").asInt());
        assertEquals(1.235, json.get("connectSeconds").asDouble());
        assertEquals(3, json.at("/connectMs/count").asLong());
        assertEquals(2.001, json.at("/connectMs/p50").asDouble(), 0.002);
        assertEquals(3.001, json.at("/connectMs/max").asDouble(), 0.002);
        assertEquals(1.5, json.at("/calls/ms/p999").asDouble(), 0.002);
        assertEquals(0.5, json.at("/storm/cycles/0/recoverySeconds").asDouble());
        assertTrue(json.path("commands").isMissingNode());
        assertEquals(3, json.at("/errors/total").asLong());
        assertEquals(0, json.at("/errors/timeouts").asLong(), "every kind is present");
        assertEquals(2, json.at("/errors/details/connectFailures:http 401").asLong());
        assertFalse(json.get("ok").asBoolean(), "3 errors > 2");

        String summary = report.summary();
        assertTrue(summary.contains("booted        9 of 10 in 1.23 s"), summary);
        assertTrue(summary.contains("storm 1       9 dropped, 9 booted again, all within 0.50 s of the drop"), summary);
        assertTrue(summary.contains("connectFailures:http 401"), summary);
    }
}
