package org.ocppconnector.gateway.loadtest;

import io.netty.channel.EventLoop;
import io.netty.util.concurrent.ScheduledFuture;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.HdrHistogram.Histogram;
import org.jspecify.annotations.Nullable;

/**
 * One run of a scenario: connect and boot every station, do the scenario, close everything,
 * report. Runs on the caller's thread, which only paces and waits; the stations live on the
 * event loops.
 */
final class LoadRun {

    private static final long SWEEP_MILLIS = 100;

    private final LoadOptions options;
    private final PrintStream progressOut;
    private final Stats stats = new Stats();
    private final long startNanos = System.nanoTime();

    private LoadRun(LoadOptions options, PrintStream progressOut) {
        this.options = options;
        this.progressOut = progressOut;
    }

    /** Runs {@code options}' scenario; progress lines go to {@code progressOut}. */
    static LoadReport execute(LoadOptions options, PrintStream progressOut) throws Exception {
        return new LoadRun(options, progressOut).run();
    }

    private LoadReport run() throws Exception {
        warnIfTooFewFileDescriptors();
        DownlinkCommander commander = options.scenario() == Scenario.DOWNLINK ? new DownlinkCommander(options, stats)
                : null;
        SimulatedStation.CommandListener listener = commander != null ? commander : (id, payload, at) -> { };
        ScheduledExecutorService progress = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "progress");
            t.setDaemon(true);
            return t;
        });
        List<ScheduledFuture<?>> sweepers = new ArrayList<>();
        try (StationClient client = new StationClient(options)) {
            List<SimulatedStation> stations = new ArrayList<>(options.stations());
            Map<EventLoop, List<SimulatedStation>> byLoop = new LinkedHashMap<>();
            for (int i = 0; i < options.stations(); i++) {
                SimulatedStation station = new SimulatedStation(i, client, stats, listener);
                stations.add(station);
                byLoop.computeIfAbsent(station.loop(), k -> new ArrayList<>()).add(station);
            }
            long timeoutNanos = options.callTimeout().toNanos();
            // One sweep per loop times out unanswered calls: no timer per CALL.
            byLoop.forEach((loop, onLoop) -> sweepers.add(loop.scheduleAtFixedRate(() -> {
                long now = System.nanoTime();
                for (SimulatedStation s : onLoop) {
                    s.checkTimeout(now, timeoutNanos);
                }
            }, SWEEP_MILLIS, SWEEP_MILLIS, TimeUnit.MILLISECONDS)));
            if (!options.progressInterval().isZero()) {
                long every = options.progressInterval().toMillis();
                progress.scheduleAtFixedRate(this::printProgress, every, every, TimeUnit.MILLISECONDS);
            }

            // 1. Connect and boot.
            long connectStart = System.nanoTime();
            List<CompletableFuture<Boolean>> boots = connectAll(stations, options.connectRate(), null);
            awaitAll(boots, connectPhaseLimit(options.connectRate()));
            double connectSeconds = (System.nanoTime() - connectStart) / 1e9;
            List<SimulatedStation> booted = new ArrayList<>();
            for (int i = 0; i < stations.size(); i++) {
                if (boots.get(i).getNow(false)) {
                    booted.add(stations.get(i));
                }
            }
            Histogram initialConnect = stats.connect.copy();
            progressOut.printf(Locale.ROOT, "all connected: %d of %d booted in %.2f s%n", booted.size(),
                    stations.size(), connectSeconds);
            if (options.readyFile() != null) {
                Files.writeString(options.readyFile(), booted.size() + " of " + stations.size() + " booted\n",
                        StandardCharsets.UTF_8);
            }

            // 2. The scenario.
            LoadReport.Calls calls = null;
            LoadReport.Storm storm = null;
            LoadReport.Commands commands = null;
            switch (options.scenario()) {
                case CONNECT, CALLS, DOWNLINK -> {
                    long start = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(100);
                    long duration = options.duration().toNanos();
                    long measureFrom = start + options.warmup().toNanos();
                    if (options.rate() > 0) {
                        for (SimulatedStation station : booted) {
                            station.startCalls(CallSchedule.forStation(station.index(), stations.size(), options.rate(),
                                    start, duration), measureFrom);
                        }
                    }
                    if (commander != null) {
                        commander.run(booted, start, duration, measureFrom);
                    }
                    sleepUntil(start + duration);
                    if (options.rate() > 0) {
                        awaitCallsAnswered(booted);
                        for (SimulatedStation station : booted) {
                            station.finishCalls().get(10, TimeUnit.SECONDS);
                        }
                        double measured = (duration - options.warmup().toNanos()) / 1e9;
                        calls = new LoadReport.Calls(options.rate(), stats.callsSent.sum(), stats.callsAnswered.sum(),
                                stats.callsUnsent.sum(), stats.callsAnsweredInWindow.sum() / measured,
                                Percentiles.of(stats.call), Percentiles.of(stats.callService));
                    }
                    if (commander != null) {
                        commander.awaitOutstanding(options.callTimeout());
                        commands = new LoadReport.Commands(options.commandRate(), stats.commandsPut.sum(),
                                stats.commandsReceived.sum(), Percentiles.of(stats.command));
                    }
                }
                case STORM -> storm = storm(client, booted);
            }

            // 3. Close every station and report.
            List<CompletableFuture<Void>> closes = new ArrayList<>();
            for (SimulatedStation station : stations) {
                closes.add(station.shutdown());
            }
            awaitAll(closes, Duration.ofSeconds(15));
            sweepers.forEach(s -> s.cancel(false));
            progress.shutdownNow();

            Map<ErrorKind, Long> errors = new EnumMap<>(ErrorKind.class);
            for (ErrorKind kind : ErrorKind.values()) {
                errors.put(kind, stats.errors(kind));
            }
            int ocpp201 = (int) stations.stream().filter(s -> s.version() == OcppVersion.V201).count();
            return new LoadReport(options.scenario(), stations.size(), ocpp201, booted.size(), connectSeconds,
                    Percentiles.of(initialConnect), Percentiles.of(stats.boot), calls, storm, commands, errors,
                    stats.errorDetails(), options.maxErrors());
        } finally {
            progress.shutdownNow();
            if (commander != null) {
                commander.close();
            }
        }
    }

    /** Drop every booted station at once, reconnect them (all at once by default), as many cycles as asked. */
    private LoadReport.Storm storm(StationClient client, List<SimulatedStation> initiallyBooted) throws Exception {
        List<LoadReport.StormCycle> cycles = new ArrayList<>();
        List<SimulatedStation> current = initiallyBooted;
        // Reconnections only: the initial phase's connect times are reported apart.
        stats.connect.reset();
        for (int cycle = 1; cycle <= options.stormCycles(); cycle++) {
            sleepUntil(System.nanoTime() + options.hold().toNanos());
            long dropStart = System.nanoTime();
            List<CompletableFuture<Void>> drops = new ArrayList<>();
            for (SimulatedStation station : current) {
                drops.add(station.drop(options.stormAbrupt()));
            }
            awaitAll(drops, Duration.ofSeconds(30));
            // The dropped sockets' file descriptors are free only after a selector pass.
            client.settle();
            AtomicLong lastBoot = new AtomicLong(dropStart);
            List<CompletableFuture<Boolean>> boots = connectAll(current, options.stormConnectRate(), lastBoot);
            awaitAll(boots, connectPhaseLimit(options.stormConnectRate()));
            List<SimulatedStation> rebooted = new ArrayList<>();
            for (int i = 0; i < current.size(); i++) {
                if (boots.get(i).getNow(false)) {
                    rebooted.add(current.get(i));
                }
            }
            double recovery = (lastBoot.get() - dropStart) / 1e9;
            progressOut.printf(Locale.ROOT, "storm %d: %d dropped, %d booted again within %.2f s%n", cycle,
                    current.size(), rebooted.size(), recovery);
            cycles.add(new LoadReport.StormCycle(current.size(), rebooted.size(), recovery));
            current = rebooted;
        }
        return new LoadReport.Storm(cycles, Percentiles.of(stats.connect));
    }

    /**
     * Starts every station's connection, {@code rate} per second (0: all at once); returns one
     * future per station, in order. {@code lastBoot}, if given, receives the latest boot time.
     */
    private static List<CompletableFuture<Boolean>> connectAll(List<SimulatedStation> stations, double rate,
            @Nullable AtomicLong lastBoot) {
        List<CompletableFuture<Boolean>> futures = new ArrayList<>(stations.size());
        long start = System.nanoTime();
        for (int i = 0; i < stations.size(); i++) {
            if (rate > 0) {
                sleepUntil(start + (long) (i * 1e9 / rate));
            }
            CompletableFuture<Boolean> future = stations.get(i).connect();
            if (lastBoot != null) {
                future.thenAccept(ok -> {
                    if (ok) {
                        lastBoot.accumulateAndGet(System.nanoTime(), Math::max);
                    }
                });
            }
            futures.add(future);
        }
        return futures;
    }

    /** How long a connect phase may take before the stations still pending are left as they are. */
    private Duration connectPhaseLimit(double rate) {
        Duration pacing = rate > 0 ? Duration.ofNanos((long) (options.stations() * 1e9 / rate)) : Duration.ZERO;
        Duration perStation = options.connectTimeout().plus(options.callTimeout())
                .multipliedBy(options.retries() + 1L)
                .plus(options.retryDelay().multipliedBy(2L * options.retries()));
        return pacing.plus(perStation).plusSeconds(10);
    }

    /**
     * After the duration, stations behind schedule still send the calls that were due within it;
     * waits until none is in flight, at most the call timeout (what is left is unsent or times out).
     */
    private void awaitCallsAnswered(List<SimulatedStation> booted) throws Exception {
        long deadline = System.nanoTime() + options.callTimeout().toNanos() + TimeUnit.MILLISECONDS.toNanos(500);
        while (System.nanoTime() < deadline) {
            boolean any = false;
            for (SimulatedStation station : booted) {
                if (station.callInFlight().get(10, TimeUnit.SECONDS)) {
                    any = true;
                    break;
                }
            }
            if (!any) {
                return;
            }
            TimeUnit.MILLISECONDS.sleep(50);
        }
    }

    private static <T> void awaitAll(List<CompletableFuture<T>> futures, Duration limit) throws Exception {
        try {
            CompletableFuture.allOf(futures.toArray(CompletableFuture[]::new))
                    .get(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            // Reported through the counts: stations still pending are not booted.
        }
    }

    private static void sleepUntil(long deadlineNanos) {
        long wait;
        while ((wait = deadlineNanos - System.nanoTime()) > 0) {
            LockSupport.parkNanos(wait);
            if (Thread.interrupted()) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** Every station holds one socket; a process over its open-files limit fails connects with EMFILE. */
    private void warnIfTooFewFileDescriptors() {
        if (java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                instanceof com.sun.management.UnixOperatingSystemMXBean unix) {
            long max = unix.getMaxFileDescriptorCount();
            long needed = options.stations() + unix.getOpenFileDescriptorCount() + 64;
            if (needed > max) {
                progressOut.printf(Locale.ROOT, "warning: %d stations need about %d open files, the limit is %d "
                        + "(ulimit -n); raise it or split the stations over processes with --id-offset%n",
                        options.stations(), needed, max);
            }
        }
    }

    private void printProgress() {
        progressOut.printf(Locale.ROOT, "[%7.1fs] connected %d, booted %d, calls %d sent / %d answered, "
                        + "commands %d put / %d received, errors %d%n",
                (System.nanoTime() - startNanos) / 1e9, stats.connected.sum(), stats.booted.sum(),
                stats.callsSent.sum(), stats.callResults.sum() + stats.errors(ErrorKind.CALL_ERRORS),
                stats.commandsPut.sum(), stats.commandsReceived.sum(), stats.totalErrors());
    }
}
