package org.ocppconnector.gateway.loadtest;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The result of a run: what the human summary and the JSON line say.
 *
 * @param scenario the scenario run
 * @param stations stations simulated
 * @param ocpp201Stations of which speaking 2.0.1
 * @param booted stations booted in the initial connect phase
 * @param connectSeconds time from the first connection attempt until every station was booted or given up
 * @param connect connect times of the initial phase (TCP connect to upgrade answered)
 * @param boot BootNotification round trips
 * @param calls the message mix, or null when none was sent
 * @param storm the storm's cycles, or null for other scenarios
 * @param commands the downlink commands, or null for other scenarios
 * @param errors error counts by kind
 * @param errorDetails error counts by {@code kind:detail}
 * @param maxErrors the threshold of {@code --max-errors}
 */
record LoadReport(
        Scenario scenario,
        int stations,
        int ocpp201Stations,
        long booted,
        double connectSeconds,
        Percentiles connect,
        Percentiles boot,
        @Nullable Calls calls,
        @Nullable Storm storm,
        @Nullable Commands commands,
        Map<ErrorKind, Long> errors,
        Map<String, Long> errorDetails,
        long maxErrors) {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    LoadReport {
        requireNonNull(scenario, "scenario");
        errors = Map.copyOf(errors);
        errorDetails = Map.copyOf(errorDetails);
    }

    /**
     * The message mix.
     *
     * @param offeredRate CALLs per second the schedule offered
     * @param sent CALLs sent (warm-up included)
     * @param answered measured CALLs answered (CALLRESULT or CALLERROR), late ones included
     * @param unsent CALLs due within the run that had not been sent a call timeout after its end
     * @param throughput measured CALLs answered within the measured window, per second of it
     * @param latency due to answered
     * @param service sent to answered
     */
    record Calls(double offeredRate, long sent, long answered, long unsent, double throughput, Percentiles latency,
            Percentiles service) {}

    /**
     * One drop-and-reconnect cycle.
     *
     * @param dropped stations dropped
     * @param rebooted of which booted again
     * @param recoverySeconds from the drop until the last of them booted again
     */
    record StormCycle(long dropped, long rebooted, double recoverySeconds) {}

    /** The storm: its cycles and the connect times of the reconnections. */
    record Storm(List<StormCycle> cycles, Percentiles connect) {
        Storm {
            cycles = List.copyOf(cycles);
        }
    }

    /**
     * Downlink commands.
     *
     * @param rate commands per second offered
     * @param put commands Kinesis accepted
     * @param received of which the CALL reached its station
     * @param latency due to CALL on the station's socket
     */
    record Commands(double rate, long put, long received, Percentiles latency) {}

    long totalErrors() {
        return errors.values().stream().mapToLong(Long::longValue).sum();
    }

    boolean ok() {
        return totalErrors() <= maxErrors;
    }

    /** One line of JSON, for scripts. */
    String toJson() {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("scenario", scenario.cliName());
        root.put("stations", stations);
        root.put("ocpp16", stations - ocpp201Stations);
        root.put("ocpp201", ocpp201Stations);
        root.put("booted", booted);
        root.put("connectSeconds", round(connectSeconds));
        connect.writeTo(root.putObject("connectMs"));
        boot.writeTo(root.putObject("bootMs"));
        if (calls != null) {
            ObjectNode c = root.putObject("calls");
            c.put("offeredRate", round(calls.offeredRate()));
            c.put("sent", calls.sent());
            c.put("answered", calls.answered());
            c.put("unsent", calls.unsent());
            c.put("throughput", round(calls.throughput()));
            calls.latency().writeTo(c.putObject("ms"));
            calls.service().writeTo(c.putObject("serviceMs"));
        }
        if (storm != null) {
            ObjectNode s = root.putObject("storm");
            ArrayNode cycles = s.putArray("cycles");
            for (StormCycle cycle : storm.cycles()) {
                ObjectNode node = cycles.addObject();
                node.put("dropped", cycle.dropped());
                node.put("rebooted", cycle.rebooted());
                node.put("recoverySeconds", round(cycle.recoverySeconds()));
            }
            storm.connect().writeTo(s.putObject("connectMs"));
        }
        if (commands != null) {
            ObjectNode c = root.putObject("commands");
            c.put("rate", round(commands.rate()));
            c.put("put", commands.put());
            c.put("received", commands.received());
            commands.latency().writeTo(c.putObject("ms"));
        }
        ObjectNode e = root.putObject("errors");
        e.put("total", totalErrors());
        for (ErrorKind kind : ErrorKind.values()) {
            e.put(kind.jsonName(), errors.getOrDefault(kind, 0L));
        }
        ObjectNode details = e.putObject("details");
        errorDetails.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(entry -> details.put(entry.getKey(), entry.getValue()));
        root.put("maxErrors", maxErrors);
        root.put("ok", ok());
        return root.toString();
    }

    /** The human-readable summary, several lines. */
    String summary() {
        StringBuilder out = new StringBuilder();
        line(out, "scenario      %s: %d stations (%d OCPP 1.6, %d OCPP 2.0.1)", scenario.cliName(), stations,
                stations - ocpp201Stations, ocpp201Stations);
        line(out, "booted        %d of %d in %.2f s", booted, stations, connectSeconds);
        line(out, "connect       %s", connect.describe());
        line(out, "boot          %s", boot.describe());
        if (calls != null) {
            line(out, "calls         offered %.1f/s, sent %d, answered %d (measured), unsent %d, throughput %.1f/s",
                    calls.offeredRate(), calls.sent(), calls.answered(), calls.unsent(), calls.throughput());
            line(out, "call latency  %s  (from when due)", calls.latency().describe());
            line(out, "call service  %s  (from when sent)", calls.service().describe());
        }
        if (storm != null) {
            int n = 0;
            for (StormCycle cycle : storm.cycles()) {
                line(out, "storm %-7d %d dropped, %d booted again, all within %.2f s of the drop", ++n,
                        cycle.dropped(), cycle.rebooted(), cycle.recoverySeconds());
            }
            line(out, "reconnect     %s", storm.connect().describe());
        }
        if (commands != null) {
            line(out, "commands      offered %.1f/s, put %d, received %d", commands.rate(), commands.put(),
                    commands.received());
            line(out, "command lat.  %s  (due to CALL at the station)", commands.latency().describe());
        }
        line(out, "errors        %d (max %d)%s", totalErrors(), maxErrors, totalErrors() == 0 ? "" : ":");
        errorDetails.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(entry -> line(out, "  %-40s %d", entry.getKey(), entry.getValue()));
        return out.toString();
    }

    private static void line(StringBuilder out, String format, Object... args) {
        out.append(String.format(Locale.ROOT, format, args)).append('\n');
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
