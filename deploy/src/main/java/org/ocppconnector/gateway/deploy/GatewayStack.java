package org.ocppconnector.gateway.deploy;

import static java.util.Objects.requireNonNull;
import static org.ocppconnector.gateway.deploy.GatewayStackProps.ADMIN_PORT;
import static org.ocppconnector.gateway.deploy.GatewayStackProps.STATION_PORT;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.ocppconnector.gateway.deploy.GatewayStackProps.Architecture;
import org.ocppconnector.gateway.deploy.GatewayStackProps.AssetImage;
import org.ocppconnector.gateway.deploy.GatewayStackProps.DownlinkMode;
import org.ocppconnector.gateway.deploy.GatewayStackProps.EcrImage;
import software.amazon.awscdk.Aws;
import software.amazon.awscdk.CfnOutput;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.services.applicationautoscaling.EnableScalingProps;
import software.amazon.awscdk.services.cloudwatch.Alarm;
import software.amazon.awscdk.services.cloudwatch.ComparisonOperator;
import software.amazon.awscdk.services.cloudwatch.IMetric;
import software.amazon.awscdk.services.cloudwatch.Metric;
import software.amazon.awscdk.services.cloudwatch.MetricOptions;
import software.amazon.awscdk.services.cloudwatch.TreatMissingData;
import software.amazon.awscdk.services.cloudwatch.actions.SnsAction;
import software.amazon.awscdk.services.ec2.IVpc;
import software.amazon.awscdk.services.ec2.InterfaceVpcEndpointAwsService;
import software.amazon.awscdk.services.ec2.InterfaceVpcEndpointOptions;
import software.amazon.awscdk.services.ec2.Peer;
import software.amazon.awscdk.services.ec2.Port;
import software.amazon.awscdk.services.ec2.SecurityGroup;
import software.amazon.awscdk.services.ec2.SubnetConfiguration;
import software.amazon.awscdk.services.ec2.SubnetSelection;
import software.amazon.awscdk.services.ec2.SubnetType;
import software.amazon.awscdk.services.ec2.Vpc;
import software.amazon.awscdk.services.ec2.VpcLookupOptions;
import software.amazon.awscdk.services.ecr.Repository;
import software.amazon.awscdk.services.ecr.assets.Platform;
import software.amazon.awscdk.services.ecs.AssetImageProps;
import software.amazon.awscdk.services.ecs.AwsLogDriverProps;
import software.amazon.awscdk.services.ecs.Cluster;
import software.amazon.awscdk.services.ecs.ContainerDefinition;
import software.amazon.awscdk.services.ecs.ContainerDefinitionOptions;
import software.amazon.awscdk.services.ecs.ContainerImage;
import software.amazon.awscdk.services.ecs.CpuArchitecture;
import software.amazon.awscdk.services.ecs.CpuUtilizationScalingProps;
import software.amazon.awscdk.services.ecs.DeploymentCircuitBreaker;
import software.amazon.awscdk.services.ecs.FargateService;
import software.amazon.awscdk.services.ecs.FargateTaskDefinition;
import software.amazon.awscdk.services.ecs.HealthCheck;
import software.amazon.awscdk.services.ecs.LogDrivers;
import software.amazon.awscdk.services.ecs.OperatingSystemFamily;
import software.amazon.awscdk.services.ecs.PortMapping;
import software.amazon.awscdk.services.ecs.RuntimePlatform;
import software.amazon.awscdk.services.ecs.ScalableTaskCount;
import software.amazon.awscdk.services.ecs.TrackCustomMetricProps;
import software.amazon.awscdk.services.ecs.Ulimit;
import software.amazon.awscdk.services.ecs.UlimitName;
import software.amazon.awscdk.services.elasticloadbalancingv2.BaseNetworkListenerProps;
import software.amazon.awscdk.services.elasticloadbalancingv2.ListenerCertificate;
import software.amazon.awscdk.services.elasticloadbalancingv2.NetworkLoadBalancer;
import software.amazon.awscdk.services.elasticloadbalancingv2.NetworkTargetGroup;
import software.amazon.awscdk.services.elasticloadbalancingv2.Protocol;
import software.amazon.awscdk.services.elasticloadbalancingv2.SslPolicy;
import software.amazon.awscdk.services.elasticloadbalancingv2.TargetType;
import software.amazon.awscdk.services.iam.Effect;
import software.amazon.awscdk.services.iam.PolicyStatement;
import software.amazon.awscdk.services.iam.Role;
import software.amazon.awscdk.services.iam.ServicePrincipal;
import software.amazon.awscdk.services.kinesis.Stream;
import software.amazon.awscdk.services.kinesis.StreamEncryption;
import software.amazon.awscdk.services.kinesis.StreamMode;
import software.amazon.awscdk.services.logs.CfnLogGroup;
import software.amazon.awscdk.services.logs.LogGroup;
import software.amazon.awscdk.services.sns.ITopic;
import software.amazon.awscdk.services.sns.Topic;
import software.amazon.awscdk.services.sns.subscriptions.EmailSubscription;
import software.constructs.Construct;

