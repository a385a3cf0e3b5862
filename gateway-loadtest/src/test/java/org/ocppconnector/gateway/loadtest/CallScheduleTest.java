package org.ocppconnector.gateway.loadtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class CallScheduleTest {

    private static final long S = 1_000_000_000L;

    @Test
    void dueTimesDoNotDependOnWhenCallsWereSent() {
        // 10 stations at 20 calls/s in all: each station every 500 ms.
        CallSchedule s = CallSchedule.forStation(0, 10, 20, 1_000, 2 * S);
        assertEquals(S / 2, s.intervalNanos());
        assertEquals(1_000, s.dueAt(0));
        assertEquals(1_000 + 3 * S / 2, s.dueAt(3));
        assertTrue(s.includes(3));
        assertFalse(s.includes(4), "due at 2 s + 1 us: after the end");
        assertFalse(s.includes(-1));
        assertEquals(4, s.total());
    }

    @Test
    void dueByCountsTheCallsWhoseTimeHasCome() {
        CallSchedule s = new CallSchedule(100, 10, 150);
        assertEquals(0, s.dueBy(99));
        assertEquals(1, s.dueBy(100));
        assertEquals(1, s.dueBy(109));
        assertEquals(2, s.dueBy(110));
        assertEquals(5, s.dueBy(149));
        assertEquals(5, s.dueBy(10_000), "nothing is due after the end");
        assertEquals(5, s.total());
    }

    @Test
    void phasesSpreadTheStationsOverOneInterval() {
        // 4 stations at 4 calls/s: each every second, offset by 250 ms from the previous one.
        List<Long> firsts = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            firsts.add(CallSchedule.forStation(i, 4, 4, 0, 10 * S).firstDueNanos());
        }
        assertEquals(List.of(0L, S / 4, S / 2, 3 * S / 4), firsts);
    }

    @Test
    void allStationsTogetherOfferTheTotalRateEvenly() {
        int stations = 1000;
        double rate = 5000;
        long duration = 2 * S;
        List<Long> due = new ArrayList<>();
        long total = 0;
        for (int i = 0; i < stations; i++) {
            CallSchedule s = CallSchedule.forStation(i, stations, rate, 0, duration);
            total += s.total();
            for (long k = 0; s.includes(k); k++) {
                due.add(s.dueAt(k));
            }
        }
        assertEquals(10_000, total, "5000/s for 2 s");
        Collections.sort(due);
        // Every 100 ms window holds its share (500) of the calls, to within one per station phase step.
        for (long window = 0; window < duration; window += S / 10) {
            long from = window;
            long to = window + S / 10;
            long inWindow = due.stream().filter(t -> t >= from && t < to).count();
            assertTrue(Math.abs(inWindow - 500) <= 1, "window at " + window + ": " + inWindow);
        }
    }

    @Test
    void refusals() {
        assertThrows(IllegalArgumentException.class, () -> new CallSchedule(0, 0, 10));
        assertThrows(IllegalArgumentException.class, () -> CallSchedule.forStation(5, 5, 1, 0, S));
        assertThrows(IllegalArgumentException.class, () -> CallSchedule.forStation(0, 5, 0, 0, S));
    }
}
