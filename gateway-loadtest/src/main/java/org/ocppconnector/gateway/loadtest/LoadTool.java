package org.ocppconnector.gateway.loadtest;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;

/**
 * {@code java -jar gateway-loadtest.jar SCENARIO [options]}: simulates OCPP stations against a
 * running gateway and reports latency percentiles, throughput and errors. See
 * {@link LoadOptions#USAGE} for the options and their defaults.
 *
 * <p>Exit codes: 0 the run had at most {@code --max-errors} errors, 1 it had more, 2 bad usage or
 * the run could not start.
 */
public final class LoadTool {

    private LoadTool() {}

    public static void main(String[] args) {
        int code = run(List.of(args), System.out, System.err);
        System.out.flush();
        System.exit(code);
    }

    /** Runs the command line; the summary and the JSON line go to {@code out}, progress to {@code err}. */
    static int run(List<String> args, PrintStream out, PrintStream err) {
        if (LoadOptions.wantsHelp(args)) {
            out.print(LoadOptions.USAGE);
            return args.isEmpty() ? 2 : 0;
        }
        LoadOptions options;
        try {
            options = LoadOptions.parse(args);
        } catch (IllegalArgumentException e) {
            err.println("gateway-loadtest: " + e.getMessage());
            return 2;
        }
        LoadReport report;
        try {
            report = LoadRun.execute(options, err);
        } catch (Exception e) {
            err.println("gateway-loadtest: the run failed: " + e);
            return 2;
        }
        out.print(report.summary());
        String json = report.toJson();
        out.println(json);
        if (options.jsonOut() != null) {
            try {
                Files.writeString(options.jsonOut(), json + "\n", StandardCharsets.UTF_8);
            } catch (java.io.IOException e) {
                err.println("gateway-loadtest: cannot write " + options.jsonOut() + ": " + e.getMessage());
                return 2;
            }
        }
        return report.ok() ? 0 : 1;
    }
}
