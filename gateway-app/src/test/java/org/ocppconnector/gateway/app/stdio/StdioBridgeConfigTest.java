package org.ocppconnector.gateway.app.stdio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StdioBridgeConfigTest {

    @Test
    void defaults() {
        StdioBridgeConfig config = StdioBridgeConfig.defaults();
        assertEquals(10_000, config.bufferCapacity());
        assertEquals(8000, config.highWaterEvents());
        assertEquals(5000, config.lowWaterEvents());
        assertEquals(1024 * 1024, config.maxLineBytes());
        assertEquals(Duration.ofSeconds(10), config.shutdownTimeout());
    }

    @ParameterizedTest
    @CsvSource({"1, 1, 0", "2, 2, 1", "3, 3, 1", "10, 8, 5"})
    void waterMarksStayApartForTinyBuffers(int capacity, int high, int low) {
        StdioBridgeConfig config = StdioBridgeConfig.withBufferCapacity(capacity);
        assertEquals(high, config.highWaterEvents());
        assertEquals(low, config.lowWaterEvents());
    }

    @Test
    void invalidValuesAreNamed() {
        Duration timeout = Duration.ofSeconds(1);
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> new StdioBridgeConfig(0, 0.8, 0.5, 4096, timeout)).getMessage().startsWith("bufferCapacity: 0"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> new StdioBridgeConfig(10, 0.5, 0.8, 4096, timeout)).getMessage().startsWith("lowWaterMark: 0.8"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> new StdioBridgeConfig(10, 0.8, 0.5, 10, timeout)).getMessage().startsWith("maxLineBytes: 10"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> new StdioBridgeConfig(10, 0.8, 0.5, 4096, Duration.ofSeconds(-1))).getMessage()
                .startsWith("shutdownTimeout"));
    }
}
