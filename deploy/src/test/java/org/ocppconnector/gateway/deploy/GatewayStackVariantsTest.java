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

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ocppconnector.gateway.deploy.GatewayStackProps.Architecture;
import org.ocppconnector.gateway.deploy.GatewayStackProps.AssetImage;
import org.ocppconnector.gateway.deploy.GatewayStackProps.EcrImage;
import software.amazon.awscdk.Environment;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

/** The non-default choices, each variant synthesized once. */
class GatewayStackVariantsTest {

    static final String CERT = GatewayStackPropsTest.CERT;

    /** Graviton, TLS at the NLB, PROXY protocol, polling downlink, provisioned shards, alarm e-mail. */
    private static Template tuned;
    /** Tasks in public subnets without NAT, Kinesis through an interface endpoint. */
    private static Template publicTasks;
    /** An existing VPC looked up by id. */
    private static Template imported;
    /** Image built from a Dockerfile by cdk. */
    private static Template asset;

    private static List<GatewayStack> stacks;

    @TempDir
    static Path buildContext;

    @BeforeAll
    static void synth() throws IOException {
        GatewayStack tunedStack = Templates.stack("Tuned", null, GatewayStackProps.builder()
                .image(new EcrImage("team/ocpp-gateway", "v2"))
                .architecture(Architecture.ARM64)
                .cpu(2048).memoryMiB(4096)
                .certificateArn(CERT)
                .proxyProtocol(true)
                .stationCidr("203.0.113.0/24")
                .idleTimeoutSeconds(600)
                .minTasks(3).maxTasks(40)
                .stationsPerTask(8000)
                .uplinkShards(4).downlinkShards(2)
                .uplinkStreamName("ocpp-up").downlinkStreamName("ocpp-down")
                .stopTimeoutSeconds(120).deregistrationDelaySeconds(30)
                .logRetentionDays(7)
                .alarmEmail("ops@example.com")
                .retainData(false)
                .build());
        GatewayStack publicTasksStack = Templates.stack("Public", null, GatewayStackProps.builder()
                .image(new EcrImage("ocpp-gateway", "1"))
                .publicTasks(true).natGateways(0)
                .kinesisVpcEndpoint(true)
                .alarmTopicArn("arn:aws:sns:eu-west-1:123456789012:alarms")
                .build());
        GatewayStack importedStack = Templates.stack("Imported",
                StackProps.builder().env(Environment.builder().account("123456789012").region("eu-west-1").build())
                        .build(),
                GatewayStackProps.builder().image(new EcrImage("ocpp-gateway", "1")).vpcId("vpc-0123456789abcdef0")
                        .build());
        Files.writeString(buildContext.resolve("Dockerfile"), "FROM scratch\n");
        GatewayStack assetStack = Templates.stack("Asset", null, GatewayStackProps.builder()
                .image(new AssetImage(buildContext.toString(), "Dockerfile"))
                .architecture(Architecture.ARM64)
                .build());
        stacks = List.of(tunedStack, publicTasksStack, importedStack, assetStack);
        tuned = Template.fromStack(tunedStack);
        publicTasks = Template.fromStack(publicTasksStack);
        imported = Template.fromStack(importedStack);
        asset = Template.fromStack(assetStack);
    }

    @Test
    void everyVariantSynthesizesWithoutWarningsOrErrors() {
        stacks.forEach(Templates::assertNoWarningsOrErrors);
    }

    @Test
    void gravitonRuntimePlatformAndTaskSize() {
        tuned.hasResourceProperties("AWS::ECS::TaskDefinition", Map.of(
                "Cpu", "2048",
                "Memory", "4096",
                "RuntimePlatform", Map.of("CpuArchitecture", "ARM64", "OperatingSystemFamily", "LINUX")));
        assertEquals(120, container(tuned).get("StopTimeout"));
        assertEquals("105", environment(tuned).get("GATEWAY_DRAIN_WINDOW"));
    }

