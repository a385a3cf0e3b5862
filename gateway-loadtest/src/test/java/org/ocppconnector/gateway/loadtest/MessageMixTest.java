package org.ocppconnector.gateway.loadtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class MessageMixTest {

    @Test
    void drawsInProportionToTheWeights() {
        MessageMix mix = MessageMix.parse("Heartbeat=1, MeterValues=3, Authorize=0");
        Map<StationAction, Integer> counts = new EnumMap<>(StationAction.class);
        SplittableRandom random = new SplittableRandom(42);
        for (int i = 0; i < 40_000; i++) {
            counts.merge(mix.pick(random), 1, Integer::sum);
        }
        assertFalse(counts.containsKey(StationAction.AUTHORIZE), "weight 0 is never drawn");
        assertEquals(2, counts.size());
        assertTrue(Math.abs(counts.get(StationAction.HEARTBEAT) - 10_000) < 600, counts.toString());
        assertTrue(Math.abs(counts.get(StationAction.METER_VALUES) - 30_000) < 600, counts.toString());
    }

    @Test
    void printsAsItIsWritten() {
        assertEquals("Heartbeat=2,StatusNotification=2,MeterValues=4,TransactionEvent=2", MessageMix.DEFAULT.toString());
    }

    @Test
    void versionsInterleaveByFraction() {
        int v201 = 0;
        for (int i = 0; i < 1000; i++) {
            if (OcppVersion.ofStation(i, 0.3) == OcppVersion.V201) {
                v201++;
            }
            // Any prefix has the fraction to within one station.
            assertTrue(Math.abs(v201 - (i + 1) * 0.3) <= 1, "after " + (i + 1) + ": " + v201);
        }
        assertEquals(300, v201);
        assertEquals(OcppVersion.V16, OcppVersion.ofStation(7, 0));
        assertEquals(OcppVersion.V201, OcppVersion.ofStation(7, 1));
        assertEquals("StopTransaction", StationAction.TRANSACTION_EVENT.action(OcppVersion.V16));
        assertEquals("TransactionEvent", StationAction.TRANSACTION_EVENT.action(OcppVersion.V201));
    }
}
