package org.ocppconnector.gateway.deploy;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Everything {@link GatewayStack} can vary, validated at construction. Each field is also a CDK context
 * key of the same name (see {@link GatewayApp} and deploy/README.md). Defaults, as set by {@link #builder()}:
 * no image (one must be chosen), a new VPC with one NAT gateway, tasks in private subnets, x86_64 tasks
 * of 1 vCPU / 2 GiB, TCP listeners on 80 and 443, no TLS listener, 2 to 10 tasks, on-demand streams,
 * enhanced fan-out downlink, 60 s stop timeout with a 45 s drain window, 10 s deregistration delay,
 * 350 s NLB idle timeout, 60 s WebSocket pings, 30-day log retention, data retained on stack deletion.
 *
 * @param vpcId an existing VPC to deploy into, or {@code null} to create one (2 AZs, public and private subnets)
 * @param natGateways NAT gateways of a new VPC (ignored with {@code vpcId}); 0 requires {@code publicTasks}
 * @param publicTasks run tasks in public subnets with a public IP (no NAT needed; inbound still only from the NLB)
 * @param kinesisVpcEndpoint add a Kinesis interface VPC endpoint so stream traffic stays off NAT and the internet
 * @param image where the container image comes from
 * @param architecture CPU architecture of the tasks (ARM64 runs on Graviton)
 * @param cpu task CPU units (1024 = 1 vCPU); with {@code memoryMiB} one of Fargate's combinations
 * @param memoryMiB task memory in MiB
 * @param nofileLimit soft and hard {@code nofile} ulimit: one descriptor per station connection
 * @param tcpPorts NLB TCP listener ports, passed through to the station port (profiles 1 and 3)
 * @param certificateArn ACM certificate for a TLS listener terminating at the NLB (profile 2), or {@code null}
 * @param tlsPort port of that TLS listener
 * @param proxyProtocol enable PROXY protocol v2 on the target group and {@code GATEWAY_PROXY_PROTOCOL} in the task
 * @param stationCidr IPv4 CIDR allowed to reach the NLB listeners
 * @param minTasks lowest task count of the autoscaling range
 * @param maxTasks highest task count of the autoscaling range
 * @param cpuTargetPercent CPU utilisation target of the CPU scaling policy
 * @param stationsPerTask connected-stations-per-task target of the stations scaling policy
 * @param uplinkShards uplink shard count; 0 makes the stream ON_DEMAND
 * @param downlinkShards downlink shard count; 0 makes the stream ON_DEMAND
 * @param uplinkStreamName explicit uplink stream name, or {@code null} to let CloudFormation name it
 * @param downlinkStreamName explicit downlink stream name, or {@code null} to let CloudFormation name it
 * @param downlinkMode how the gateway reads the downlink stream ({@code KINESIS_DOWNLINK_MODE})
 * @param stopTimeoutSeconds time between SIGTERM and SIGKILL
 * @param drainWindowSeconds time the gateway spreads station disconnects over after SIGTERM
 * @param deregistrationDelaySeconds NLB target deregistration delay; ECS waits for it before SIGTERM
 * @param idleTimeoutSeconds NLB TCP listener idle timeout ({@code tcp.idle_timeout.seconds})
 * @param pingIntervalSeconds gateway WebSocket ping interval; keeps connections below the idle timeout
 * @param logRetentionDays CloudWatch Logs retention, one of the values CloudWatch accepts
 * @param alarmEmail address subscribed to a new alarm topic, or {@code null}
 * @param alarmTopicArn existing SNS topic for alarm actions, or {@code null}
 * @param retainData keep the streams and the log group when the stack is deleted
 */
public record GatewayStackProps(
        @Nullable String vpcId,
        int natGateways,
        boolean publicTasks,
        boolean kinesisVpcEndpoint,
        ImageSource image,
        Architecture architecture,
        int cpu,
        int memoryMiB,
        int nofileLimit,
        List<Integer> tcpPorts,
        @Nullable String certificateArn,
        int tlsPort,
        boolean proxyProtocol,
        String stationCidr,
        int minTasks,
        int maxTasks,
        int cpuTargetPercent,
        int stationsPerTask,
        int uplinkShards,
        int downlinkShards,
        @Nullable String uplinkStreamName,
        @Nullable String downlinkStreamName,
        DownlinkMode downlinkMode,
        int stopTimeoutSeconds,
        int drainWindowSeconds,
        int deregistrationDelaySeconds,
        int idleTimeoutSeconds,
        int pingIntervalSeconds,
        int logRetentionDays,
        @Nullable String alarmEmail,
        @Nullable String alarmTopicArn,
        boolean retainData) {

    /** Port the gateway serves stations on ({@code GATEWAY_PORT}). */
    public static final int STATION_PORT = 8080;
    /** Port of the gateway's admin server ({@code GATEWAY_ADMIN_PORT}): health checks and metrics. */
    public static final int ADMIN_PORT = 8081;
    /**
     * How long the gateway's uplink may still need after the drain window: the publish deadline
     * ({@code KINESIS_PUBLISH_DEADLINE_SECONDS}, 10 s) plus 5 s for the JVM to exit.
     */
    public static final int SHUTDOWN_MARGIN_SECONDS = 15;
    /** Fargate's largest container stop timeout. */
    static final int MAX_STOP_TIMEOUT_SECONDS = 120;
    /** Enhanced fan-out consumers a stream accepts; every task registers one. */
    static final int MAX_FAN_OUT_CONSUMERS = 20;
    /** NLB TLS listeners keep the fixed default TCP idle timeout. */
    static final int NLB_DEFAULT_IDLE_TIMEOUT_SECONDS = 350;

    private static final Pattern VPC_ID = Pattern.compile("vpc-[0-9a-f]{8,17}");
    private static final Pattern CERTIFICATE_ARN =
            Pattern.compile("arn:aws[a-z-]*:acm:[a-z0-9-]+:\\d{12}:certificate/[A-Za-z0-9-]+");
    private static final Pattern TOPIC_ARN =
            Pattern.compile("arn:aws[a-z-]*:sns:[a-z0-9-]+:\\d{12}:[A-Za-z0-9_.-]{1,256}");
    private static final Pattern CIDR = Pattern.compile(
            "((25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)\\.){3}(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)/(3[0-2]|[12]?\\d)");
    private static final Pattern STREAM_NAME = Pattern.compile("[a-zA-Z0-9_.-]{1,128}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern REPOSITORY =
            Pattern.compile("(?:[a-z0-9]+(?:[._-][a-z0-9]+)*/)*[a-z0-9]+(?:[._-][a-z0-9]+)*");
    private static final Pattern TAG = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}");
    /** The values CloudWatch Logs accepts as retention. */
    static final List<Integer> RETENTION_DAYS = List.of(1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545,
            731, 1096, 1827, 2192, 2557, 2922, 3288, 3653);

    /** CPU architecture of the Fargate tasks. */
    public enum Architecture {
        /** Intel/AMD. */
        X86_64,
        /** Graviton: about 20 % cheaper per vCPU-hour; the image must be built for linux/arm64. */
        ARM64
    }

    /** The gateway's {@code KINESIS_DOWNLINK_MODE}, which decides the downlink permissions. */
    public enum DownlinkMode {
        /** Enhanced fan-out: one consumer per task, at most 20 tasks. */
        EFO,
        /** GetRecords polling. */
        POLLING;

        /** The value of {@code KINESIS_DOWNLINK_MODE}. */
        public String envValue() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** Where the task's container image comes from. */
    public sealed interface ImageSource permits EcrImage, AssetImage {}

    /**
     * An image already pushed to an ECR repository of the stack's account and region.
     *
     * @param repository repository name
     * @param tag image tag
     */
    public record EcrImage(String repository, String tag) implements ImageSource {
        /** Validates the repository name and tag. */
        public EcrImage {
            requireNonNull(repository, "repository");
            requireNonNull(tag, "tag");
            check(REPOSITORY.matcher(repository).matches(), "ecrRepository", repository, "an ECR repository name");
            check(TAG.matcher(tag).matches(), "imageTag", tag, "a Docker tag");
        }
    }

    /**
     * An image built by {@code cdk deploy} from a Dockerfile and pushed to the CDK bootstrap repository.
     *
     * @param directory build context directory, relative to the directory cdk runs in
     * @param dockerfile Dockerfile path relative to {@code directory}
     */
    public record AssetImage(String directory, String dockerfile) implements ImageSource {
        /** Validates that both paths are given. */
        public AssetImage {
            requireNonNull(directory, "directory");
            requireNonNull(dockerfile, "dockerfile");
            check(!directory.isBlank(), "imageDirectory", directory, "a directory");
            check(!dockerfile.isBlank(), "dockerfile", dockerfile, "a file path");
        }
    }

    /** Validates every field and the rules that tie them together. */
    public GatewayStackProps {
        requireNonNull(image, "image");
        requireNonNull(architecture, "architecture");
        requireNonNull(stationCidr, "stationCidr");
        requireNonNull(downlinkMode, "downlinkMode");
        tcpPorts = List.copyOf(requireNonNull(tcpPorts, "tcpPorts"));

        if (vpcId != null) {
            check(VPC_ID.matcher(vpcId).matches(), "vpcId", vpcId, "vpc- and 8 or 17 hex digits");
        }
        check(natGateways >= 0 && natGateways <= 3, "natGateways", natGateways, "0..3");
        check(vpcId != null || publicTasks || natGateways > 0, "natGateways", natGateways,
                ">= 1 unless publicTasks=true: tasks in private subnets reach ECR, CloudWatch and Kinesis through NAT");
        checkCpuMemory(cpu, memoryMiB);
        check(nofileLimit >= 1024 && nofileLimit <= 1_048_576, "nofileLimit", nofileLimit, "1024..1048576");

        Set<Integer> seen = new HashSet<>();
        for (int port : tcpPorts) {
            checkPort("tcpPorts", port);
            check(seen.add(port), "tcpPorts", tcpPorts, "no port twice");
        }
        if (certificateArn != null) {
            check(CERTIFICATE_ARN.matcher(certificateArn).matches(), "certificateArn", certificateArn,
                    "an ACM certificate ARN");
            checkPort("tlsPort", tlsPort);
            check(!tcpPorts.contains(tlsPort), "tlsPort", tlsPort, "not one of tcpPorts " + tcpPorts);
        } else {
            check(!tcpPorts.isEmpty(), "tcpPorts", tcpPorts, "at least one port unless certificateArn is set");
            checkPort("tlsPort", tlsPort);
        }
        check(CIDR.matcher(stationCidr).matches(), "stationCidr", stationCidr, "an IPv4 CIDR such as 0.0.0.0/0");

        check(minTasks >= 1 && minTasks <= 1000, "minTasks", minTasks, "1..1000");
        check(maxTasks >= minTasks && maxTasks <= 1000, "maxTasks", maxTasks, minTasks + "..1000 (>= minTasks)");
        check(cpuTargetPercent >= 10 && cpuTargetPercent <= 90, "cpuTargetPercent", cpuTargetPercent, "10..90");
        check(stationsPerTask >= 1 && stationsPerTask <= 1_000_000, "stationsPerTask", stationsPerTask,
                "1..1000000");
        check(uplinkShards >= 0 && uplinkShards <= 10_000, "uplinkShards", uplinkShards, "0 (on-demand)..10000");
        check(downlinkShards >= 0 && downlinkShards <= 10_000, "downlinkShards", downlinkShards,
                "0 (on-demand)..10000");
        if (uplinkStreamName != null) {
            check(STREAM_NAME.matcher(uplinkStreamName).matches(), "uplinkStreamName", uplinkStreamName,
                    "1-128 of [a-zA-Z0-9_.-]");
        }
        if (downlinkStreamName != null) {
            check(STREAM_NAME.matcher(downlinkStreamName).matches(), "downlinkStreamName", downlinkStreamName,
                    "1-128 of [a-zA-Z0-9_.-]");
        }
        check(uplinkStreamName == null || !uplinkStreamName.equals(downlinkStreamName), "downlinkStreamName",
                downlinkStreamName, "a stream other than the uplink");
        check(downlinkMode != DownlinkMode.EFO || maxTasks <= MAX_FAN_OUT_CONSUMERS, "downlinkMode", "efo",
                "polling when maxTasks > " + MAX_FAN_OUT_CONSUMERS + ": a stream allows "
                        + MAX_FAN_OUT_CONSUMERS + " enhanced fan-out consumers");

        check(stopTimeoutSeconds >= 30 && stopTimeoutSeconds <= MAX_STOP_TIMEOUT_SECONDS, "stopTimeoutSeconds",
                stopTimeoutSeconds, "30.." + MAX_STOP_TIMEOUT_SECONDS);
        int maxDrain = stopTimeoutSeconds - SHUTDOWN_MARGIN_SECONDS;
        check(drainWindowSeconds >= 1 && drainWindowSeconds <= maxDrain, "drainWindowSeconds", drainWindowSeconds,
                "1.." + maxDrain + ": stopTimeoutSeconds - " + SHUTDOWN_MARGIN_SECONDS
                        + " so the uplink flushes before SIGKILL");
        check(deregistrationDelaySeconds >= 0 && deregistrationDelaySeconds < stopTimeoutSeconds,
                "deregistrationDelaySeconds", deregistrationDelaySeconds,
                "0.." + (stopTimeoutSeconds - 1) + " (< stopTimeoutSeconds)");
        check(idleTimeoutSeconds >= 60 && idleTimeoutSeconds <= 6000, "idleTimeoutSeconds", idleTimeoutSeconds,
                "60..6000");
        int idle = certificateArn == null ? idleTimeoutSeconds
                : Math.min(idleTimeoutSeconds, NLB_DEFAULT_IDLE_TIMEOUT_SECONDS);
        check(pingIntervalSeconds >= 1 && pingIntervalSeconds < idle, "pingIntervalSeconds", pingIntervalSeconds,
                "1.." + (idle - 1) + " (below the NLB idle timeout, or idle connections are cut)");
        check(RETENTION_DAYS.contains(logRetentionDays), "logRetentionDays", logRetentionDays,
                "one of " + RETENTION_DAYS);
        if (alarmEmail != null) {
            check(EMAIL.matcher(alarmEmail).matches(), "alarmEmail", alarmEmail, "an email address");
        }
        if (alarmTopicArn != null) {
            check(TOPIC_ARN.matcher(alarmTopicArn).matches(), "alarmTopicArn", alarmTopicArn, "an SNS topic ARN");
            check(alarmEmail == null, "alarmEmail", alarmEmail, "unset when alarmTopicArn is set");
        }
    }

    /** A builder holding every default listed on this class. */
    public static Builder builder() {
        return new Builder();
    }

    private static void checkCpuMemory(int cpu, int memoryMiB) {
        // Fargate task sizes: https://docs.aws.amazon.com/AmazonECS/latest/developerguide/fargate-tasks-services.html
        int[] range = switch (cpu) {
            case 256 -> new int[] {512, 2048, 1024};
            case 512 -> new int[] {1024, 4096, 1024};
            case 1024 -> new int[] {2048, 8192, 1024};
            case 2048 -> new int[] {4096, 16384, 1024};
            case 4096 -> new int[] {8192, 30720, 1024};
            case 8192 -> new int[] {16384, 61440, 4096};
            case 16384 -> new int[] {32768, 122880, 8192};
            default -> null;
        };
        check(range != null, "cpu", cpu, "256, 512, 1024, 2048, 4096, 8192 or 16384");
        boolean ok = memoryMiB == 512 && cpu == 256
                || memoryMiB >= range[0] && memoryMiB <= range[1] && memoryMiB % range[2] == 0;
        check(ok, "memoryMiB", memoryMiB, (cpu == 256 ? "512 or " : "") + range[0] + ".." + range[1]
                + " in steps of " + range[2] + " for cpu " + cpu);
    }

    private static void checkPort(String name, int port) {
        check(port >= 1 && port <= 65535, name, port, "1..65535");
    }

    private static void check(boolean ok, String name, @Nullable Object value, String expected) {
        if (!ok) {
            throw new IllegalArgumentException(name + ": " + value + " (expected: " + expected + ")");
        }
    }

    /** Collects the fields; every setter is named after its context key. */
    public static final class Builder {
        private @Nullable String vpcId;
        private int natGateways = 1;
        private boolean publicTasks;
        private boolean kinesisVpcEndpoint;
        private @Nullable ImageSource image;
        private Architecture architecture = Architecture.X86_64;
        private int cpu = 1024;
        private int memoryMiB = 2048;
        private int nofileLimit = 65536;
        private @Nullable List<Integer> tcpPorts;
        private @Nullable String certificateArn;
        private int tlsPort = 443;
        private boolean proxyProtocol;
        private String stationCidr = "0.0.0.0/0";
        private int minTasks = 2;
        private int maxTasks = 10;
        private int cpuTargetPercent = 60;
        private int stationsPerTask = 5000;
        private int uplinkShards;
        private int downlinkShards;
        private @Nullable String uplinkStreamName;
        private @Nullable String downlinkStreamName;
        private @Nullable DownlinkMode downlinkMode;
        private int stopTimeoutSeconds = 60;
        private @Nullable Integer drainWindowSeconds;
        private int deregistrationDelaySeconds = 10;
        private int idleTimeoutSeconds = NLB_DEFAULT_IDLE_TIMEOUT_SECONDS;
        private int pingIntervalSeconds = 60;
        private int logRetentionDays = 30;
        private @Nullable String alarmEmail;
        private @Nullable String alarmTopicArn;
        private boolean retainData = true;

        private Builder() {}

        public Builder vpcId(@Nullable String v) { vpcId = v; return this; }
        public Builder natGateways(int v) { natGateways = v; return this; }
        public Builder publicTasks(boolean v) { publicTasks = v; return this; }
        public Builder kinesisVpcEndpoint(boolean v) { kinesisVpcEndpoint = v; return this; }
        public Builder image(ImageSource v) { image = requireNonNull(v, "image"); return this; }
        public Builder architecture(Architecture v) { architecture = requireNonNull(v, "architecture"); return this; }
        public Builder cpu(int v) { cpu = v; return this; }
        public Builder memoryMiB(int v) { memoryMiB = v; return this; }
        public Builder nofileLimit(int v) { nofileLimit = v; return this; }
        /** Default: 80 and 443, or only 80 when a certificate puts the TLS listener on 443. */
        public Builder tcpPorts(List<Integer> v) { tcpPorts = new ArrayList<>(v); return this; }
        public Builder certificateArn(@Nullable String v) { certificateArn = v; return this; }
        public Builder tlsPort(int v) { tlsPort = v; return this; }
        public Builder proxyProtocol(boolean v) { proxyProtocol = v; return this; }
        public Builder stationCidr(String v) { stationCidr = requireNonNull(v, "stationCidr"); return this; }
        public Builder minTasks(int v) { minTasks = v; return this; }
        public Builder maxTasks(int v) { maxTasks = v; return this; }
        public Builder cpuTargetPercent(int v) { cpuTargetPercent = v; return this; }
        public Builder stationsPerTask(int v) { stationsPerTask = v; return this; }
        public Builder uplinkShards(int v) { uplinkShards = v; return this; }
        public Builder downlinkShards(int v) { downlinkShards = v; return this; }
        public Builder uplinkStreamName(@Nullable String v) { uplinkStreamName = v; return this; }
        public Builder downlinkStreamName(@Nullable String v) { downlinkStreamName = v; return this; }
        /** Default: {@code EFO} up to 20 tasks, {@code POLLING} above. */
        public Builder downlinkMode(@Nullable DownlinkMode v) { downlinkMode = v; return this; }
        public Builder stopTimeoutSeconds(int v) { stopTimeoutSeconds = v; return this; }
        /** Default: {@code stopTimeoutSeconds - SHUTDOWN_MARGIN_SECONDS}. */
        public Builder drainWindowSeconds(@Nullable Integer v) { drainWindowSeconds = v; return this; }
        public Builder deregistrationDelaySeconds(int v) { deregistrationDelaySeconds = v; return this; }
        public Builder idleTimeoutSeconds(int v) { idleTimeoutSeconds = v; return this; }
        public Builder pingIntervalSeconds(int v) { pingIntervalSeconds = v; return this; }
        public Builder logRetentionDays(int v) { logRetentionDays = v; return this; }
        public Builder alarmEmail(@Nullable String v) { alarmEmail = v; return this; }
        public Builder alarmTopicArn(@Nullable String v) { alarmTopicArn = v; return this; }
        public Builder retainData(boolean v) { retainData = v; return this; }

        /** Validates and builds; throws {@link IllegalArgumentException} naming the first bad field. */
        public GatewayStackProps build() {
            List<Integer> ports = tcpPorts != null ? tcpPorts
                    : certificateArn != null && tlsPort == 443 ? List.of(80) : List.of(80, 443);
            DownlinkMode mode = downlinkMode != null ? downlinkMode
                    : maxTasks > MAX_FAN_OUT_CONSUMERS ? DownlinkMode.POLLING : DownlinkMode.EFO;
            int drain = drainWindowSeconds != null ? drainWindowSeconds : stopTimeoutSeconds - SHUTDOWN_MARGIN_SECONDS;
            check(image != null, "ecrRepository", "(unset)", "an ECR repository name, or buildImage=true");
            return new GatewayStackProps(vpcId, natGateways, publicTasks, kinesisVpcEndpoint, image, architecture,
                    cpu, memoryMiB, nofileLimit, ports, certificateArn, tlsPort, proxyProtocol, stationCidr, minTasks,
                    maxTasks, cpuTargetPercent, stationsPerTask, uplinkShards, downlinkShards, uplinkStreamName,
                    downlinkStreamName, mode, stopTimeoutSeconds, drain, deregistrationDelaySeconds,
                    idleTimeoutSeconds, pingIntervalSeconds, logRetentionDays, alarmEmail, alarmTopicArn, retainData);
        }
    }
}
