package org.ocppconnector.gateway.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import software.amazon.awscdk.App;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.assertions.Annotations;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

/** Synthesis and template-reading helpers shared by the stack tests. */
final class Templates {

    private Templates() {}

    /** One gateway stack in its own app. */
    static GatewayStack stack(String id, @Nullable StackProps stackProps, GatewayStackProps props) {
        return new GatewayStack(new App(), id, stackProps, props);
    }

    /** Fails on any warning or error CDK recorded while building {@code stack}. */
    static void assertNoWarningsOrErrors(GatewayStack stack) {
        Annotations annotations = Annotations.fromStack(stack);
        annotations.hasNoError("*", Match.anyValue());
        annotations.hasNoWarning("*", Match.anyValue());
    }

    /** The single resource of {@code type}; fails unless there is exactly one. */
    static Map<String, Object> only(Template template, String type) {
        Map<String, Map<String, Object>> found = template.findResources(type);
        assertEquals(1, found.size(), type + ": " + found.keySet());
        return found.values().iterator().next();
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> props(Map<String, Object> resource) {
        return (Map<String, Object>) resource.get("Properties");
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    static List<Object> list(Object value) {
        return (List<Object>) value;
    }

    /** Logical ids of resources of {@code type} whose id starts with {@code prefix}. */
    static List<String> ids(Template template, String type, String prefix) {
        return template.findResources(type).keySet().stream().filter(id -> id.startsWith(prefix)).toList();
    }

    /** Every statement of every AWS::IAM::Policy attached to the role with logical id {@code roleId}. */
    static List<Map<String, Object>> statementsOf(Template template, String roleId) {
        List<Map<String, Object>> statements = new ArrayList<>();
        for (Map<String, Object> policy : template.findResources("AWS::IAM::Policy").values()) {
            Map<String, Object> p = props(policy);
            if (list(p.get("Roles")).contains(Map.of("Ref", roleId))) {
                for (Object statement : list(map(p.get("PolicyDocument")).get("Statement"))) {
                    statements.add(map(statement));
                }
            }
        }
        return statements;
    }

    /** A statement's actions, whether CloudFormation holds one string or a list. */
    static Set<String> actions(Map<String, Object> statement) {
        Object action = statement.get("Action");
        Set<String> result = new TreeSet<>();
        if (action instanceof String s) {
            result.add(s);
        } else {
            for (Object a : list(action)) {
                result.add((String) a);
            }
        }
        return result;
    }

    /** The task role's statements by Sid, each as its action set; fails on a statement without Sid. */
    static Map<String, Set<String>> taskRoleActionsBySid(Template template) {
        List<String> roles = ids(template, "AWS::IAM::Role", "TaskRole");
        assertEquals(1, roles.size(), roles.toString());
        Map<String, Set<String>> bySid = new LinkedHashMap<>();
        for (Map<String, Object> statement : statementsOf(template, roles.get(0))) {
            assertEquals("Allow", statement.get("Effect"));
            assertTrue(statement.containsKey("Sid"), "unexpected statement " + statement);
            assertEquals(null, bySid.put((String) statement.get("Sid"), actions(statement)), "duplicate Sid");
        }
        return bySid;
    }

    /** The task role statement with {@code sid}. */
    static Map<String, Object> taskRoleStatement(Template template, String sid) {
        String role = ids(template, "AWS::IAM::Role", "TaskRole").get(0);
        return statementsOf(template, role).stream().filter(s -> sid.equals(s.get("Sid"))).findFirst()
                .orElseThrow(() -> new AssertionError("no statement " + sid));
    }

    /** Fails if any IAM policy in the template (managed, inline or role-embedded) has a wildcard action. */
    static void assertNoWildcardActions(Template template) {
        List<Map<String, Object>> documents = new ArrayList<>();
        for (Map<String, Object> policy : template.findResources("AWS::IAM::Policy").values()) {
            documents.add(map(props(policy).get("PolicyDocument")));
        }
        for (Map<String, Object> role : template.findResources("AWS::IAM::Role").values()) {
            Object inline = props(role).get("Policies");
            if (inline != null) {
                for (Object p : list(inline)) {
                    documents.add(map(map(p).get("PolicyDocument")));
                }
            }
            assertFalse(props(role).containsKey("ManagedPolicyArns"), "managed policies grant more than needed");
        }
        assertFalse(documents.isEmpty());
        for (Map<String, Object> document : documents) {
            for (Object statement : list(document.get("Statement"))) {
                for (String action : actions(map(statement))) {
                    assertFalse(action.contains("*"), "wildcard action " + action + " in " + statement);
                }
            }
        }
    }

    /** The gateway container's environment as a map. */
    static Map<String, Object> environment(Template template) {
        Map<String, Object> container = map(list(props(only(template, "AWS::ECS::TaskDefinition"))
                .get("ContainerDefinitions")).get(0));
        Map<String, Object> env = new LinkedHashMap<>();
        for (Object entry : list(container.get("Environment"))) {
            env.put((String) map(entry).get("Name"), map(entry).get("Value"));
        }
        return env;
    }

    /** The gateway container definition. */
    static Map<String, Object> container(Template template) {
        return map(list(props(only(template, "AWS::ECS::TaskDefinition")).get("ContainerDefinitions")).get(0));
    }

    /** Listener port → properties. */
    static Map<Integer, Map<String, Object>> listeners(Template template) {
        Map<Integer, Map<String, Object>> byPort = new LinkedHashMap<>();
        for (Map<String, Object> listener : template.findResources("AWS::ElasticLoadBalancingV2::Listener").values()) {
            Map<String, Object> p = props(listener);
            byPort.put(((Number) p.get("Port")).intValue(), p);
        }
        return byPort;
    }

    /** A resource's attribute list ({@code ListenerAttributes}, {@code TargetGroupAttributes}) as a map. */
    static Map<String, String> attributes(Map<String, Object> properties, String key) {
        Map<String, String> result = new LinkedHashMap<>();
        Object attributes = properties.get(key);
        if (attributes != null) {
            for (Object a : list(attributes)) {
                result.put((String) map(a).get("Key"), (String) map(a).get("Value"));
            }
        }
        return result;
    }

    static Set<String> setOf(String... values) {
        return new TreeSet<>(List.of(values));
    }
}