/**
 * The gateway on AWS: VPC (new or imported), ECS cluster and Fargate service, internet-facing NLB, uplink and
 * downlink Kinesis streams, a least-privilege task role, autoscaling on CPU and connected stations, and alarms.
 * See deploy/README.md for the context keys and the reasoning behind the timeouts.
 */
public final class GatewayStack extends Stack {

    /** CloudWatch namespace the gateway publishes to ({@code METRICS_CLOUDWATCH_NAMESPACE}). */
    public static final String METRICS_NAMESPACE = "OcppGateway";
    /** Gauge each task publishes without dimensions: stations connected to it. */
    public static final String STATIONS_METRIC = "ocpp.stations.connected.total";
    /** Counter of uplink events Kinesis refused for good (the station got InternalError). */
    public static final String UPLINK_FAILURES_METRIC = "kinesis.uplink.failures";
    /** Counter of times a full uplink buffer paused reading from stations. */
    public static final String BACKPRESSURE_METRIC = "ocpp.uplink.backpressure.pauses";
    /** The gateway's env var for the drain window, in whole seconds. */
    public static final String DRAIN_WINDOW_ENV = "GATEWAY_DRAIN_WINDOW";
    /** The gateway's env var that makes it expect a PROXY protocol v2 header ({@code true}/{@code false}). */
    public static final String PROXY_PROTOCOL_ENV = "GATEWAY_PROXY_PROTOCOL";
    static final String CONTAINER_NAME = "gateway";

    private final GatewayStackProps props;
    private final Stream uplink;
    private final Stream downlink;
    private final NetworkLoadBalancer loadBalancer;