    @Test
    void tlsListenerOnlyWithACertificate() {
        Map<Integer, Map<String, Object>> listeners = listeners(tuned);
        assertEquals(setOf("80", "443"), new java.util.TreeSet<>(listeners.keySet().stream().map(String::valueOf)
                .toList()));
        Map<String, Object> tcp = listeners.get(80);
        assertEquals("TCP", tcp.get("Protocol"));
        assertEquals(Map.of("tcp.idle_timeout.seconds", "600"), attributes(tcp, "ListenerAttributes"));
        Map<String, Object> tls = listeners.get(443);
        assertEquals("TLS", tls.get("Protocol"));
        assertEquals(List.of(Map.of("CertificateArn", CERT)), tls.get("Certificates"));
        assertTrue(String.valueOf(tls.get("SslPolicy")).startsWith("ELBSecurityPolicy-TLS13"), tls.toString());
        assertEquals(Map.of(), attributes(tls, "ListenerAttributes"), "TLS listeners keep the fixed 350 s");
        // Both listeners forward to the one target group, plain TCP to the station port.
        assertEquals(map(list(tcp.get("DefaultActions")).get(0)).get("TargetGroupArn"),
                map(list(tls.get("DefaultActions")).get(0)).get("TargetGroupArn"));

        for (Template withoutCertificate : List.of(publicTasks, imported, asset)) {
            for (Map<String, Object> listener : listeners(withoutCertificate).values()) {
                assertEquals("TCP", listener.get("Protocol"));
            }
        }
    }

    @Test
    void stationCidrOnTheNlbListenersOnly() {
        Map<String, Object> nlbGroup = tuned.findResources("AWS::EC2::SecurityGroup").entrySet().stream()
                .filter(e -> e.getKey().startsWith("NlbSecurityGroup")).findFirst().orElseThrow().getValue();
        List<Object> ingress = list(props(nlbGroup).get("SecurityGroupIngress"));
        assertEquals(List.of(80, 443), ingress.stream().map(r -> map(r).get("FromPort")).toList());
        ingress.forEach(r -> assertEquals("203.0.113.0/24", map(r).get("CidrIp")));
    }

    @Test
    void proxyProtocolOnTheTargetGroupMatchesTheGatewaySetting() {
        Map<String, Object> tg = props(only(tuned, "AWS::ElasticLoadBalancingV2::TargetGroup"));
        Map<String, String> attributes = attributes(tg, "TargetGroupAttributes");
        assertEquals("true", attributes.get("proxy_protocol_v2.enabled"));
        assertEquals("30", attributes.get("deregistration_delay.timeout_seconds"));
        assertEquals("true", environment(tuned).get("GATEWAY_PROXY_PROTOCOL"));
    }

    @Test
    void pollingDownlinkGetsOnlyPollingPermissions() {
        assertEquals("polling", environment(tuned).get("KINESIS_DOWNLINK_MODE"));
        assertEquals(Map.of(
                "UplinkWrite", setOf("kinesis:PutRecords"),
                "DownlinkPolling", setOf("kinesis:ListShards", "kinesis:GetShardIterator", "kinesis:GetRecords"),
                "Metrics", setOf("cloudwatch:PutMetricData")), Templates.taskRoleActionsBySid(tuned));
        Templates.assertNoWildcardActions(tuned);
    }

    @Test
    void provisionedStreamsWithNamesAndNoRetention() {
        tuned.hasResourceProperties("AWS::Kinesis::Stream", Map.of(
                "Name", "ocpp-up", "ShardCount", 4, "StreamModeDetails", Map.of("StreamMode", "PROVISIONED")));
        tuned.hasResourceProperties("AWS::Kinesis::Stream", Map.of(
                "Name", "ocpp-down", "ShardCount", 2, "StreamModeDetails", Map.of("StreamMode", "PROVISIONED")));
        for (Map<String, Object> stream : tuned.findResources("AWS::Kinesis::Stream").values()) {
            assertEquals("Delete", stream.get("DeletionPolicy"));
        }
        Map<String, Object> logs = only(tuned, "AWS::Logs::LogGroup");
        assertEquals(7, props(logs).get("RetentionInDays"));
        assertEquals("Delete", logs.get("DeletionPolicy"));
    }

