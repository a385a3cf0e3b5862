package org.ocppconnector.gateway.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ocppconnector.gateway.deploy.Templates.attributes;
import static org.ocppconnector.gateway.deploy.Templates.container;
import static org.ocppconnector.gateway.deploy.Templates.environment;
import static org.ocppconnector.gateway.deploy.Templates.list;
import static org.ocppconnector.gateway.deploy.Templates.listeners;
import static org.ocppconnector.gateway.deploy.Templates.map;
import static org.ocppconnector.gateway.deploy.Templates.only;
import static org.ocppconnector.gateway.deploy.Templates.props;
import static org.ocppconnector.gateway.deploy.Templates.setOf;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.ocppconnector.gateway.deploy.GatewayStackProps.EcrImage;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

/** The default deployment: new VPC, image from ECR, x86_64, TCP passthrough on 80 and 443, on-demand streams. */
class GatewayStackTest {

    private static GatewayStack stack;
    private static Template template;

    @BeforeAll
    static void synth() {
        stack = Templates.stack("Gw", null,
                GatewayStackProps.builder().image(new EcrImage("ocpp-gateway", "1.2.3")).build());
        template = Template.fromStack(stack);
    }

    @Test
    void synthesizesWithoutWarningsOrErrors() {
        Templates.assertNoWarningsOrErrors(stack);
    }

    @Test
    void streamsAreOnDemandAndEncryptedWithTheAwsManagedKey() {
        template.resourceCountIs("AWS::Kinesis::Stream", 2);
        for (Map<String, Object> stream : template.findResources("AWS::Kinesis::Stream").values()) {
            Map<String, Object> p = props(stream);
            assertEquals(Map.of("StreamMode", "ON_DEMAND"), p.get("StreamModeDetails"));
            assertFalse(p.containsKey("ShardCount"));
            assertEquals(Map.of("EncryptionType", "KMS", "KeyId", "alias/aws/kinesis"), p.get("StreamEncryption"));
            assertEquals("Retain", stream.get("DeletionPolicy"));
        }
        template.resourceCountIs("AWS::KMS::Key", 0);
    }

    @Test
    void taskRoleHasExactlyTheCallsTheGatewayMakes() {
        assertEquals(Map.of(
                "UplinkWrite", setOf("kinesis:PutRecords"),
                "DownlinkFanOutStream", setOf("kinesis:DescribeStreamSummary", "kinesis:ListShards",
                        "kinesis:RegisterStreamConsumer", "kinesis:DeregisterStreamConsumer"),
                "DownlinkFanOutConsumer", setOf("kinesis:DescribeStreamConsumer", "kinesis:SubscribeToShard",
                        "kinesis:DeregisterStreamConsumer"),
                "Metrics", setOf("cloudwatch:PutMetricData")), Templates.taskRoleActionsBySid(template));

        String uplink = template.findResources("AWS::Kinesis::Stream").keySet().stream()
                .filter(id -> id.startsWith("Uplink")).findFirst().orElseThrow();
        String downlink = template.findResources("AWS::Kinesis::Stream").keySet().stream()
                .filter(id -> id.startsWith("Downlink")).findFirst().orElseThrow();
        Map<String, Object> uplinkArn = Map.of("Fn::GetAtt", List.of(uplink, "Arn"));
        Map<String, Object> downlinkArn = Map.of("Fn::GetAtt", List.of(downlink, "Arn"));
        assertEquals(uplinkArn, Templates.taskRoleStatement(template, "UplinkWrite").get("Resource"));
        assertEquals(downlinkArn, Templates.taskRoleStatement(template, "DownlinkFanOutStream").get("Resource"));
        assertEquals(Map.of("Fn::Join", List.of("", List.of(downlinkArn, "/consumer/*"))),
                Templates.taskRoleStatement(template, "DownlinkFanOutConsumer").get("Resource"));
        Map<String, Object> metrics = Templates.taskRoleStatement(template, "Metrics");
        assertEquals("*", metrics.get("Resource"), "PutMetricData has no resource-level permissions");
        assertEquals(Map.of("StringEquals", Map.of("cloudwatch:namespace", "OcppGateway")), metrics.get("Condition"));
    }