    /**
     * Builds the stack.
     *
     * @param scope the app
     * @param id the stack id, also its name unless {@code stackProps} names it
     * @param stackProps account, region and stack name; both account and region are needed to import a VPC
     * @param props the validated gateway settings
     */
    public GatewayStack(Construct scope, String id, @Nullable StackProps stackProps, GatewayStackProps props) {
        super(scope, id, stackProps);
        this.props = requireNonNull(props, "props");

        IVpc vpc = vpc();
        RemovalPolicy dataRemoval = props.retainData() ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY;
        uplink = stream("Uplink", props.uplinkStreamName(), props.uplinkShards(), dataRemoval);
        downlink = stream("Downlink", props.downlinkStreamName(), props.downlinkShards(), dataRemoval);

        LogGroup logs = LogGroup.Builder.create(this, "Logs").removalPolicy(dataRemoval).build();
        // Set on the L1 resource: the props already checked the days against what CloudWatch accepts.
        ((CfnLogGroup) logs.getNode().getDefaultChild()).setRetentionInDays(props.logRetentionDays());

        SecurityGroup nlbSecurityGroup = SecurityGroup.Builder.create(this, "NlbSecurityGroup")
                .vpc(vpc)
                .description("OCPP gateway NLB: station listeners")
                .allowAllOutbound(false)
                .build();
        for (int port : listenerPorts()) {
            nlbSecurityGroup.addIngressRule(Peer.ipv4(props.stationCidr()), Port.tcp(port), "Stations");
        }
        SecurityGroup taskSecurityGroup = SecurityGroup.Builder.create(this, "TaskSecurityGroup")
                .vpc(vpc)
                .description("OCPP gateway tasks: station port and admin port from the NLB only")
                .allowAllOutbound(true)
                .build();
        // Station traffic and health checks both arrive from the NLB's nodes, so nothing else can reach the
        // tasks, not even with publicTasks=true.
        taskSecurityGroup.addIngressRule(nlbSecurityGroup, Port.tcp(STATION_PORT), "Stations through the NLB");
        taskSecurityGroup.addIngressRule(nlbSecurityGroup, Port.tcp(ADMIN_PORT), "NLB health checks");
        nlbSecurityGroup.addEgressRule(taskSecurityGroup, Port.tcp(STATION_PORT), "To the gateway tasks");
        nlbSecurityGroup.addEgressRule(taskSecurityGroup, Port.tcp(ADMIN_PORT), "Health checks");

        if (props.kinesisVpcEndpoint()) {
            vpc.addInterfaceEndpoint("KinesisEndpoint", InterfaceVpcEndpointOptions.builder()
                    .service(InterfaceVpcEndpointAwsService.KINESIS_STREAMS)
                    .subnets(taskSubnets())
                    .privateDnsEnabled(true)
                    .build());
        }

        Cluster cluster = Cluster.Builder.create(this, "Cluster").vpc(vpc).build();
        FargateTaskDefinition taskDefinition = taskDefinition(logs);
        FargateService service = FargateService.Builder.create(this, "Service")
                .cluster(cluster)
                .taskDefinition(taskDefinition)
                .desiredCount(props.minTasks())
                .minHealthyPercent(100)
                .maxHealthyPercent(200)
                .circuitBreaker(DeploymentCircuitBreaker.builder().enable(true).rollback(true).build())
                .healthCheckGracePeriod(Duration.seconds(60))
                .assignPublicIp(props.publicTasks())
                .vpcSubnets(taskSubnets())
                .securityGroups(List.of(taskSecurityGroup))
                .build();

        loadBalancer = NetworkLoadBalancer.Builder.create(this, "Nlb")
                .vpc(vpc)
                .internetFacing(true)
                .crossZoneEnabled(true)
                .vpcSubnets(SubnetSelection.builder().subnetType(SubnetType.PUBLIC).build())
                .securityGroups(List.of(nlbSecurityGroup))
                .build();
        NetworkTargetGroup targets = NetworkTargetGroup.Builder.create(this, "Targets")
                .vpc(vpc)
                .targetType(TargetType.IP)
                .protocol(Protocol.TCP)
                .port(STATION_PORT)
                // ECS deregisters a stopping task and waits this long before SIGTERM; existing connections
                // stay open (no connection termination) so the gateway's own drain closes them.
                .deregistrationDelay(Duration.seconds(props.deregistrationDelaySeconds()))
                .connectionTermination(false)
                .proxyProtocolV2(props.proxyProtocol())
                .healthCheck(software.amazon.awscdk.services.elasticloadbalancingv2.HealthCheck.builder()
                        .protocol(Protocol.HTTP)
                        .port(Integer.toString(ADMIN_PORT))
                        .path("/health/ready")
                        .interval(Duration.seconds(10))
                        .timeout(Duration.seconds(5))
                        .healthyThresholdCount(2)
                        .unhealthyThresholdCount(2)
                        .build())
                .build();
        service.attachToNetworkTargetGroup(targets);
        for (int port : props.tcpPorts()) {
            // Passthrough: the gateway sees the station's own bytes (plain WebSocket for profile 1, its TLS
            // handshake with a client certificate for profile 3). The idle timeout is set explicitly so the
            // WebSocket ping interval below it is a checked invariant, not an assumption.
            loadBalancer.addListener("Tcp" + port, BaseNetworkListenerProps.builder()
                    .port(port)
                    .protocol(Protocol.TCP)
                    .tcpIdleTimeout(Duration.seconds(props.idleTimeoutSeconds()))
                    .defaultTargetGroups(List.of(targets))
                    .build());
        }
        if (props.certificateArn() != null) {
            // Profile 2: TLS ends at the NLB, the gateway gets plain WebSocket with HTTP Basic auth.
            loadBalancer.addListener("Tls" + props.tlsPort(), BaseNetworkListenerProps.builder()
                    .port(props.tlsPort())
                    .protocol(Protocol.TLS)
                    .certificates(List.of(ListenerCertificate.fromArn(props.certificateArn())))
                    .sslPolicy(SslPolicy.RECOMMENDED_TLS)
                    .defaultTargetGroups(List.of(targets))
                    .build());
        }

        taskRolePolicy(taskDefinition.getTaskRole());
        autoscaling(service);
        alarms(targets);

        CfnOutput.Builder.create(this, "LoadBalancerDnsName")
                .description("Stations connect to ws://<this>/ocpp/<stationId> (or wss://)")
                .value(loadBalancer.getLoadBalancerDnsName())
                .build();
        CfnOutput.Builder.create(this, "UplinkStreamName").value(uplink.getStreamName()).build();
        CfnOutput.Builder.create(this, "DownlinkStreamName").value(downlink.getStreamName()).build();
    }

