package org.ocppconnector.gateway.deploy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.ocppconnector.gateway.deploy.GatewayStackProps.Architecture;
import org.ocppconnector.gateway.deploy.GatewayStackProps.AssetImage;
import org.ocppconnector.gateway.deploy.GatewayStackProps.DownlinkMode;
import org.ocppconnector.gateway.deploy.GatewayStackProps.EcrImage;
import software.amazon.awscdk.App;
import software.amazon.awscdk.Environment;
import software.amazon.awscdk.StackProps;

/**
 * The CDK app ({@code cdk.json} runs it): reads the context keys listed in deploy/README.md, from
 * {@code cdk.json}, {@code cdk.context.json} or {@code cdk deploy -c key=value}, into {@link GatewayStackProps},
 * and the target account and region from {@code CDK_DEFAULT_ACCOUNT} / {@code CDK_DEFAULT_REGION}, which the
 * CDK CLI sets from the current AWS credentials. The stack is named by the {@code stackName} context key,
 * {@code OcppGateway} by default.
 */
public final class GatewayApp {

    /** Stack name when the {@code stackName} context key is unset. */
    public static final String DEFAULT_STACK_NAME = "OcppGateway";

    private GatewayApp() {}

    /** Synthesizes the stack into the cloud assembly directory the CDK CLI gave. */
    public static void main(String[] args) {
        App app = new App();
        build(app, System.getenv());
        app.synth();
    }

    /**
     * Adds the gateway stack to {@code app}, configured from the app's context and {@code env}.
     *
     * @throws IllegalArgumentException naming the first context key with a bad value
     */
    static GatewayStack build(App app, Map<String, String> env) {
        Context context = new Context(key -> app.getNode().tryGetContext(key));
        GatewayStackProps props = props(context);
        String stackName = context.string("stackName");
        stackName = stackName != null ? stackName : DEFAULT_STACK_NAME;
        String account = env.get("CDK_DEFAULT_ACCOUNT");
        String region = env.get("CDK_DEFAULT_REGION");
        StackProps.Builder stackProps = StackProps.builder()
                .stackName(stackName)
                .description("OCPP Cloud Connector gateway: ECS Fargate behind an NLB, Kinesis uplink and downlink");
        if (account != null && !account.isBlank() && region != null && !region.isBlank()) {
            stackProps.env(Environment.builder().account(account).region(region).build());
        } else if (props.vpcId() != null) {
            throw new IllegalArgumentException("vpcId: " + props.vpcId()
                    + " (expected: a known account and region to look the VPC up; run cdk with AWS credentials"
                    + " or set CDK_DEFAULT_ACCOUNT and CDK_DEFAULT_REGION)");
        }
        return new GatewayStack(app, stackName, stackProps.build(), props);
    }