    @Test
    void noPolicyInTheStackHasAWildcardAction() {
        Templates.assertNoWildcardActions(template);
    }

    @Test
    void taskDefinitionSizesPlatformAndContainer() {
        template.hasResourceProperties("AWS::ECS::TaskDefinition", Map.of(
                "Cpu", "1024",
                "Memory", "2048",
                "RequiresCompatibilities", List.of("FARGATE"),
                "RuntimePlatform", Map.of("CpuArchitecture", "X86_64", "OperatingSystemFamily", "LINUX")));
        Map<String, Object> c = container(template);
        assertEquals(List.of(Map.of("Name", "nofile", "SoftLimit", 65536, "HardLimit", 65536)), c.get("Ulimits"));
        assertEquals(60, c.get("StopTimeout"));
        assertEquals(true, c.get("Essential"));
        Map<String, Object> health = map(c.get("HealthCheck"));
        List<Object> command = list(health.get("Command"));
        assertEquals("CMD-SHELL", command.get(0));
        assertTrue(((String) command.get(1)).contains("http://127.0.0.1:8081/health/live"), command.toString());
        assertEquals(30, health.get("StartPeriod"));
        assertEquals(List.of(8080, 8081), list(c.get("PortMappings")).stream()
                .map(m -> map(m).get("ContainerPort")).toList());
        Object image = map(c.get("Image")).get("Fn::Join");
        assertTrue(image.toString().contains("/ocpp-gateway:1.2.3"), image.toString());
        assertEquals("awslogs", map(c.get("LogConfiguration")).get("LogDriver"));
    }

    @Test
    void gatewayEnvironment() {
        Map<String, Object> env = environment(template);
        assertEquals("8080", env.get("GATEWAY_PORT"));
        assertEquals("8081", env.get("GATEWAY_ADMIN_PORT"));
        assertEquals("60", env.get("GATEWAY_PING_INTERVAL_SECONDS"));
        assertEquals("45", env.get("GATEWAY_DRAIN_WINDOW"));
        assertTrue(Integer.parseInt((String) env.get("GATEWAY_DRAIN_WINDOW")) + GatewayStackProps.SHUTDOWN_MARGIN_SECONDS
                <= (Integer) container(template).get("StopTimeout"), "drain plus flush fits the stop timeout");
        assertEquals("false", env.get("GATEWAY_PROXY_PROTOCOL"));
        assertEquals("kinesis", env.get("GATEWAY_BRIDGE"));
        assertEquals("efo", env.get("KINESIS_DOWNLINK_MODE"));
        assertEquals("json", env.get("LOG_FORMAT"));
        assertEquals("OcppGateway", env.get("METRICS_CLOUDWATCH_NAMESPACE"));
        assertEquals(Map.of("Ref", "AWS::Region"), env.get("AWS_REGION"));
        assertTrue(map(env.get("KINESIS_UPLINK_STREAM")).get("Ref").toString().startsWith("Uplink"));
        assertTrue(map(env.get("KINESIS_DOWNLINK_STREAM")).get("Ref").toString().startsWith("Downlink"));
    }

    @Test
    void serviceRollsSafely() {
        template.hasResourceProperties("AWS::ECS::Service", Map.of(
                "LaunchType", "FARGATE",
                "DesiredCount", 2,
                "HealthCheckGracePeriodSeconds", 60,
                "DeploymentConfiguration", Match.objectLike(Map.of(
                        "DeploymentCircuitBreaker", Map.of("Enable", true, "Rollback", true),
                        "MinimumHealthyPercent", 100,
                        "MaximumPercent", 200)),
                "NetworkConfiguration", Map.of("AwsvpcConfiguration", Match.objectLike(Map.of(
                        "AssignPublicIp", "DISABLED")))));
        Map<String, Object> service = props(only(template, "AWS::ECS::Service"));
        Map<String, Object> lb = map(list(service.get("LoadBalancers")).get(0));
        assertEquals("gateway", lb.get("ContainerName"));
        assertEquals(8080, lb.get("ContainerPort"));
    }