    /** The uplink stream. */
    public Stream uplink() {
        return uplink;
    }

    /** The downlink stream. */
    public Stream downlink() {
        return downlink;
    }

    /** The internet-facing load balancer. */
    public NetworkLoadBalancer loadBalancer() {
        return loadBalancer;
    }

    private List<Integer> listenerPorts() {
        List<Integer> ports = new ArrayList<>(props.tcpPorts());
        if (props.certificateArn() != null) {
            ports.add(props.tlsPort());
        }
        return ports;
    }

    private IVpc vpc() {
        if (props.vpcId() != null) {
            return Vpc.fromLookup(this, "Vpc", VpcLookupOptions.builder().vpcId(props.vpcId()).build());
        }
        List<SubnetConfiguration> subnets = new ArrayList<>();
        subnets.add(SubnetConfiguration.builder().name("public").subnetType(SubnetType.PUBLIC).cidrMask(24).build());
        int nat = props.publicTasks() ? 0 : props.natGateways();
        if (!props.publicTasks()) {
            subnets.add(SubnetConfiguration.builder()
                    .name("private").subnetType(SubnetType.PRIVATE_WITH_EGRESS).cidrMask(20).build());
        }
        return Vpc.Builder.create(this, "Vpc")
                .maxAzs(2)
                .natGateways(nat)
                .subnetConfiguration(subnets)
                .build();
    }

    private SubnetSelection taskSubnets() {
        return SubnetSelection.builder()
                .subnetType(props.publicTasks() ? SubnetType.PUBLIC : SubnetType.PRIVATE_WITH_EGRESS)
                .build();
    }

    private Stream stream(String id, @Nullable String name, int shards, RemovalPolicy removal) {
        Stream.Builder builder = Stream.Builder.create(this, id)
                // The AWS-managed key (alias/aws/kinesis): no KMS permissions needed in the task role.
                .encryption(StreamEncryption.MANAGED)
                .retentionPeriod(Duration.hours(24))
                .removalPolicy(removal);
        if (name != null) {
            builder.streamName(name);
        }
        if (shards == 0) {
            builder.streamMode(StreamMode.ON_DEMAND);
        } else {
            builder.streamMode(StreamMode.PROVISIONED).shardCount(shards);
        }
        return builder.build();
    }

    private FargateTaskDefinition taskDefinition(LogGroup logs) {
        Role taskRole = Role.Builder.create(this, "TaskRole")
                .assumedBy(new ServicePrincipal("ecs-tasks.amazonaws.com"))
                .description("OCPP gateway task: the two streams and its CloudWatch namespace, nothing else")
                .build();
        FargateTaskDefinition taskDefinition = FargateTaskDefinition.Builder.create(this, "TaskDefinition")
                .cpu(props.cpu())
                .memoryLimitMiB(props.memoryMiB())
                .runtimePlatform(RuntimePlatform.builder()
                        .operatingSystemFamily(OperatingSystemFamily.LINUX)
                        .cpuArchitecture(props.architecture() == Architecture.ARM64
                                ? CpuArchitecture.ARM64 : CpuArchitecture.X86_64)
                        .build())
                .taskRole(taskRole)
                .build();

        String live = "http://127.0.0.1:" + ADMIN_PORT + "/health/live";
        ContainerDefinition container = taskDefinition.addContainer(CONTAINER_NAME, ContainerDefinitionOptions.builder()
                .image(image())
                .essential(true)
                .environment(environment())
                .logging(LogDrivers.awsLogs(AwsLogDriverProps.builder().logGroup(logs).streamPrefix("gateway").build()))
                .portMappings(List.of(
                        PortMapping.builder().containerPort(STATION_PORT).name("station").build(),
                        PortMapping.builder().containerPort(ADMIN_PORT).name("admin").build()))
                .stopTimeout(Duration.seconds(props.stopTimeoutSeconds()))
                // curl or wget, whichever the image has: ECS runs this inside the container.
                .healthCheck(HealthCheck.builder()
                        .command(List.of("CMD-SHELL", "curl -fsS " + live + " > /dev/null || wget -q -O /dev/null "
                                + live + " || exit 1"))
                        .interval(Duration.seconds(15))
                        .timeout(Duration.seconds(5))
                        .retries(3)
                        .startPeriod(Duration.seconds(30))
                        .build())
                .build());
        container.addUlimits(Ulimit.builder()
                .name(UlimitName.NOFILE)
                .softLimit(props.nofileLimit())
                .hardLimit(props.nofileLimit())
                .build());
        return taskDefinition;
    }

