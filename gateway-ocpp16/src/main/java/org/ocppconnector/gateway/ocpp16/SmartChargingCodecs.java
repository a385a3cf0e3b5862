package org.ocppconnector.gateway.ocpp16;

import static org.ocppconnector.gateway.ocpp16.EnumCodecs.CHARGING_PROFILE_PURPOSE_TYPE;
import static org.ocppconnector.gateway.ocpp16.EnumCodecs.CHARGING_PROFILE_STATUS;
import static org.ocppconnector.gateway.ocpp16.EnumCodecs.CHARGING_RATE_UNIT_TYPE;
import static org.ocppconnector.gateway.ocpp16.EnumCodecs.CLEAR_CHARGING_PROFILE_STATUS;
import static org.ocppconnector.gateway.ocpp16.EnumCodecs.GET_COMPOSITE_SCHEDULE_STATUS;
import static org.ocppconnector.gateway.ocpp16.TypeCodecs.CHARGING_PROFILE;
import static org.ocppconnector.gateway.ocpp16.TypeCodecs.CHARGING_SCHEDULE;

import org.ocppconnector.gateway.core.codec.ObjectCodec;
import org.ocppconnector.gateway.ocpp16.message.ClearChargingProfileConfirmation;
import org.ocppconnector.gateway.ocpp16.message.ClearChargingProfileRequest;
import org.ocppconnector.gateway.ocpp16.message.GetCompositeScheduleConfirmation;
import org.ocppconnector.gateway.ocpp16.message.GetCompositeScheduleRequest;
import org.ocppconnector.gateway.ocpp16.message.SetChargingProfileConfirmation;
import org.ocppconnector.gateway.ocpp16.message.SetChargingProfileRequest;

/** The 3 actions of the Smart Charging feature profile (OCPP 1.6 §3, PDUs in §6). */
final class SmartChargingCodecs {

    static final ObjectCodec<ClearChargingProfileRequest> CLEAR_CHARGING_PROFILE_REQ = ObjectCodec.of(
            ClearChargingProfileRequest.class,
            in -> new ClearChargingProfileRequest(
                    in.optInteger("id"),
                    in.optInteger("connectorId"),
                    in.optEnum("chargingProfilePurpose", CHARGING_PROFILE_PURPOSE_TYPE),
                    in.optInteger("stackLevel")),
            (m, out) -> out
                    .put("id", m.id())
                    .put("connectorId", m.connectorId())
                    .put("chargingProfilePurpose", m.chargingProfilePurpose(), CHARGING_PROFILE_PURPOSE_TYPE)
                    .put("stackLevel", m.stackLevel()));

    static final ObjectCodec<ClearChargingProfileConfirmation> CLEAR_CHARGING_PROFILE_CONF = ObjectCodec.of(
            ClearChargingProfileConfirmation.class,
            in -> new ClearChargingProfileConfirmation(in.enumValue("status", CLEAR_CHARGING_PROFILE_STATUS)),
            (m, out) -> out.put("status", m.status(), CLEAR_CHARGING_PROFILE_STATUS));

    static final ObjectCodec<GetCompositeScheduleRequest> GET_COMPOSITE_SCHEDULE_REQ = ObjectCodec.of(
            GetCompositeScheduleRequest.class,
            in -> new GetCompositeScheduleRequest(
                    in.integer("connectorId"),
                    in.integer("duration"),
                    in.optEnum("chargingRateUnit", CHARGING_RATE_UNIT_TYPE)),
            (m, out) -> out
                    .put("connectorId", m.connectorId())
                    .put("duration", m.duration())
                    .put("chargingRateUnit", m.chargingRateUnit(), CHARGING_RATE_UNIT_TYPE));

    static final ObjectCodec<GetCompositeScheduleConfirmation> GET_COMPOSITE_SCHEDULE_CONF = ObjectCodec.of(
            GetCompositeScheduleConfirmation.class,
            in -> new GetCompositeScheduleConfirmation(
                    in.enumValue("status", GET_COMPOSITE_SCHEDULE_STATUS),
                    in.optInteger("connectorId"),
                    in.optDateTime("scheduleStart"),
                    in.optObject("chargingSchedule", CHARGING_SCHEDULE)),
            (m, out) -> out
                    .put("status", m.status(), GET_COMPOSITE_SCHEDULE_STATUS)
                    .put("connectorId", m.connectorId())
                    .put("scheduleStart", m.scheduleStart())
                    .put("chargingSchedule", m.chargingSchedule(), CHARGING_SCHEDULE));

    static final ObjectCodec<SetChargingProfileRequest> SET_CHARGING_PROFILE_REQ = ObjectCodec.of(
            SetChargingProfileRequest.class,
            in -> new SetChargingProfileRequest(
                    in.integer("connectorId"),
                    in.object("csChargingProfiles", CHARGING_PROFILE)),
            (m, out) -> out
                    .put("connectorId", m.connectorId())
                    .put("csChargingProfiles", m.csChargingProfiles(), CHARGING_PROFILE));

    static final ObjectCodec<SetChargingProfileConfirmation> SET_CHARGING_PROFILE_CONF = ObjectCodec.of(
            SetChargingProfileConfirmation.class,
            in -> new SetChargingProfileConfirmation(in.enumValue("status", CHARGING_PROFILE_STATUS)),
            (m, out) -> out.put("status", m.status(), CHARGING_PROFILE_STATUS));

    private SmartChargingCodecs() {}
}
