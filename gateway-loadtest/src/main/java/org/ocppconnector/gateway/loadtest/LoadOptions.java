package org.ocppconnector.gateway.loadtest;

import static java.util.Objects.requireNonNull;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A run's settings, validated once. {@link #parse(List)} reads them from the command line; every
 * option and its default is in {@link #USAGE}.
 *
 * @param scenario what the run does once the stations are booted
 * @param url the gateway's station endpoint without the station id, {@code ws://} or {@code wss://}
 * @param stations how many stations to simulate
 * @param ocpp201Fraction share of the stations speaking OCPP 2.0.1 (the others 1.6), 0..1
 * @param idPrefix station ids are this prefix plus a six-digit number
 * @param idOffset the number of the first station, so several tool processes can share a gateway
 * @param rate total CALLs per second of the message mix over all stations; 0 sends none
 * @param mix the message mix
 * @param duration how long the scenario runs once the stations are booted
 * @param warmup the first part of the duration, whose calls are sent but not measured
 * @param connectRate new connections per second; 0 opens them all at once
 * @param connectTimeout TCP connect to WebSocket upgrade answered, per attempt
 * @param callTimeout how long a CALL or a downlink command may go unanswered
 * @param retries how often a failed connection attempt is retried (each failure counts as an error)
 * @param retryDelay wait before a retry, with up to the same again of random jitter
 * @param password Basic auth password (user = station id, security profiles 1 and 2); null: none
 * @param tlsTrustAll with {@code wss://}: accept any server certificate (benchmarks on loopback only)
 * @param tlsCa with {@code wss://}: trust this PEM CA bundle instead of the JDK's
 * @param localAddresses source addresses the connections are spread over (loopback has ~28k
 *     ephemeral ports per address); empty: the system chooses
 * @param threads Netty event loop threads
 * @param hold storm: how long the stations stay connected before each drop
 * @param stormCycles storm: how many drop-and-reconnect cycles
 * @param stormAbrupt storm: drop with a TCP reset instead of a WebSocket close
 * @param stormConnectRate storm: reconnections per second; 0 all at once
 * @param kinesisEndpoint downlink: Kinesis endpoint override (e.g. the emulator); null: AWS default
 * @param kinesisRegion downlink: region; null: the AWS SDK's default chain
 * @param downlinkStream downlink: the stream the gateway reads commands from
 * @param commandRate downlink: commands per second over all stations
 * @param maxErrors exit code 1 when more errors than this were counted
 * @param readyFile created once every station is booted (for scripts that measure then)
 * @param jsonOut also write the JSON result line to this file
 * @param progressInterval how often a progress line goes to stderr; zero: never
 */
record LoadOptions(
        Scenario scenario,
        URI url,
        int stations,
        double ocpp201Fraction,
        String idPrefix,
        int idOffset,
        double rate,
        MessageMix mix,
        Duration duration,
        Duration warmup,
        double connectRate,
        Duration connectTimeout,
        Duration callTimeout,
        int retries,
        Duration retryDelay,
        @Nullable String password,
        boolean tlsTrustAll,
        @Nullable Path tlsCa,
        List<InetAddress> localAddresses,
        int threads,
        Duration hold,
        int stormCycles,
        boolean stormAbrupt,
        double stormConnectRate,
        @Nullable URI kinesisEndpoint,
        @Nullable String kinesisRegion,
        String downlinkStream,
        double commandRate,
        long maxErrors,
        @Nullable Path readyFile,
        @Nullable Path jsonOut,
        Duration progressInterval) {

    static final String USAGE = """
            usage: java -jar gateway-loadtest.jar SCENARIO [options]

            Simulates OCPP 1.6 and 2.0.1 stations against a running gateway and reports connect
            time, CALL round-trip percentiles (from when each CALL was due: open-loop), throughput
            and errors: a summary, then one JSON line. Exit code 1 if errors > --max-errors, 2 on
            bad usage.

            Scenarios:
              connect    open and boot the stations, hold them idle for --duration
              calls      send the message mix at --rate CALLs/s for --duration
              storm      drop every connection at once, reconnect all at once, --storm-cycles times
              downlink   put commands (DataTransfer) on the downlink Kinesis stream at --command-rate
                         and time them until the CALL reaches the station

            Stations:
              --url URL                 station endpoint without the id (ws://127.0.0.1:8080/ocpp)
              --stations N              stations to simulate (100)
              --ocpp201-fraction F      share speaking 2.0.1, the rest 1.6 (0.5)
              --id-prefix P             station id = P + six digits (LT-)
              --id-offset N             number of the first station (0)
              --password PW             Basic auth, user = station id (profiles 1 and 2; none)
              --tls-trust-all           wss://: accept any server certificate (loopback benchmarks)
              --tls-ca FILE             wss://: trust this PEM CA bundle (default: the JDK's)
              --local-addresses A,B     spread connections over these source addresses, e.g.
                                        127.0.0.1,127.0.0.2 (~28k ephemeral ports each on loopback)
              --connect-rate R          new connections per second, 0 = all at once (1000)
              --connect-timeout T       TCP connect to upgrade answered (30s)
              --retries N               retries of a failed connection attempt (0)
              --retry-delay T           wait before a retry, plus up to as much jitter (1s)
              --threads N               event loop threads (cores, at most 4)

            Calls:
              --rate R                  total CALLs/s over all stations (calls: 1 per station per
                                        second; other scenarios: 0)
              --station-rate R          CALLs/s per station (instead of --rate)
              --mix SPEC                weights, e.g. Heartbeat=2,StatusNotification=2,MeterValues=4,
                                        TransactionEvent=2 (the default); also Authorize (a backend
                                        action: needs a backend reply or a local policy).
                                        TransactionEvent is StopTransaction on 1.6 stations
              --duration T              how long the scenario runs after all are booted (30s)
              --warmup T                first part of the duration not measured (0s)
              --call-timeout T          unanswered CALL or command counts as a timeout (30s)

            Storm:
              --hold T                  connected time before each drop (5s)
              --storm-cycles N          drop-and-reconnect cycles (1)
              --storm-close abrupt|clean   TCP reset, or WebSocket close 1001 (abrupt)
              --storm-connect-rate R    reconnections per second, 0 = all at once (0)

            Downlink:
              --kinesis-endpoint URL    endpoint override, e.g. http://127.0.0.1:4567 (AWS default)
              --kinesis-region R        region (AWS SDK default chain; us-east-1 with an endpoint)
              --downlink-stream NAME    the gateway's KINESIS_DOWNLINK_STREAM (ocpp-downlink)
              --command-rate R          commands per second over all stations (10)
              Credentials come from the AWS SDK default chain (AWS_ACCESS_KEY_ID, ...).

            Output:
              --max-errors N            exit 1 above this many errors (0)
              --ready-file FILE         created once every station is booted
              --json-out FILE           also write the JSON line here
              --progress T              progress line on stderr every T, 0 = never (5s)
              --help                    this text

            Times: a number of seconds, or with a unit: 500ms, 30s, 2m.
            """;

    LoadOptions {
        requireNonNull(scenario, "scenario");
        requireNonNull(url, "url");
        requireNonNull(idPrefix, "idPrefix");
        // Ids go into the URL path unencoded and into credentials files: keep them plain.
        check(idPrefix.matches("[A-Za-z0-9._-]{0,40}"), "--id-prefix", idPrefix, "0..40 of A-Z a-z 0-9 . _ -");
        requireNonNull(mix, "mix");
        requireNonNull(downlinkStream, "downlinkStream");
        localAddresses = List.copyOf(localAddresses);
        String scheme = String.valueOf(url.getScheme()).toLowerCase(Locale.ROOT);
        check(scheme.equals("ws") || scheme.equals("wss"), "--url", url, "ws://... or wss://...");
        check(url.getHost() != null, "--url", url, "a host");
        check(stations >= 1 && stations <= 1_000_000, "--stations", stations, "1..1000000");
        check(ocpp201Fraction >= 0 && ocpp201Fraction <= 1, "--ocpp201-fraction", ocpp201Fraction, "0..1");
        check(idOffset >= 0 && (long) idOffset + stations <= 1_000_000, "--id-offset", idOffset,
                ">= 0, with --stations at most 1000000 in all");
        check(rate >= 0 && Double.isFinite(rate), "--rate", rate, ">= 0");
        check(rate > 0 || scenario != Scenario.CALLS, "--rate", 0, "> 0 for the calls scenario");
        checkPositive(duration, "--duration");
        check(!warmup.isNegative() && warmup.compareTo(duration) < 0, "--warmup", warmup, ">= 0 and < --duration");
        check(connectRate >= 0 && Double.isFinite(connectRate), "--connect-rate", connectRate, ">= 0");
        checkPositive(connectTimeout, "--connect-timeout");
        checkPositive(callTimeout, "--call-timeout");
        check(retries >= 0, "--retries", retries, ">= 0");
        check(!retryDelay.isNegative(), "--retry-delay", retryDelay, ">= 0");
        check(password == null || !password.isEmpty(), "--password", "''", "not empty");
        check(!(tlsTrustAll && tlsCa != null), "--tls-trust-all", "with --tls-ca", "one of the two");
        check(scheme.equals("wss") || !tlsTrustAll && tlsCa == null, "--tls-trust-all/--tls-ca", "with " + url,
                "a wss:// URL");
        check(tlsCa == null || Files.isReadable(tlsCa), "--tls-ca", tlsCa, "a readable PEM file");
        check(threads >= 1 && threads <= 256, "--threads", threads, "1..256");
        check(!hold.isNegative(), "--hold", hold, ">= 0");
        check(stormCycles >= 1, "--storm-cycles", stormCycles, ">= 1");
        check(stormConnectRate >= 0 && Double.isFinite(stormConnectRate), "--storm-connect-rate",
                stormConnectRate, ">= 0");
        check(!downlinkStream.isBlank(), "--downlink-stream", "''", "a stream name");
        check(commandRate > 0 && Double.isFinite(commandRate), "--command-rate", commandRate, "> 0");
        check(maxErrors >= 0, "--max-errors", maxErrors, ">= 0");
        check(!progressInterval.isNegative(), "--progress", progressInterval, ">= 0");
    }

    private static void check(boolean ok, String option, @Nullable Object value, String expected) {
        if (!ok) {
            throw new IllegalArgumentException(option + ": " + value + " (expected: " + expected + ")");
        }
    }

    private static void checkPositive(Duration value, String option) {
        check(!value.isNegative() && !value.isZero(), option, value, "> 0");
    }

    /** The id of station {@code index} (0-based within this run). */
    String stationId(int index) {
        return idPrefix + String.format(Locale.ROOT, "%06d", idOffset + index);
    }

    /** Parses the command line; throws {@link IllegalArgumentException} with the offending option. */
    static LoadOptions parse(List<String> args) {
        Parser parser = new Parser(args);
        return parser.parse();
    }

    /** Whether the command line asks for the usage text. */
    static boolean wantsHelp(List<String> args) {
        return args.isEmpty() || args.contains("--help") || args.contains("-h") || args.contains("help");
    }

    /** Parses {@code 30}, {@code 2.5}, {@code 500ms}, {@code 30s}, {@code 2m} (a bare number is seconds). */
    static Duration parseDuration(String option, String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        double factorNanos;
        String number;
        if (t.endsWith("ms")) {
            factorNanos = 1e6;
            number = t.substring(0, t.length() - 2);
        } else if (t.endsWith("s")) {
            factorNanos = 1e9;
            number = t.substring(0, t.length() - 1);
        } else if (t.endsWith("m")) {
            factorNanos = 60e9;
            number = t.substring(0, t.length() - 1);
        } else {
            factorNanos = 1e9;
            number = t;
        }
        try {
            double value = Double.parseDouble(number);
            if (!Double.isFinite(value) || value < 0 || value * factorNanos > Long.MAX_VALUE / 2.0) {
                throw new NumberFormatException();
            }
            return Duration.ofNanos(Math.round(value * factorNanos));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + ": " + text + " (expected: a time such as 30, 500ms, 30s, 2m)");
        }
    }

    private static final class Parser {
        private final List<String> args;
        private int position;

        Parser(List<String> args) {
            this.args = List.copyOf(args);
        }

        LoadOptions parse() {
            if (args.isEmpty() || args.get(0).startsWith("-")) {
                throw new IllegalArgumentException("the first argument is the scenario (connect, calls, storm or downlink)");
            }
            Scenario scenario = Scenario.parse(args.get(0));
            URI url = URI.create("ws://127.0.0.1:8080/ocpp");
            int stations = 100;
            double fraction = 0.5;
            String idPrefix = "LT-";
            int idOffset = 0;
            Double rate = null;
            Double stationRate = null;
            MessageMix mix = MessageMix.DEFAULT;
            Duration duration = Duration.ofSeconds(30);
            Duration warmup = Duration.ZERO;
            double connectRate = 1000;
            Duration connectTimeout = Duration.ofSeconds(30);
            Duration callTimeout = Duration.ofSeconds(30);
            int retries = 0;
            Duration retryDelay = Duration.ofSeconds(1);
            String password = null;
            boolean tlsTrustAll = false;
            Path tlsCa = null;
            List<InetAddress> localAddresses = List.of();
            int threads = Math.min(4, Runtime.getRuntime().availableProcessors());
            Duration hold = Duration.ofSeconds(5);
            int stormCycles = 1;
            boolean stormAbrupt = true;
            double stormConnectRate = 0;
            URI kinesisEndpoint = null;
            String kinesisRegion = null;
            String downlinkStream = "ocpp-downlink";
            double commandRate = 10;
            long maxErrors = 0;
            Path readyFile = null;
            Path jsonOut = null;
            Duration progress = Duration.ofSeconds(5);

            position = 1;
            while (position < args.size()) {
                String arg = args.get(position++);
                String name = arg;
                String inline = null;
                int eq = arg.indexOf('=');
                if (arg.startsWith("--") && eq > 0) {
                    name = arg.substring(0, eq);
                    inline = arg.substring(eq + 1);
                }
                switch (name) {
                    case "--url" -> url = parseUri(name, value(name, inline));
                    case "--stations" -> stations = parseInt(name, value(name, inline));
                    case "--ocpp201-fraction" -> fraction = parseDouble(name, value(name, inline));
                    case "--id-prefix" -> idPrefix = value(name, inline);
                    case "--id-offset" -> idOffset = parseInt(name, value(name, inline));
                    case "--rate" -> rate = parseDouble(name, value(name, inline));
                    case "--station-rate" -> stationRate = parseDouble(name, value(name, inline));
                    case "--mix" -> mix = MessageMix.parse(value(name, inline));
                    case "--duration" -> duration = parseDuration(name, value(name, inline));
                    case "--warmup" -> warmup = parseDuration(name, value(name, inline));
                    case "--connect-rate" -> connectRate = parseDouble(name, value(name, inline));
                    case "--connect-timeout" -> connectTimeout = parseDuration(name, value(name, inline));
                    case "--call-timeout" -> callTimeout = parseDuration(name, value(name, inline));
                    case "--retries" -> retries = parseInt(name, value(name, inline));
                    case "--retry-delay" -> retryDelay = parseDuration(name, value(name, inline));
                    case "--password" -> password = value(name, inline);
                    case "--tls-trust-all" -> tlsTrustAll = flag(name, inline);
                    case "--tls-ca" -> tlsCa = Path.of(value(name, inline));
                    case "--local-addresses" -> localAddresses = parseAddresses(name, value(name, inline));
                    case "--threads" -> threads = parseInt(name, value(name, inline));
                    case "--hold" -> hold = parseDuration(name, value(name, inline));
                    case "--storm-cycles" -> stormCycles = parseInt(name, value(name, inline));
                    case "--storm-close" -> {
                        String close = value(name, inline);
                        if (!close.equals("abrupt") && !close.equals("clean")) {
                            throw new IllegalArgumentException(name + ": " + close + " (expected: abrupt or clean)");
                        }
                        stormAbrupt = close.equals("abrupt");
                    }
                    case "--storm-connect-rate" -> stormConnectRate = parseDouble(name, value(name, inline));
                    case "--kinesis-endpoint" -> kinesisEndpoint = parseUri(name, value(name, inline));
                    case "--kinesis-region" -> kinesisRegion = value(name, inline);
                    case "--downlink-stream" -> downlinkStream = value(name, inline);
                    case "--command-rate" -> commandRate = parseDouble(name, value(name, inline));
                    case "--max-errors" -> maxErrors = parseLong(name, value(name, inline));
                    case "--ready-file" -> readyFile = Path.of(value(name, inline));
                    case "--json-out" -> jsonOut = Path.of(value(name, inline));
                    case "--progress" -> progress = parseDuration(name, value(name, inline));
                    default -> throw new IllegalArgumentException("unknown option: " + arg + " (see --help)");
                }
            }
            if (rate != null && stationRate != null) {
                throw new IllegalArgumentException("--rate and --station-rate: give one of the two");
            }
            double totalRate;
            if (stationRate != null) {
                if (!(stationRate >= 0)) {
                    throw new IllegalArgumentException("--station-rate: " + stationRate + " (expected: >= 0)");
                }
                totalRate = stationRate * stations;
            } else if (rate != null) {
                totalRate = rate;
            } else {
                totalRate = scenario == Scenario.CALLS ? stations : 0;
            }
            return new LoadOptions(scenario, url, stations, fraction, idPrefix, idOffset, totalRate, mix, duration,
                    warmup, connectRate, connectTimeout, callTimeout, retries, retryDelay, password, tlsTrustAll, tlsCa,
                    localAddresses, threads, hold, stormCycles, stormAbrupt, stormConnectRate, kinesisEndpoint,
                    kinesisRegion, downlinkStream, commandRate, maxErrors, readyFile, jsonOut, progress);
        }

        private String value(String name, @Nullable String inline) {
            if (inline != null) {
                return inline;
            }
            if (position >= args.size()) {
                throw new IllegalArgumentException(name + ": missing value");
            }
            return args.get(position++);
        }

        private static boolean flag(String name, @Nullable String inline) {
            if (inline == null || inline.equals("true")) {
                return true;
            }
            if (inline.equals("false")) {
                return false;
            }
            throw new IllegalArgumentException(name + ": " + inline + " (expected: no value, true or false)");
        }

        private static int parseInt(String name, String text) {
            try {
                return Integer.parseInt(text.strip());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(name + ": " + text + " (expected: an integer)");
            }
        }

        private static long parseLong(String name, String text) {
            try {
                return Long.parseLong(text.strip());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(name + ": " + text + " (expected: an integer)");
            }
        }

        private static double parseDouble(String name, String text) {
            try {
                double value = Double.parseDouble(text.strip());
                if (!Double.isFinite(value)) {
                    throw new NumberFormatException();
                }
                return value;
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(name + ": " + text + " (expected: a number)");
            }
        }

        private static URI parseUri(String name, String text) {
            try {
                URI uri = new URI(text.strip());
                // The station id is appended after one slash.
                String s = uri.toString();
                return s.endsWith("/") ? new URI(s.substring(0, s.length() - 1)) : uri;
            } catch (java.net.URISyntaxException e) {
                throw new IllegalArgumentException(name + ": " + text + " (expected: a URL)");
            }
        }

        private static List<InetAddress> parseAddresses(String name, String text) {
            List<InetAddress> addresses = new ArrayList<>();
            for (String part : text.split(",")) {
                String address = part.strip();
                if (address.isEmpty()) {
                    continue;
                }
                // Literal IP addresses only: no name lookups.
                if (!address.matches("[0-9.]+|[0-9a-fA-F:]+")) {
                    throw new IllegalArgumentException(name + ": " + address + " (expected: an IP address)");
                }
                try {
                    addresses.add(InetAddress.getByName(address));
                } catch (UnknownHostException e) {
                    throw new IllegalArgumentException(name + ": " + address + " (expected: an IP address)");
                }
            }
            if (addresses.isEmpty()) {
                throw new IllegalArgumentException(name + ": " + text + " (expected: one or more IP addresses)");
            }
            return addresses;
        }
    }
}