    private ContainerImage image() {
        return switch (props.image()) {
            case EcrImage ecr -> ContainerImage.fromEcrRepository(
                    Repository.fromRepositoryName(this, "Repository", ecr.repository()), ecr.tag());
            case AssetImage asset -> ContainerImage.fromAsset(asset.directory(), AssetImageProps.builder()
                    .file(asset.dockerfile())
                    .platform(props.architecture() == Architecture.ARM64 ? Platform.LINUX_ARM64 : Platform.LINUX_AMD64)
                    // Kept out of the copy cdk stages (a .dockerignore in the directory applies as well); deploy/
                    // itself stays, since a Maven build inside the image needs every module the parent lists.
                    .exclude(List.of(".git", "**/node_modules", "**/cdk.out"))
                    .build());
        };
    }

    private Map<String, String> environment() {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("GATEWAY_PORT", Integer.toString(STATION_PORT));
        env.put("GATEWAY_ADMIN_PORT", Integer.toString(ADMIN_PORT));
        env.put("GATEWAY_PING_INTERVAL_SECONDS", Integer.toString(props.pingIntervalSeconds()));
        env.put(DRAIN_WINDOW_ENV, Integer.toString(props.drainWindowSeconds()));
        env.put(PROXY_PROTOCOL_ENV, Boolean.toString(props.proxyProtocol()));
        env.put("GATEWAY_BRIDGE", "kinesis");
        env.put("KINESIS_UPLINK_STREAM", uplink.getStreamName());
        env.put("KINESIS_DOWNLINK_STREAM", downlink.getStreamName());
        env.put("KINESIS_DOWNLINK_MODE", props.downlinkMode().envValue());
        env.put("AWS_REGION", Aws.REGION);
        env.put("LOG_FORMAT", "json");
        env.put("METRICS_CLOUDWATCH_NAMESPACE", METRICS_NAMESPACE);
        return env;
    }

    /**
     * Exactly the Kinesis calls gateway-kinesis makes: PutRecords on the uplink (KinesisUplinkPublisher);
     * ListShards, then GetShardIterator and GetRecords when polling (PollingShardReader), or
     * DescribeStreamSummary, Register/Describe/DeregisterStreamConsumer and SubscribeToShard with enhanced
     * fan-out (FanOutConsumer, FanOutShardReader). Consumer calls are authorised on the consumer ARN,
     * DeregisterStreamConsumer by stream ARN and name is checked against both.
     */
    private void taskRolePolicy(software.amazon.awscdk.services.iam.IRole role) {
        role.addToPrincipalPolicy(PolicyStatement.Builder.create()
                .sid("UplinkWrite")
                .effect(Effect.ALLOW)
                .actions(List.of("kinesis:PutRecords"))
                .resources(List.of(uplink.getStreamArn()))
                .build());
        if (props.downlinkMode() == DownlinkMode.POLLING) {
            role.addToPrincipalPolicy(PolicyStatement.Builder.create()
                    .sid("DownlinkPolling")
                    .effect(Effect.ALLOW)
                    .actions(List.of("kinesis:ListShards", "kinesis:GetShardIterator", "kinesis:GetRecords"))
                    .resources(List.of(downlink.getStreamArn()))
                    .build());
        } else {
            role.addToPrincipalPolicy(PolicyStatement.Builder.create()
                    .sid("DownlinkFanOutStream")
                    .effect(Effect.ALLOW)
                    .actions(List.of("kinesis:DescribeStreamSummary", "kinesis:ListShards",
                            "kinesis:RegisterStreamConsumer", "kinesis:DeregisterStreamConsumer"))
                    .resources(List.of(downlink.getStreamArn()))
                    .build());
            role.addToPrincipalPolicy(PolicyStatement.Builder.create()
                    .sid("DownlinkFanOutConsumer")
                    .effect(Effect.ALLOW)
                    .actions(List.of("kinesis:DescribeStreamConsumer", "kinesis:SubscribeToShard",
                            "kinesis:DeregisterStreamConsumer"))
                    .resources(List.of(downlink.getStreamArn() + "/consumer/*"))
                    .build());
        }
        // PutMetricData has no resource-level permissions; the namespace condition is what limits it.
        role.addToPrincipalPolicy(PolicyStatement.Builder.create()
                .sid("Metrics")
                .effect(Effect.ALLOW)
                .actions(List.of("cloudwatch:PutMetricData"))
                .resources(List.of("*"))
                .conditions(Map.of("StringEquals", Map.of("cloudwatch:namespace", METRICS_NAMESPACE)))
                .build());
    }