    @Test
    void newVpcWithTwoAzsAndOneNat() {
        template.resourceCountIs("AWS::EC2::VPC", 1);
        template.resourceCountIs("AWS::EC2::Subnet", 4);
        template.resourceCountIs("AWS::EC2::NatGateway", 1);
        template.resourceCountIs("AWS::EC2::VPCEndpoint", 0);
    }

    @Test
    void internetFacingNlbPassesTcpThroughWithAnExplicitIdleTimeout() {
        template.hasResourceProperties("AWS::ElasticLoadBalancingV2::LoadBalancer", Map.of(
                "Type", "network",
                "Scheme", "internet-facing",
                "LoadBalancerAttributes", Match.arrayWith(List.of(
                        Map.of("Key", "load_balancing.cross_zone.enabled", "Value", "true")))));
        Map<Integer, Map<String, Object>> listeners = listeners(template);
        assertEquals(List.of(80, 443), listeners.keySet().stream().sorted().toList());
        for (Map<String, Object> listener : listeners.values()) {
            assertEquals("TCP", listener.get("Protocol"));
            assertFalse(listener.containsKey("Certificates"));
            assertEquals(Map.of("tcp.idle_timeout.seconds", "350"), attributes(listener, "ListenerAttributes"));
            assertTrue(350 > Integer.parseInt((String) environment(template).get("GATEWAY_PING_INTERVAL_SECONDS")));
        }
    }

    @Test
    void targetGroupChecksReadinessOnTheAdminPort() {
        Map<String, Object> tg = props(only(template, "AWS::ElasticLoadBalancingV2::TargetGroup"));
        assertEquals("ip", tg.get("TargetType"));
        assertEquals("TCP", tg.get("Protocol"));
        assertEquals(8080, tg.get("Port"));
        assertEquals("HTTP", tg.get("HealthCheckProtocol"));
        assertEquals("8081", tg.get("HealthCheckPort"));
        assertEquals("/health/ready", tg.get("HealthCheckPath"));
        Map<String, String> attributes = attributes(tg, "TargetGroupAttributes");
        assertEquals("10", attributes.get("deregistration_delay.timeout_seconds"));
        assertTrue(Integer.parseInt(attributes.get("deregistration_delay.timeout_seconds"))
                < (Integer) container(template).get("StopTimeout"));
        assertEquals("false", attributes.get("deregistration_delay.connection_termination.enabled"));
        assertEquals("false", attributes.get("proxy_protocol_v2.enabled"));
    }

    @Test
    void stationsReachOnlyTheNlbAndTheNlbOnlyTheTasks() {
        Map<String, Map<String, Object>> groups = template.findResources("AWS::EC2::SecurityGroup");
        String nlbGroup = groups.keySet().stream().filter(id -> id.startsWith("NlbSecurityGroup")).findFirst()
                .orElseThrow();
        String taskGroup = groups.keySet().stream().filter(id -> id.startsWith("TaskSecurityGroup")).findFirst()
                .orElseThrow();
        List<Object> nlbIngress = list(props(groups.get(nlbGroup)).get("SecurityGroupIngress"));
        assertEquals(List.of(80, 443), nlbIngress.stream().map(r -> map(r).get("FromPort")).toList());
        nlbIngress.forEach(r -> assertEquals("0.0.0.0/0", map(r).get("CidrIp")));
        assertFalse(props(groups.get(taskGroup)).containsKey("SecurityGroupIngress"), "no CIDR ingress on tasks");

        Map<String, Map<String, Object>> ingress = template.findResources("AWS::EC2::SecurityGroupIngress");
        assertEquals(2, ingress.size());
        for (Map<String, Object> rule : ingress.values()) {
            Map<String, Object> p = props(rule);
            assertEquals(Map.of("Fn::GetAtt", List.of(taskGroup, "GroupId")), p.get("GroupId"));
            assertEquals(Map.of("Fn::GetAtt", List.of(nlbGroup, "GroupId")), p.get("SourceSecurityGroupId"));
        }
        assertEquals(setOf("8080", "8081"), new java.util.TreeSet<>(ingress.values().stream()
                .map(r -> String.valueOf(props(r).get("FromPort"))).toList()));
    }

