package org.ocppconnector.gateway.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.chargetime.ocpp.ClientEvents;
import eu.chargetime.ocpp.JSONClient;
import eu.chargetime.ocpp.feature.profile.ClientCoreEventHandler;
import eu.chargetime.ocpp.feature.profile.ClientCoreProfile;
import eu.chargetime.ocpp.model.core.AuthorizeConfirmation;
import eu.chargetime.ocpp.model.core.AuthorizationStatus;
import eu.chargetime.ocpp.model.core.AvailabilityStatus;
import eu.chargetime.ocpp.model.core.BootNotificationConfirmation;
import eu.chargetime.ocpp.model.core.ChangeAvailabilityConfirmation;
import eu.chargetime.ocpp.model.core.ChangeAvailabilityRequest;
import eu.chargetime.ocpp.model.core.ChangeConfigurationConfirmation;
import eu.chargetime.ocpp.model.core.ChangeConfigurationRequest;
import eu.chargetime.ocpp.model.core.ClearCacheConfirmation;
import eu.chargetime.ocpp.model.core.ClearCacheRequest;
import eu.chargetime.ocpp.model.core.DataTransferConfirmation;
import eu.chargetime.ocpp.model.core.DataTransferRequest;
import eu.chargetime.ocpp.model.core.GetConfigurationConfirmation;
import eu.chargetime.ocpp.model.core.GetConfigurationRequest;
import eu.chargetime.ocpp.model.core.HeartbeatConfirmation;
import eu.chargetime.ocpp.model.core.RegistrationStatus;
import eu.chargetime.ocpp.model.core.RemoteStartTransactionConfirmation;
import eu.chargetime.ocpp.model.core.RemoteStartTransactionRequest;
import eu.chargetime.ocpp.model.core.RemoteStartStopStatus;
import eu.chargetime.ocpp.model.core.RemoteStopTransactionConfirmation;
import eu.chargetime.ocpp.model.core.RemoteStopTransactionRequest;
import eu.chargetime.ocpp.model.core.ResetConfirmation;
import eu.chargetime.ocpp.model.core.ResetRequest;
import eu.chargetime.ocpp.model.core.ResetStatus;
import eu.chargetime.ocpp.model.core.UnlockConnectorConfirmation;
import eu.chargetime.ocpp.model.core.UnlockConnectorRequest;
import eu.chargetime.ocpp.model.core.UnlockStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.ocppconnector.gateway.core.event.CloudEvent;
import org.ocppconnector.gateway.core.event.EventTypes;
import org.ocppconnector.gateway.core.rpc.OcppJson;
import org.ocppconnector.gateway.testkit.KinesisLocal;
import org.ocppconnector.gateway.testkit.KinesisStreamTap;

/** A second third-party station: Java-OCA-OCPP's 1.6 JSON client against the packaged gateway. */
class ChargetimeStationIT {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final ObjectMapper JSON = OcppJson.newMapper();