    private void autoscaling(FargateService service) {
        ScalableTaskCount scaling = service.autoScaleTaskCount(EnableScalingProps.builder()
                .minCapacity(props.minTasks())
                .maxCapacity(props.maxTasks())
                .build());
        scaling.scaleOnCpuUtilization("Cpu", CpuUtilizationScalingProps.builder()
                .targetUtilizationPercent(props.cpuTargetPercent())
                .scaleOutCooldown(Duration.seconds(60))
                // Scaling in moves stations (they reconnect elsewhere): do it slowly.
                .scaleInCooldown(Duration.seconds(300))
                .build());
        // Every task publishes the gauge without dimensions, so the Average over all datapoints of a minute
        // is the mean stations per task: the contract with the gateway's CloudWatch publishing.
        scaling.scaleToTrackCustomMetric("Stations", TrackCustomMetricProps.builder()
                .metric(metric(STATIONS_METRIC, "Average", Duration.minutes(1)))
                .targetValue(props.stationsPerTask())
                .scaleOutCooldown(Duration.seconds(60))
                .scaleInCooldown(Duration.seconds(300))
                .build());
    }

    private void alarms(NetworkTargetGroup targets) {
        ITopic topic = null;
        if (props.alarmTopicArn() != null) {
            topic = Topic.fromTopicArn(this, "AlarmTopic", props.alarmTopicArn());
        } else if (props.alarmEmail() != null) {
            Topic created = Topic.Builder.create(this, "AlarmTopic").displayName("OCPP gateway alarms").build();
            created.addSubscription(new EmailSubscription(props.alarmEmail()));
            topic = created;
        }
        List<Alarm> alarms = List.of(
                alarm("UplinkFailures", "Uplink events Kinesis did not take in time: stations got InternalError",
                        metric(UPLINK_FAILURES_METRIC, "Sum", Duration.minutes(1)), 1),
                alarm("UplinkBackpressure", "The uplink buffer filled up and the gateway paused reading stations",
                        metric(BACKPRESSURE_METRIC, "Sum", Duration.minutes(5)), 1),
                alarm("UnhealthyTargets", "NLB targets failing /health/ready for 3 minutes",
                        targets.getMetrics().unHealthyHostCount(MetricOptions.builder()
                                .statistic("Maximum").period(Duration.minutes(1)).build()), 3));
        if (topic != null) {
            for (Alarm alarm : alarms) {
                alarm.addAlarmAction(new SnsAction(topic));
                alarm.addOkAction(new SnsAction(topic));
            }
        }
    }

    private Alarm alarm(String id, String description, IMetric metric, int periods) {
        return Alarm.Builder.create(this, id + "Alarm")
                .alarmName(getStackName() + "-" + id)
                .alarmDescription(description)
                .metric(metric)
                .threshold(0)
                .comparisonOperator(ComparisonOperator.GREATER_THAN_THRESHOLD)
                .evaluationPeriods(periods)
                .datapointsToAlarm(periods)
                .treatMissingData(TreatMissingData.NOT_BREACHING)
                .build();
    }

    private static Metric metric(String name, String statistic, Duration period) {
        return Metric.Builder.create()
                .namespace(METRICS_NAMESPACE)
                .metricName(name)
                .statistic(statistic)
                .period(period)
                .build();
    }
}
