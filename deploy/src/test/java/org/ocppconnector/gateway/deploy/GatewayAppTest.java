package org.ocppconnector.gateway.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.ocppconnector.gateway.deploy.GatewayApp.Context;
import org.ocppconnector.gateway.deploy.GatewayStackProps.Architecture;
import org.ocppconnector.gateway.deploy.GatewayStackProps.AssetImage;
import org.ocppconnector.gateway.deploy.GatewayStackProps.DownlinkMode;
import org.ocppconnector.gateway.deploy.GatewayStackProps.EcrImage;
import software.amazon.awscdk.App;
import software.amazon.awscdk.assertions.Template;

class GatewayAppTest {

    private static GatewayStackProps read(Map<String, Object> context) {
        return GatewayApp.props(new Context(context::get));
    }

    private static void rejects(String message, Map<String, Object> context) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> read(context));
        assertEquals(message, e.getMessage());
    }

    @Test
    void stringsFromTheCommandLine() {
        Map<String, Object> c = new HashMap<>();
        c.put("ecrRepository", "ocpp-gateway");
        c.put("imageTag", "1.4.0");
        c.put("architecture", "arm64");
        c.put("cpu", "2048");
        c.put("memoryMiB", "8192");
        c.put("tcpPorts", "80, 8080");
        c.put("certificateArn", GatewayStackPropsTest.CERT);
        c.put("proxyProtocol", "true");
        c.put("minTasks", "4");
        c.put("maxTasks", "30");
        c.put("stationsPerTask", "7000");
        c.put("uplinkShards", "8");
        c.put("downlinkMode", "polling");
        c.put("stopTimeoutSeconds", "90");
        c.put("drainWindowSeconds", "60");
        c.put("publicTasks", "true");
        c.put("natGateways", "0");
        c.put("retainData", "false");
        GatewayStackProps p = read(c);
        assertEquals(new EcrImage("ocpp-gateway", "1.4.0"), p.image());
        assertEquals(Architecture.ARM64, p.architecture());
        assertEquals(2048, p.cpu());
        assertEquals(8192, p.memoryMiB());
        assertEquals(List.of(80, 8080), p.tcpPorts());
        assertEquals(GatewayStackPropsTest.CERT, p.certificateArn());
        assertEquals(443, p.tlsPort());
        assertTrue(p.proxyProtocol());
        assertEquals(4, p.minTasks());
        assertEquals(30, p.maxTasks());
        assertEquals(7000, p.stationsPerTask());
        assertEquals(8, p.uplinkShards());
        assertEquals(0, p.downlinkShards());
        assertEquals(DownlinkMode.POLLING, p.downlinkMode());
        assertEquals(60, p.drainWindowSeconds());
        assertTrue(p.publicTasks());
        assertEquals(false, p.retainData());
    }

    @Test
    void jsonValuesFromCdkJson() {
        GatewayStackProps p = read(Map.of(
                "buildImage", true,
                "tcpPorts", List.of(80),
                "minTasks", 1,
                "idleTimeoutSeconds", 600.0,
                "kinesisVpcEndpoint", true));
        assertEquals(new AssetImage("..", "docker/Dockerfile"), p.image());
        assertEquals(List.of(80), p.tcpPorts());
        assertEquals(1, p.minTasks());
        assertEquals(600, p.idleTimeoutSeconds());
        assertTrue(p.kinesisVpcEndpoint());
        assertNull(p.vpcId());
        assertEquals(Architecture.X86_64, p.architecture());
    }

    @Test
    void badContextValuesNameTheKey() {
        rejects("ecrRepository: (unset) (expected: an ECR repository name, or buildImage=true)", Map.of());
        rejects("buildImage: true (expected: false when ecrRepository is set)",
                Map.of("ecrRepository", "r", "buildImage", "true"));
        rejects("cpu: lots (expected: an integer)", Map.of("ecrRepository", "r", "cpu", "lots"));
        rejects("cpu: 1.5 (expected: an integer)", Map.of("ecrRepository", "r", "cpu", 1.5));
        rejects("publicTasks: yes (expected: true or false)", Map.of("ecrRepository", "r", "publicTasks", "yes"));
        rejects("architecture: sparc (expected: x86_64 or arm64)", Map.of("ecrRepository", "r", "architecture", "sparc"));
        rejects("downlinkMode: kcl (expected: efo or polling)", Map.of("ecrRepository", "r", "downlinkMode", "kcl"));
        rejects("tcpPorts: http (expected: an integer)", Map.of("ecrRepository", "r", "tcpPorts", "80,http"));
        rejects("vpcId: 42 (expected: a string)", Map.of("ecrRepository", "r", "vpcId", 42));
        rejects("maxTasks: 1 (expected: 2..1000 (>= minTasks))", Map.of("ecrRepository", "r", "maxTasks", "1"));
    }

    @Test
    void appBuildsTheNamedStackFromContext() {
        App app = App.Builder.create()
                .context(Map.of("ecrRepository", "ocpp-gateway", "stackName", "OcppGatewayTest", "maxTasks", "4"))
                .build();
        GatewayStack stack = GatewayApp.build(app, Map.of());
        assertEquals("OcppGatewayTest", stack.getStackName());
        Template template = Template.fromStack(stack);
        template.hasResourceProperties("AWS::ApplicationAutoScaling::ScalableTarget", Map.of("MaxCapacity", 4));
        template.hasResourceProperties("AWS::CloudWatch::Alarm", Map.of("AlarmName", "OcppGatewayTest-UplinkFailures"));
    }

    @Test
    void importingAVpcNeedsAccountAndRegion() {
        App app = App.Builder.create()
                .context(Map.of("ecrRepository", "ocpp-gateway", "vpcId", "vpc-0123456789abcdef0"))
                .build();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> GatewayApp.build(app, Map.of("CDK_DEFAULT_ACCOUNT", "", "CDK_DEFAULT_REGION", "")));
        assertEquals("vpcId: vpc-0123456789abcdef0 (expected: a known account and region to look the VPC up; run cdk"
                + " with AWS credentials or set CDK_DEFAULT_ACCOUNT and CDK_DEFAULT_REGION)", e.getMessage());

        App withEnv = App.Builder.create()
                .context(Map.of("ecrRepository", "ocpp-gateway", "vpcId", "vpc-0123456789abcdef0"))
                .build();
        GatewayStack stack = GatewayApp.build(withEnv,
                Map.of("CDK_DEFAULT_ACCOUNT", "123456789012", "CDK_DEFAULT_REGION", "eu-central-1"));
        assertEquals(GatewayApp.DEFAULT_STACK_NAME, stack.getStackName());
        assertEquals("123456789012", stack.getAccount());
        assertEquals("eu-central-1", stack.getRegion());
    }
}