    @Test
    void javaOcaOcppStationBootsAuthorizesAndTakesAReset() throws Exception {
        CompletableFuture<ResetRequest> resetReceived = new CompletableFuture<>();
        ClientCoreProfile core = new ClientCoreProfile(new Handler(resetReceived));
        try (KinesisLocal kinesis = KinesisLocal.launch(Map.of("uplink", 1, "downlink", 1));
                KinesisStreamTap uplink = KinesisStreamTap.reading(kinesis, "uplink");
                KinesisStreamTap downlink = KinesisStreamTap.writing(kinesis, "downlink");
                GatewayProcess gateway = GatewayProcess.start("gw-chargetime", kinesis, "uplink", "downlink", Map.of())) {
            JSONClient client = new JSONClient(core, "JAVA-OCA-1");
            CompletableFuture<Void> opened = new CompletableFuture<>();
            client.connect(gateway.stationEndpoint().toString(), new ClientEvents() {
                @Override
                public void connectionOpened() {
                    opened.complete(null);
                }

                @Override
                public void connectionClosed() {
                    opened.completeExceptionally(new IllegalStateException("closed"));
                }
            });
            try {
                opened.get(20, TimeUnit.SECONDS);
                BootNotificationConfirmation boot = (BootNotificationConfirmation) client
                        .send(core.createBootNotificationRequest("ACME", "JavaBox")).toCompletableFuture()
                        .get(20, TimeUnit.SECONDS);
                assertEquals(RegistrationStatus.Accepted, boot.getStatus());
                assertEquals(300, boot.getInterval());
                HeartbeatConfirmation heartbeat = (HeartbeatConfirmation) client.send(core.createHeartbeatRequest())
                        .toCompletableFuture().get(20, TimeUnit.SECONDS);
                assertNotNull(heartbeat.getCurrentTime());

                CompletableFuture<?> authorize = client.send(core.createAuthorizeRequest("JAVA-TAG")).toCompletableFuture();
                CloudEvent call = uplink.await(e -> e.type().equals(EventTypes.CALL)
                        && e.subject().equals("JAVA-OCA-1") && e.data().get("action").asText().equals("Authorize"), WAIT);
                ObjectNode data = JSON.createObjectNode();
                data.put("messageId", call.data().get("messageId").asText());
                data.set("payload", JSON.readTree("{\"idTagInfo\":{\"status\":\"Blocked\"}}"));
                downlink.put(new CloudEvent(UUID.randomUUID().toString(), "/test-backend", EventTypes.REPLY,
                        "JAVA-OCA-1", Instant.now(), null, data));
                AuthorizeConfirmation authorized = (AuthorizeConfirmation) authorize.get(20, TimeUnit.SECONDS);
                assertEquals(AuthorizationStatus.Blocked, authorized.getIdTagInfo().getStatus());

                String commandId = UUID.randomUUID().toString();
                ObjectNode command = JSON.createObjectNode();
                command.put("action", "Reset");
                command.set("payload", JSON.readTree("{\"type\":\"Hard\"}"));
                downlink.put(new CloudEvent(commandId, "/test-backend", EventTypes.COMMAND, "JAVA-OCA-1",
                        Instant.now(), null, command));
                assertEquals("Hard", resetReceived.get(20, TimeUnit.SECONDS).getType().name());
                CloudEvent result = uplink.await(e -> e.type().equals(EventTypes.COMMAND_RESULT)
                        && e.data().get("commandId").asText().equals(commandId), WAIT);
                assertEquals("Completed", result.data().get("outcome").asText());
                assertEquals("Accepted", result.data().get("response").get("status").asText());
            } finally {
                client.disconnect();
            }
        }
    }

    /** Answers the core profile's CSMS calls as a cooperative station would. */
    private record Handler(CompletableFuture<ResetRequest> resetReceived) implements ClientCoreEventHandler {
        @Override
        public ChangeAvailabilityConfirmation handleChangeAvailabilityRequest(ChangeAvailabilityRequest request) {
            return new ChangeAvailabilityConfirmation(AvailabilityStatus.Accepted);
        }

        @Override
        public GetConfigurationConfirmation handleGetConfigurationRequest(GetConfigurationRequest request) {
            return new GetConfigurationConfirmation();
        }

        @Override
        public ChangeConfigurationConfirmation handleChangeConfigurationRequest(ChangeConfigurationRequest request) {
            return null;
        }

        @Override
        public ClearCacheConfirmation handleClearCacheRequest(ClearCacheRequest request) {
            return null;
        }

        @Override
        public DataTransferConfirmation handleDataTransferRequest(DataTransferRequest request) {
            return null;
        }

        @Override
        public RemoteStartTransactionConfirmation handleRemoteStartTransactionRequest(RemoteStartTransactionRequest r) {
            return new RemoteStartTransactionConfirmation(RemoteStartStopStatus.Accepted);
        }

        @Override
        public RemoteStopTransactionConfirmation handleRemoteStopTransactionRequest(RemoteStopTransactionRequest r) {
            return new RemoteStopTransactionConfirmation(RemoteStartStopStatus.Accepted);
        }

        @Override
        public ResetConfirmation handleResetRequest(ResetRequest request) {
            resetReceived.complete(request);
            return new ResetConfirmation(ResetStatus.Accepted);
        }

        @Override
        public UnlockConnectorConfirmation handleUnlockConnectorRequest(UnlockConnectorRequest request) {
            return new UnlockConnectorConfirmation(UnlockStatus.Unlocked);
        }
    }
}