    /** Reads every {@link GatewayStackProps} field from its context key; unset keys keep the defaults. */
    static GatewayStackProps props(Context c) {
        GatewayStackProps.Builder b = GatewayStackProps.builder();
        b.vpcId(c.string("vpcId"));
        c.integer("natGateways", b::natGateways);
        c.bool("publicTasks", b::publicTasks);
        c.bool("kinesisVpcEndpoint", b::kinesisVpcEndpoint);

        String repository = c.string("ecrRepository");
        boolean buildImage = c.bool("buildImage");
        if (repository != null) {
            if (buildImage) {
                throw new IllegalArgumentException("buildImage: true (expected: false when ecrRepository is set)");
            }
            String tag = c.string("imageTag");
            b.image(new EcrImage(repository, tag != null ? tag : "latest"));
        } else if (buildImage) {
            String directory = c.string("imageDirectory");
            String dockerfile = c.string("dockerfile");
            b.image(new AssetImage(directory != null ? directory : "..",
                    dockerfile != null ? dockerfile : "docker/Dockerfile"));
        }
        String architecture = c.string("architecture");
        if (architecture != null) {
            b.architecture(switch (architecture.toLowerCase(Locale.ROOT)) {
                case "x86_64", "amd64" -> Architecture.X86_64;
                case "arm64", "graviton" -> Architecture.ARM64;
                default -> throw new IllegalArgumentException(
                        "architecture: " + architecture + " (expected: x86_64 or arm64)");
            });
        }
        c.integer("cpu", b::cpu);
        c.integer("memoryMiB", b::memoryMiB);
        c.integer("nofileLimit", b::nofileLimit);
        List<Integer> tcpPorts = c.integers("tcpPorts");
        if (tcpPorts != null) {
            b.tcpPorts(tcpPorts);
        }
        b.certificateArn(c.string("certificateArn"));
        c.integer("tlsPort", b::tlsPort);
        c.bool("proxyProtocol", b::proxyProtocol);
        String cidr = c.string("stationCidr");
        if (cidr != null) {
            b.stationCidr(cidr);
        }
        c.integer("minTasks", b::minTasks);
        c.integer("maxTasks", b::maxTasks);
        c.integer("cpuTargetPercent", b::cpuTargetPercent);
        c.integer("stationsPerTask", b::stationsPerTask);
        c.integer("uplinkShards", b::uplinkShards);
        c.integer("downlinkShards", b::downlinkShards);
        b.uplinkStreamName(c.string("uplinkStreamName"));
        b.downlinkStreamName(c.string("downlinkStreamName"));
        String mode = c.string("downlinkMode");
        if (mode != null) {
            b.downlinkMode(switch (mode.toLowerCase(Locale.ROOT)) {
                case "efo" -> DownlinkMode.EFO;
                case "polling" -> DownlinkMode.POLLING;
                default -> throw new IllegalArgumentException("downlinkMode: " + mode + " (expected: efo or polling)");
            });
        }
        c.integer("stopTimeoutSeconds", b::stopTimeoutSeconds);
        c.integer("drainWindowSeconds", b::drainWindowSeconds);
        c.integer("deregistrationDelaySeconds", b::deregistrationDelaySeconds);
        c.integer("idleTimeoutSeconds", b::idleTimeoutSeconds);
        c.integer("pingIntervalSeconds", b::pingIntervalSeconds);
        c.integer("logRetentionDays", b::logRetentionDays);
        b.alarmEmail(c.string("alarmEmail"));
        b.alarmTopicArn(c.string("alarmTopicArn"));
        c.bool("retainData", b::retainData);
        return b.build();
    }

    /**
     * Typed reads of context values, which are JSON values from {@code cdk.json} or strings from {@code -c}.
     */
    record Context(Function<String, @Nullable Object> source) {

        @Nullable String string(String key) {
            Object value = source.apply(key);
            if (value == null) {
                return null;
            }
            if (!(value instanceof String s)) {
                throw new IllegalArgumentException(key + ": " + value + " (expected: a string)");
            }
            return s.isBlank() ? null : s.strip();
        }

        void integer(String key, java.util.function.IntConsumer setter) {
            Object value = source.apply(key);
            if (value != null) {
                setter.accept(toInt(key, value));
            }
        }

        boolean bool(String key) {
            Object value = source.apply(key);
            if (value == null) {
                return false;
            }
            return toBool(key, value);
        }

        void bool(String key, java.util.function.Consumer<Boolean> setter) {
            Object value = source.apply(key);
            if (value != null) {
                setter.accept(toBool(key, value));
            }
        }

        @Nullable List<Integer> integers(String key) {
            Object value = source.apply(key);
            if (value == null) {
                return null;
            }
            List<?> items = value instanceof List<?> list ? list
                    : value instanceof String s ? (s.isBlank() ? List.of() : List.of(s.split(",")))
                    : List.of(value);
            List<Integer> result = new ArrayList<>(items.size());
            for (Object item : items) {
                result.add(toInt(key, item instanceof String s ? s.strip() : item));
            }
            return result;
        }

        private static int toInt(String key, Object value) {
            if (value instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue())
                    && Math.abs(n.doubleValue()) <= Integer.MAX_VALUE) {
                return n.intValue();
            }
            if (value instanceof String s) {
                try {
                    return Integer.parseInt(s.strip());
                } catch (NumberFormatException e) {
                    // reported below
                }
            }
            throw new IllegalArgumentException(key + ": " + value + " (expected: an integer)");
        }

        private static boolean toBool(String key, Object value) {
            if (value instanceof Boolean bool) {
                return bool;
            }
            if (value instanceof String s) {
                switch (s.strip().toLowerCase(Locale.ROOT)) {
                    case "true" -> {
                        return true;
                    }
                    case "false" -> {
                        return false;
                    }
                    default -> { }
                }
            }
            throw new IllegalArgumentException(key + ": " + value + " (expected: true or false)");
        }
    }
}