    @Test
    void autoscalesOnCpuAndOnConnectedStationsPerTask() {
        template.hasResourceProperties("AWS::ApplicationAutoScaling::ScalableTarget", Map.of(
                "MinCapacity", 2, "MaxCapacity", 10, "ScalableDimension", "ecs:service:DesiredCount"));
        template.resourceCountIs("AWS::ApplicationAutoScaling::ScalingPolicy", 2);
        template.hasResourceProperties("AWS::ApplicationAutoScaling::ScalingPolicy", Map.of(
                "PolicyType", "TargetTrackingScaling",
                "TargetTrackingScalingPolicyConfiguration", Match.objectLike(Map.of(
                        "PredefinedMetricSpecification",
                        Map.of("PredefinedMetricType", "ECSServiceAverageCPUUtilization"),
                        "TargetValue", 60))));
        // Exactly these keys: no Dimensions, so every task's datapoints average into stations per task.
        template.hasResourceProperties("AWS::ApplicationAutoScaling::ScalingPolicy", Map.of(
                "PolicyType", "TargetTrackingScaling",
                "TargetTrackingScalingPolicyConfiguration", Match.objectLike(Map.of(
                        "CustomizedMetricSpecification", Match.exact(Map.of(
                                "Namespace", "OcppGateway",
                                "MetricName", "ocpp.stations.connected.total",
                                "Statistic", "Average")),
                        "TargetValue", 5000))));
    }

    @Test
    void alarmsOnUplinkFailuresBackpressureAndUnhealthyTargets() {
        template.resourceCountIs("AWS::CloudWatch::Alarm", 3);
        template.hasResourceProperties("AWS::CloudWatch::Alarm", Map.of(
                "AlarmName", "Gw-UplinkFailures",
                "Namespace", "OcppGateway",
                "MetricName", "kinesis.uplink.failures",
                "Statistic", "Sum",
                "Period", 60,
                "EvaluationPeriods", 1,
                "Threshold", 0,
                "ComparisonOperator", "GreaterThanThreshold",
                "AlarmActions", Match.absent()));
        template.hasResourceProperties("AWS::CloudWatch::Alarm", Map.of(
                "AlarmName", "Gw-UplinkBackpressure",
                "Namespace", "OcppGateway",
                "MetricName", "ocpp.uplink.backpressure.pauses",
                "Statistic", "Sum",
                "Period", 300,
                "EvaluationPeriods", 1,
                "Threshold", 0,
                "ComparisonOperator", "GreaterThanThreshold"));
        template.hasResourceProperties("AWS::CloudWatch::Alarm", Map.of(
                "AlarmName", "Gw-UnhealthyTargets",
                "Namespace", "AWS/NetworkELB",
                "MetricName", "UnHealthyHostCount",
                "Statistic", "Maximum",
                "Threshold", 0,
                "ComparisonOperator", "GreaterThanThreshold",
                "Dimensions", Match.arrayWith(List.of(Match.objectLike(Map.of("Name", "TargetGroup"))))));
        template.resourceCountIs("AWS::SNS::Topic", 0);
    }

    @Test
    void logsAreKeptThirtyDays() {
        Map<String, Object> logGroup = only(template, "AWS::Logs::LogGroup");
        assertEquals(30, props(logGroup).get("RetentionInDays"));
        assertEquals("Retain", logGroup.get("DeletionPolicy"));
    }

    @Test
    void outputsTheNlbAndTheStreams() {
        template.hasOutput("LoadBalancerDnsName", Map.of("Value", Match.objectLike(Map.of(
                "Fn::GetAtt", Match.arrayWith(List.of("DNSName"))))));
        template.hasOutput("UplinkStreamName", Map.of("Value", Match.objectLike(Map.of("Ref", Match.anyValue()))));
        template.hasOutput("DownlinkStreamName", Map.of("Value", Match.objectLike(Map.of("Ref", Match.anyValue()))));
    }
}
