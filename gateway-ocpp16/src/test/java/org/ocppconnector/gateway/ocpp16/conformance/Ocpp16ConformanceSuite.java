package org.ocppconnector.gateway.ocpp16.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collection;
import org.ocppconnector.gateway.core.spi.Decoded;
import org.ocppconnector.gateway.core.spi.OcppProtocol;
import org.ocppconnector.gateway.ocpp16.Ocpp16Protocol;
import org.ocppconnector.gateway.testkit.Fixtures;
import org.ocppconnector.gateway.testkit.schema.OfficialSchemas;
import org.ocppconnector.gateway.testkit.schema.OfficialSchemas.Schema;
import org.ocppconnector.gateway.testkit.schema.SchemaConformanceSuite;

/** The shared schema suite over the official OCPP 1.6 schemas, one subclass per feature profile. */
abstract class Ocpp16ConformanceSuite extends SchemaConformanceSuite {

    static final Ocpp16Protocol PROTOCOL = Ocpp16Protocol.INSTANCE;
    static final OfficialSchemas SCHEMAS = OfficialSchemas.load(Fixtures.ocpp16Schemas());

    /** The feature whose actions this suite covers. */
    abstract Feature feature();

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
        return feature().actions().keySet();
    }

    /** 1.6 PDUs are a {@code .req} and a {@code .conf}: {@code BootNotificationRequest}, {@code ...Confirmation}. */
    @Override
    protected String recordName(Schema schema) {
        return schema.action() + (schema.request() ? "Request" : "Confirmation");
    }

    static Decoded decode(Schema schema, JsonNode payload) {
        return SchemaConformanceSuite.decode(PROTOCOL, schema, payload);
    }
}