    @Test
    void scalingRangeAndStationsTargetFromProps() {
        tuned.hasResourceProperties("AWS::ApplicationAutoScaling::ScalableTarget",
                Map.of("MinCapacity", 3, "MaxCapacity", 40));
        tuned.hasResourceProperties("AWS::ECS::Service", Map.of("DesiredCount", 3));
        tuned.hasResourceProperties("AWS::ApplicationAutoScaling::ScalingPolicy", Map.of(
                "TargetTrackingScalingPolicyConfiguration", Match.objectLike(Map.of(
                        "CustomizedMetricSpecification", Match.objectLike(Map.of(
                                "MetricName", "ocpp.stations.connected.total")),
                        "TargetValue", 8000))));
    }

    @Test
    void alarmsNotifyANewTopicOrAnExistingOne() {
        tuned.resourceCountIs("AWS::SNS::Topic", 1);
        tuned.hasResourceProperties("AWS::SNS::Subscription", Map.of(
                "Protocol", "email", "Endpoint", "ops@example.com"));
        String topic = tuned.findResources("AWS::SNS::Topic").keySet().iterator().next();
        for (Map<String, Object> alarm : tuned.findResources("AWS::CloudWatch::Alarm").values()) {
            assertEquals(List.of(Map.of("Ref", topic)), props(alarm).get("AlarmActions"));
            assertEquals(List.of(Map.of("Ref", topic)), props(alarm).get("OKActions"));
        }
        publicTasks.resourceCountIs("AWS::SNS::Topic", 0);
        publicTasks.resourceCountIs("AWS::CloudWatch::Alarm", 3);
        for (Map<String, Object> alarm : publicTasks.findResources("AWS::CloudWatch::Alarm").values()) {
            assertEquals(List.of("arn:aws:sns:eu-west-1:123456789012:alarms"), props(alarm).get("AlarmActions"));
        }
    }

    @Test
    void publicTasksNeedNoNatAndReachKinesisThroughTheEndpoint() {
        publicTasks.resourceCountIs("AWS::EC2::NatGateway", 0);
        publicTasks.resourceCountIs("AWS::EC2::Subnet", 2);
        publicTasks.hasResourceProperties("AWS::ECS::Service", Map.of(
                "NetworkConfiguration", Map.of("AwsvpcConfiguration", Match.objectLike(Map.of(
                        "AssignPublicIp", "ENABLED")))));
        Map<String, Object> endpoint = props(only(publicTasks, "AWS::EC2::VPCEndpoint"));
        assertEquals("Interface", endpoint.get("VpcEndpointType"));
        assertEquals(true, endpoint.get("PrivateDnsEnabled"));
        assertTrue(endpoint.get("ServiceName").toString().contains("kinesis-streams"), endpoint.toString());
        // Public IPs do not open the tasks: their only ingress is still from the NLB's group.
        assertFalse(props(publicTasks.findResources("AWS::EC2::SecurityGroup").entrySet().stream()
                .filter(e -> e.getKey().startsWith("TaskSecurityGroup")).findFirst().orElseThrow().getValue())
                .containsKey("SecurityGroupIngress"));
    }

    @Test
    void importedVpcCreatesNoNetwork() {
        imported.resourceCountIs("AWS::EC2::VPC", 0);
        imported.resourceCountIs("AWS::EC2::Subnet", 0);
        imported.resourceCountIs("AWS::EC2::NatGateway", 0);
        imported.resourceCountIs("AWS::EC2::InternetGateway", 0);
        imported.hasResourceProperties("AWS::EC2::SecurityGroup", Map.of("VpcId", Match.stringLikeRegexp("vpc-.*")));
        imported.resourceCountIs("AWS::ECS::Service", 1);
        imported.resourceCountIs("AWS::Kinesis::Stream", 2);
    }

    @Test
    void assetImageIsBuiltForTheTaskArchitecture() {
        Object image = container(asset).get("Image");
        assertTrue(image.toString().contains("container-assets"), image.toString());
        asset.hasResourceProperties("AWS::ECS::TaskDefinition", Map.of(
                "RuntimePlatform", Map.of("CpuArchitecture", "ARM64", "OperatingSystemFamily", "LINUX")));
        Templates.assertNoWildcardActions(asset);
    }
}
