package org.ocppconnector.gateway.ocpp201.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;
import org.ocppconnector.gateway.core.spi.Decoded;
import org.ocppconnector.gateway.core.spi.OcppProtocol;
import org.ocppconnector.gateway.ocpp201.Ocpp201Protocol;
import org.ocppconnector.gateway.testkit.Fixtures;
import org.ocppconnector.gateway.testkit.schema.OfficialSchemas;
import org.ocppconnector.gateway.testkit.schema.OfficialSchemas.Schema;
import org.ocppconnector.gateway.testkit.schema.SchemaConformanceSuite;

/** The shared schema suite over the official OCPP 2.0.1 schemas, one subclass per group of functional blocks. */
abstract class Ocpp201ConformanceSuite extends SchemaConformanceSuite {

    static final Ocpp201Protocol PROTOCOL = Ocpp201Protocol.INSTANCE;
    static final OfficialSchemas SCHEMAS = OfficialSchemas.load(Fixtures.ocpp201Schemas());

    /** The functional blocks whose actions this suite covers. */
    abstract Set<Feature> features();

    @Override
    protected OcppProtocol protocol() {
        return PROTOCOL;
    }

    @Override
    protected OfficialSchemas schemas() {
        return SCHEMAS;
    }

    @Override
    protected Collection<String> actions() {
        Set<String> actions = new TreeSet<>();
        features().forEach(feature -> actions.addAll(feature.actions().keySet()));
        return actions;
    }

    /** 2.0.1 payloads are a request and a response: {@code BootNotificationRequest}, {@code ...Response}. */
    @Override
    protected String recordName(Schema schema) {
        return schema.action() + (schema.request() ? "Request" : "Response");
    }

    static Decoded decode(Schema schema, JsonNode payload) {
        return SchemaConformanceSuite.decode(PROTOCOL, schema, payload);
    }
}
