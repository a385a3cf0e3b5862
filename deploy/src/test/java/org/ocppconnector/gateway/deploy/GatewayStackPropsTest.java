package org.ocppconnector.gateway.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.ocppconnector.gateway.deploy.GatewayStackProps.Architecture;
import org.ocppconnector.gateway.deploy.GatewayStackProps.Builder;
import org.ocppconnector.gateway.deploy.GatewayStackProps.DownlinkMode;
import org.ocppconnector.gateway.deploy.GatewayStackProps.EcrImage;

class GatewayStackPropsTest {

    static final String CERT = "arn:aws:acm:eu-west-1:123456789012:certificate/0b1d2c3e-4f50-6172-8394-a5b6c7d8e9f0";

    private static Builder valid() {
        return GatewayStackProps.builder().image(new EcrImage("ocpp-gateway", "1.0"));
    }

    private static void rejects(String message, UnaryOperator<Builder> change) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> change.apply(valid()).build());
        assertEquals(message, e.getMessage());
    }

    @Test
    void defaults() {
        GatewayStackProps p = valid().build();
        assertNull(p.vpcId());
        assertEquals(1, p.natGateways());
        assertEquals(Architecture.X86_64, p.architecture());
        assertEquals(1024, p.cpu());
        assertEquals(2048, p.memoryMiB());
        assertEquals(65536, p.nofileLimit());
        assertEquals(List.of(80, 443), p.tcpPorts());
        assertNull(p.certificateArn());
        assertEquals("0.0.0.0/0", p.stationCidr());
        assertEquals(2, p.minTasks());
        assertEquals(10, p.maxTasks());
        assertEquals(60, p.cpuTargetPercent());
        assertEquals(5000, p.stationsPerTask());
        assertEquals(0, p.uplinkShards());
        assertEquals(0, p.downlinkShards());
        assertEquals(DownlinkMode.EFO, p.downlinkMode());
        assertEquals(60, p.stopTimeoutSeconds());
        assertEquals(45, p.drainWindowSeconds());
        assertEquals(10, p.deregistrationDelaySeconds());
        assertEquals(350, p.idleTimeoutSeconds());
        assertEquals(60, p.pingIntervalSeconds());
        assertEquals(30, p.logRetentionDays());
        assertTrue(p.retainData());
    }

    @Test
    void derivedDefaults() {
        assertEquals(List.of(80), valid().certificateArn(CERT).build().tcpPorts(),
                "the TLS listener takes 443");
        assertEquals(List.of(80, 443), valid().certificateArn(CERT).tlsPort(8443).build().tcpPorts());
        assertEquals(DownlinkMode.POLLING, valid().maxTasks(21).build().downlinkMode(),
                "more tasks than fan-out consumers");
        assertEquals(DownlinkMode.EFO, valid().maxTasks(20).build().downlinkMode());
        assertEquals(75, valid().stopTimeoutSeconds(90).build().drainWindowSeconds());
    }

    @Test
    void acceptsEveryFargateSizeEdge() {
        valid().cpu(256).memoryMiB(512).build();
        valid().cpu(512).memoryMiB(4096).build();
        valid().cpu(4096).memoryMiB(30720).build();
        valid().cpu(8192).memoryMiB(61440).build();
        valid().cpu(16384).memoryMiB(122880).build();
    }

    @Test
    void rejectsBadValuesNamingTheField() {
        rejects("ecrRepository: (unset) (expected: an ECR repository name, or buildImage=true)",
                b -> GatewayStackProps.builder());
        rejects("vpcId: vpc-xyz (expected: vpc- and 8 or 17 hex digits)", b -> b.vpcId("vpc-xyz"));
        rejects("natGateways: 0 (expected: >= 1 unless publicTasks=true: tasks in private subnets reach ECR,"
                + " CloudWatch and Kinesis through NAT)", b -> b.natGateways(0));
        rejects("natGateways: 4 (expected: 0..3)", b -> b.natGateways(4));
        rejects("cpu: 1000 (expected: 256, 512, 1024, 2048, 4096, 8192 or 16384)", b -> b.cpu(1000));
        rejects("memoryMiB: 1024 (expected: 2048..8192 in steps of 1024 for cpu 1024)", b -> b.memoryMiB(1024));
        rejects("memoryMiB: 20000 (expected: 16384..61440 in steps of 4096 for cpu 8192)",
                b -> b.cpu(8192).memoryMiB(20000));
        rejects("nofileLimit: 100 (expected: 1024..1048576)", b -> b.nofileLimit(100));
        rejects("tcpPorts: [80, 80] (expected: no port twice)", b -> b.tcpPorts(List.of(80, 80)));
        rejects("tcpPorts: 0 (expected: 1..65535)", b -> b.tcpPorts(List.of(0)));
        rejects("tcpPorts: [] (expected: at least one port unless certificateArn is set)",
                b -> b.tcpPorts(List.of()));
        rejects("tlsPort: 443 (expected: not one of tcpPorts [80, 443])",
                b -> b.certificateArn(CERT).tcpPorts(List.of(80, 443)));
        rejects("certificateArn: arn:aws:iam::123456789012:server-certificate/x (expected: an ACM certificate ARN)",
                b -> b.certificateArn("arn:aws:iam::123456789012:server-certificate/x"));
        rejects("stationCidr: 10.0.0.0/33 (expected: an IPv4 CIDR such as 0.0.0.0/0)",
                b -> b.stationCidr("10.0.0.0/33"));
        rejects("minTasks: 0 (expected: 1..1000)", b -> b.minTasks(0));
        rejects("maxTasks: 3 (expected: 4..1000 (>= minTasks))", b -> b.minTasks(4).maxTasks(3));
        rejects("cpuTargetPercent: 95 (expected: 10..90)", b -> b.cpuTargetPercent(95));
        rejects("stationsPerTask: 0 (expected: 1..1000000)", b -> b.stationsPerTask(0));
        rejects("uplinkShards: -1 (expected: 0 (on-demand)..10000)", b -> b.uplinkShards(-1));
        rejects("downlinkShards: 10001 (expected: 0 (on-demand)..10000)", b -> b.downlinkShards(10001));
        rejects("uplinkStreamName: a b (expected: 1-128 of [a-zA-Z0-9_.-])", b -> b.uplinkStreamName("a b"));
        rejects("downlinkStreamName: same (expected: a stream other than the uplink)",
                b -> b.uplinkStreamName("same").downlinkStreamName("same"));
        rejects("downlinkMode: efo (expected: polling when maxTasks > 20: a stream allows 20 enhanced fan-out"
                + " consumers)", b -> b.maxTasks(21).downlinkMode(DownlinkMode.EFO));
        rejects("stopTimeoutSeconds: 121 (expected: 30..120)", b -> b.stopTimeoutSeconds(121));
        rejects("stopTimeoutSeconds: 20 (expected: 30..120)", b -> b.stopTimeoutSeconds(20));
        rejects("drainWindowSeconds: 46 (expected: 1..45: stopTimeoutSeconds - 15 so the uplink flushes before"
                + " SIGKILL)", b -> b.drainWindowSeconds(46));
        rejects("deregistrationDelaySeconds: 60 (expected: 0..59 (< stopTimeoutSeconds))",
                b -> b.deregistrationDelaySeconds(60));
        rejects("idleTimeoutSeconds: 59 (expected: 60..6000)", b -> b.idleTimeoutSeconds(59));
        rejects("pingIntervalSeconds: 350 (expected: 1..349 (below the NLB idle timeout, or idle connections are"
                + " cut))", b -> b.pingIntervalSeconds(350));
        rejects("pingIntervalSeconds: 400 (expected: 1..349 (below the NLB idle timeout, or idle connections are"
                + " cut))", b -> b.certificateArn(CERT).idleTimeoutSeconds(600).pingIntervalSeconds(400));
        rejects("pingIntervalSeconds: 0 (expected: 1..349 (below the NLB idle timeout, or idle connections are"
                + " cut))", b -> b.pingIntervalSeconds(0));
        rejects("logRetentionDays: 31 (expected: one of " + GatewayStackProps.RETENTION_DAYS + ")",
                b -> b.logRetentionDays(31));
        rejects("alarmEmail: ops (expected: an email address)", b -> b.alarmEmail("ops"));
        rejects("alarmTopicArn: arn:aws:sqs:eu-west-1:123456789012:q (expected: an SNS topic ARN)",
                b -> b.alarmTopicArn("arn:aws:sqs:eu-west-1:123456789012:q"));
        rejects("alarmEmail: ops@example.com (expected: unset when alarmTopicArn is set)",
                b -> b.alarmEmail("ops@example.com").alarmTopicArn("arn:aws:sns:eu-west-1:123456789012:alarms"));
        rejects("ecrRepository: Bad Repo (expected: an ECR repository name)",
                b -> b.image(new EcrImage("Bad Repo", "1")));
        rejects("imageTag: :1 (expected: a Docker tag)", b -> b.image(new EcrImage("repo", ":1")));
    }

    @Test
    void publicTasksNeedNoNat() {
        GatewayStackProps p = valid().publicTasks(true).natGateways(0).build();
        assertTrue(p.publicTasks());
        assertEquals(0, p.natGateways());
    }
}
