package org.ocppconnector.gateway.ocpp201;

import static org.ocppconnector.gateway.ocpp201.CommonCodecs.CHARGING_PROFILE;
import static org.ocppconnector.gateway.ocpp201.CommonCodecs.CHARGING_SCHEDULE;
import static org.ocppconnector.gateway.ocpp201.CommonCodecs.CHARGING_SCHEDULE_PERIOD;
import static org.ocppconnector.gateway.ocpp201.CommonCodecs.CUSTOM_DATA;
import static org.ocppconnector.gateway.ocpp201.CommonCodecs.STATUS_INFO;
import static org.ocppconnector.gateway.ocpp201.EnumCodecs.CHARGING_LIMIT_SOURCE_ENUM_TYPE;
import static org.ocppconnector.gateway.ocpp201.EnumCodecs.CHARGING_PROFILE_PURPOSE_ENUM_TYPE;
import static org.ocppconnector.gateway.ocpp201.EnumCodecs.CHARGING_PROFILE_STATUS_ENUM_TYPE;
import static org.ocppconnector.gateway.ocpp201.EnumCodecs.CHARGING_RATE_UNIT_ENUM_TYPE;
import static org.ocppconnector.gateway.ocpp201.EnumCodecs.CLEAR_CHARGING_PROFILE_STATUS_ENUM_TYPE;
import static org.ocppconnector.gateway.ocpp201.EnumCodecs.ENERGY_TRANSFER_MODE_ENUM_TYPE;
import static org.ocppconnector.gateway.ocpp201.EnumCodecs.GENERIC_STATUS_ENUM_TYPE;
import static org.ocppconnector.gateway.ocpp201.EnumCodecs.GET_CHARGING_PROFILE_STATUS_ENUM_TYPE;
import static org.ocppconnector.gateway.ocpp201.EnumCodecs.NOTIFY_EV_CHARGING_NEEDS_STATUS_ENUM_TYPE;

import org.ocppconnector.gateway.core.codec.ObjectCodec;
import org.ocppconnector.gateway.ocpp201.message.ACChargingParameters;
import org.ocppconnector.gateway.ocpp201.message.ChargingLimit;
import org.ocppconnector.gateway.ocpp201.message.ChargingNeeds;
import org.ocppconnector.gateway.ocpp201.message.ChargingProfileCriterion;
import org.ocppconnector.gateway.ocpp201.message.ClearChargingProfile;
import org.ocppconnector.gateway.ocpp201.message.ClearChargingProfileRequest;
import org.ocppconnector.gateway.ocpp201.message.ClearChargingProfileResponse;
import org.ocppconnector.gateway.ocpp201.message.ClearedChargingLimitRequest;
import org.ocppconnector.gateway.ocpp201.message.ClearedChargingLimitResponse;
import org.ocppconnector.gateway.ocpp201.message.CompositeSchedule;
import org.ocppconnector.gateway.ocpp201.message.DCChargingParameters;
import org.ocppconnector.gateway.ocpp201.message.GetChargingProfilesRequest;
import org.ocppconnector.gateway.ocpp201.message.GetChargingProfilesResponse;
import org.ocppconnector.gateway.ocpp201.message.GetCompositeScheduleRequest;
import org.ocppconnector.gateway.ocpp201.message.GetCompositeScheduleResponse;
import org.ocppconnector.gateway.ocpp201.message.NotifyChargingLimitRequest;
import org.ocppconnector.gateway.ocpp201.message.NotifyChargingLimitResponse;
import org.ocppconnector.gateway.ocpp201.message.NotifyEVChargingNeedsRequest;
import org.ocppconnector.gateway.ocpp201.message.NotifyEVChargingNeedsResponse;
import org.ocppconnector.gateway.ocpp201.message.NotifyEVChargingScheduleRequest;
import org.ocppconnector.gateway.ocpp201.message.NotifyEVChargingScheduleResponse;
import org.ocppconnector.gateway.ocpp201.message.ReportChargingProfilesRequest;
import org.ocppconnector.gateway.ocpp201.message.ReportChargingProfilesResponse;
import org.ocppconnector.gateway.ocpp201.message.SetChargingProfileRequest;
import org.ocppconnector.gateway.ocpp201.message.SetChargingProfileResponse;

/**
 * Functional block K (Smart Charging) of OCPP 2.0.1 part 2: ClearChargingProfile, ClearedChargingLimit,
 * GetChargingProfiles, GetCompositeSchedule, NotifyChargingLimit, NotifyEVChargingNeeds, NotifyEVChargingSchedule,
 * ReportChargingProfiles, SetChargingProfile.
 */
final class SmartChargingCodecs {

    static final ObjectCodec<ACChargingParameters> AC_CHARGING_PARAMETERS = ObjectCodec.of(ACChargingParameters.class,
            in -> new ACChargingParameters(
                    in.optObject("customData", CUSTOM_DATA),
                    in.integer("energyAmount"),
                    in.integer("evMinCurrent"),
                    in.integer("evMaxCurrent"),
                    in.integer("evMaxVoltage")),
            (m, out) -> out
                    .put("customData", m.customData(), CUSTOM_DATA)
                    .put("energyAmount", m.energyAmount())
                    .put("evMinCurrent", m.evMinCurrent())
                    .put("evMaxCurrent", m.evMaxCurrent())
                    .put("evMaxVoltage", m.evMaxVoltage()));

    static final ObjectCodec<ChargingLimit> CHARGING_LIMIT = ObjectCodec.of(ChargingLimit.class,
            in -> new ChargingLimit(
                    in.optObject("customData", CUSTOM_DATA),
                    in.enumValue("chargingLimitSource", CHARGING_LIMIT_SOURCE_ENUM_TYPE),
                    in.optBool("isGridCritical")),
            (m, out) -> out
                    .put("customData", m.customData(), CUSTOM_DATA)
                    .put("chargingLimitSource", m.chargingLimitSource(), CHARGING_LIMIT_SOURCE_ENUM_TYPE)
                    .put("isGridCritical", m.isGridCritical()));

    static final ObjectCodec<DCChargingParameters> DC_CHARGING_PARAMETERS = ObjectCodec.of(DCChargingParameters.class,
            in -> new DCChargingParameters(
                    in.optObject("customData", CUSTOM_DATA),
                    in.integer("evMaxCurrent"),
                    in.integer("evMaxVoltage"),
                    in.optInteger("energyAmount"),
                    in.optInteger("evMaxPower"),
                    in.optInteger("stateOfCharge"),
                    in.optInteger("evEnergyCapacity"),
                    in.optInteger("fullSoC"),
                    in.optInteger("bulkSoC")),
            (m, out) -> out
                    .put("customData", m.customData(), CUSTOM_DATA)
                    .put("evMaxCurrent", m.evMaxCurrent())
                    .put("evMaxVoltage", m.evMaxVoltage())
                    .put("energyAmount", m.energyAmount())
                    .put("evMaxPower", m.evMaxPower())
                    .put("stateOfCharge", m.stateOfCharge())
                    .put("evEnergyCapacity", m.evEnergyCapacity())
                    .put("fullSoC", m.fullSoC())
                    .put("bulkSoC", m.bulkSoC()));

    static final ObjectCodec<ChargingNeeds> CHARGING_NEEDS = ObjectCodec.of(ChargingNeeds.class,
            in -> new ChargingNeeds(
                    in.optObject("customData", CUSTOM_DATA),
                    in.optObject("acChargingParameters", AC_CHARGING_PARAMETERS),
                    in.optObject("dcChargingParameters", DC_CHARGING_PARAMETERS),
                    in.enumValue("requestedEnergyTransfer", ENERGY_TRANSFER_MODE_ENUM_TYPE),
                    in.optDateTime("departureTime")),
            (m, out) -> out
                    .put("customData", m.customData(), CUSTOM_DATA)
                    .put("acChargingParameters", m.acChargingParameters(), AC_CHARGING_PARAMETERS)
                    .put("dcChargingParameters", m.dcChargingParameters(), DC_CHARGING_PARAMETERS)
                    .put("requestedEnergyTransfer", m.requestedEnergyTransfer(), ENERGY_TRANSFER_MODE_ENUM_TYPE)
                    .put("departureTime", m.departureTime()));

    static final ObjectCodec<ChargingProfileCriterion> CHARGING_PROFILE_CRITERION = ObjectCodec.of(
            ChargingProfileCriterion.class,
            in -> new ChargingProfileCriterion(
                    in.optObject("customData", CUSTOM_DATA),
                    in.optEnum("chargingProfilePurpose", CHARGING_PROFILE_PURPOSE_ENUM_TYPE),
                    in.optInteger("stackLevel"),
                    in.optIntegers("chargingProfileId", 1, Integer.MAX_VALUE),
                    in.optEnums("chargingLimitSource", CHARGING_LIMIT_SOURCE_ENUM_TYPE, 1, 4)),
            (m, out) -> out
                    .put("customData", m.customData(), CUSTOM_DATA)
                    .put("chargingProfilePurpose", m.chargingProfilePurpose(), CHARGING_PROFILE_PURPOSE_ENUM_TYPE)
                    .put("stackLevel", m.stackLevel())
                    .putIntegers("chargingProfileId", m.chargingProfileId())
                    .putEnums("chargingLimitSource", m.chargingLimitSource(), CHARGING_LIMIT_SOURCE_ENUM_TYPE));

    static final ObjectCodec<ClearChargingProfile> CLEAR_CHARGING_PROFILE = ObjectCodec.of(ClearChargingProfile.class,
            in -> new ClearChargingProfile(
                    in.optObject("customData", CUSTOM_DATA),
                    in.optInteger("evseId"),
                    in.optEnum("chargingProfilePurpose", CHARGING_PROFILE_PURPOSE_ENUM_TYPE),
                    in.optInteger("stackLevel")),
            (m, out) -> out
                    .put("customData", m.customData(), CUSTOM_DATA)
                    .put("evseId", m.evseId())
                    .put("chargingProfilePurpose", m.chargingProfilePurpose(), CHARGING_PROFILE_PURPOSE_ENUM_TYPE)
                    .put("stackLevel", m.stackLevel()));

    static final ObjectCodec<CompositeSchedule> COMPOSITE_SCHEDULE = ObjectCodec.of(CompositeSchedule.class,
            in -> new CompositeSchedule(
                    in.optObject("customData", CUSTOM_DATA),
                    in.array("chargingSchedulePeriod", CHARGING_SCHEDULE_PERIOD, 1),
                    in.integer("evseId"),
                    in.integer("duration"),
                    in.dateTime("scheduleStart"),
                    in.enumValue("chargingRateUnit", CHARGING_RATE_UNIT_ENUM_TYPE)),
            (m, out) -> out
                    .put("customData", m.customData(), CUSTOM_DATA)
                    .putArray("chargingSchedulePeriod", m.chargingSchedulePeriod(), CHARGING_SCHEDULE_PERIOD)
                    .put("evseId", m.evseId())
                    .put("duration", m.duration())
                    .put("scheduleStart", m.scheduleStart())
                    .put("chargingRateUnit", m.chargingRateUnit(), CHARGING_RATE_UNIT_ENUM_TYPE));

    static final ObjectCodec<ClearChargingProfileResponse> CLEAR_CHARGING_PROFILE_RES = ObjectCodec.of(
            ClearChargingProfileResponse.class,
            in -> new ClearChargingProfileResponse(
                    in.optObject("customData", CUSTOM_DATA),
                    in.enumValue("status", CLEAR_CHARGING_PROFILE_STATUS_ENUM_TYPE),
                    in.optObject("statusInfo", STATUS_INFO)),
            (m, out) -> out
                    .put("customData", m.customData(), CUSTOM_DATA)
                    .put("status", m.status(), CLEAR_CHARGING_PROFILE_STATUS_ENUM_TYPE)
                    .put("statusInfo", m.statusInfo(), STATUS_INFO));

    static final ObjectCodec<ClearChargingProfileRequest> CLEAR_CHARGING_PROFILE_REQ = ObjectCodec.of(
            ClearChargingProfileRequest.class,
            in -> new ClearChargingProfileRequest(
                    in.optObject("customData", CUSTOM_DATA),
                    in.optInteger("chargingProfileId"),
                    in.optObject("chargingProfileCriteria", CLEAR_CHARGING_PROFILE)),
            (m, out) -> out
                    .put("customData", m.customData(), CUSTOM_DATA)
                    .put("chargingProfileId", m.chargingProfileId())
                    .put("chargingProfileCriteria", m.chargingProfileCriteria(), CLEAR_CHARGING_PROFILE));

    static final ObjectCodec<ClearedChargingLimitResponse> CLEARED_CHARGING_LIMIT_RES = ObjectCodec.of(
            ClearedChargingLimitResponse.class,
            in -> new ClearedChargingLimitResponse(
                    in.optObject("customData", CUSTOM_DATA)),
            (m, out) -> out
                    .put("customData", m.customData(), CUSTOM_DATA));

    static final ObjectCodec<ClearedChargingLimitRequest> CLEARED_CHARGING_LIMIT_REQ = ObjectCodec.of(
            ClearedChargingLimitRequest.class,
            in -> new ClearedChargingLimitRequest(
                    in.optObject("customData", CUSTOM_DATA),
                    in.enumValue("chargingLimitSource", CHARGING_LIMIT_SOURCE_ENUM_TYPE),
                    in.optInteger("evseId")),
            (m, out) -> out
                    .put("customData", m.customData(), CUSTOM_DATA)
                    .put("chargingLimitSource", m.chargingLimitSource(), CHARGING_LIMIT_SOURCE_ENUM_TYPE)
                    .put("evseId", m.evseId()));

    static final ObjectCodec<GetChargingProfilesResponse> GET_CHARGING_PROFILES_RES = ObjectCodec.of(
            GetChargingProfilesResponse.class,
            in -> new GetChargingProfilesResponse(
                    in.optObject("customData", CUSTOM_DATA),
                    in.enumValue("status", GET_CHARGING_PROFILE_STATUS_ENUM_TYPE),
                    in.optObject("statusInfo", STATUS_INFO)),
            (m, out) -> out
                    .put("customData", m.customData(), CUSTOM_DATA)
                    .put("status", m.status(), GET_CHARGING_PROFILE_STATUS_ENUM_TYPE)
                    .put("statusInfo", m.statusInfo(), STATUS_INFO));

    static final ObjectCodec<GetChargingProfilesRequest> GET_CHARGING_PROFILES_REQ = ObjectCodec.of(
            GetChargingProfilesRequest.class,
            in -> new GetChargingProfilesRequest(
                    in.optObject("customData", CUSTOM_DATA),
                    in.integer("requestId"),
                    in.optInteger("evseId"),
                    in.object("chargingProfile", CHARGING_PROFILE_CRITERION)),
            (m, out) -> out
                    .put("customData", m.customData(), CUSTOM_DATA)
                    .put("requestId", m.requestId())
                    .put("evseId", m.evseId())
                    .put("chargingProfile", m.chargingProfile(), CHARGING_PROFILE_CRITERION));

    static final ObjectCodec<GetCompositeScheduleResponse> GET_COMPOSITE_SCHEDULE_RES = ObjectCodec.of(
            GetCompositeScheduleResponse.class,
            in -> new GetCompositeScheduleResponse(
                    in.optObject("customData", CUSTOM_DATA),
                    in.enumValue("status", GENERIC_STATUS_ENUM_TYPE),
                    in.optObject("statusInfo", STATUS_INFO),
                    in.optObject("schedule", COMPOSITE_SCHEDULE)),
            (m, out) -> out
                    .put("customData", m.customData(), CUSTOM_DATA)
                    .put("status", m.status(), GENERIC_STATUS_ENUM_TYPE)
                    .put("statusInfo", m.statusInfo(), STATUS_INFO)
                    .put("schedule", m.schedule(), COMPOSITE_SCHEDULE));

    static final ObjectCodec<GetCompositeScheduleRequest> GET_COMPOSITE_SCHEDULE_REQ = ObjectCodec.of(
            GetCompositeScheduleRequest.class,
            in -> new GetCompositeScheduleRequest(
                    in.optObject("customData", CUSTOM_DATA),
                    in.integer("duration"),
                    in.optEnum("chargingRateUnit", CHARGING_RATE_UNIT_ENUM_TYPE),
                    in.integer("evseId")),
            (m, out) -> out
                    .put("customData", m.customData(), CUSTOM_DATA)
                    .put("duration", m.duration())
                    .put("chargingRateUnit", m.chargingRateUnit(), CHARGING_RATE_UNIT_ENUM_TYPE)
                    .put("evseId", m.evseId()));

    static final ObjectCodec<NotifyChargingLimitResponse> NOTIFY_CHARGING_LIMIT_RES = ObjectCodec.of(
            NotifyChargingLimitResponse.class,
            in -> new NotifyChargingLimitResponse(
                    in.optObject("customData", CUSTOM_DATA)),
            (m, out) -> out
                    .put("customData", m.customData(), CUSTOM_DATA));

    static final ObjectCodec<NotifyChargingLimitRequest> NOTIFY_CHARGING_LIMIT_REQ = ObjectCodec.of(
            NotifyChargingLimitRequest.class,
            in -> new NotifyChargingLimitRequest(
                    in.optObject("customData", CUSTOM_DATA),
                    in.optArray("chargingSchedule", CHARGING_SCHEDULE, 1),
                    in.optInteger("evseId"),
                    in.object("chargingLimit", CHARGING_LIMIT)),
            (m, out) -> out
                    .put("customData", m.customData(), CUSTOM_DATA)
                    .putArray("chargingSchedule", m.chargingSchedule(), CHARGING_SCHEDULE)
                    .put("evseId", m.evseId())
                    .put("chargingLimit", m.chargingLimit(), CHARGING_LIMIT));

    static final ObjectCodec<NotifyEVChargingNeedsResponse> NOTIFY_EV_CHARGING_NEEDS_RES = ObjectCodec.of(
            NotifyEVChargingNeedsResponse.class,
            in -> new NotifyEVChargingNeedsResponse(
                    in.optObject("customData", CUSTOM_DATA),
                    in.enumValue("status", NOTIFY_EV_CHARGING_NEEDS_STATUS_ENUM_TYPE),
                    in.optObject("statusInfo", STATUS_INFO)),
            (m, out) -> out
                    .put("customData", m.customData(), CUSTOM_DATA)
                    .put("status", m.status(), NOTIFY_EV_CHARGING_NEEDS_STATUS_ENUM_TYPE)
                    .put("statusInfo", m.statusInfo(), STATUS_INFO));

    static final ObjectCodec<NotifyEVChargingNeedsRequest> NOTIFY_EV_CHARGING_NEEDS_REQ = ObjectCodec.of(
            NotifyEVChargingNeedsRequest.class,
            in -> new NotifyEVChargingNeedsRequest(
                    in.optObject("customData", CUSTOM_DATA),
                    in.optInteger("maxScheduleTuples"),
                    in.object("chargingNeeds", CHARGING_NEEDS),
                    in.integer("evseId")),
            (m, out) -> out
                    .put("customData", m.customData(), CUSTOM_DATA)
                    .put("maxScheduleTuples", m.maxScheduleTuples())
                    .put("chargingNeeds", m.chargingNeeds(), CHARGING_NEEDS)
                    .put("evseId", m.evseId()));

    static final ObjectCodec<NotifyEVChargingScheduleResponse> NOTIFY_EV_CHARGING_SCHEDULE_RES = ObjectCodec.of(
            NotifyEVChargingScheduleResponse.class,
            in -> new NotifyEVChargingScheduleResponse(
                    in.optObject("customData", CUSTOM_DATA),
                    in.enumValue("status", GENERIC_STATUS_ENUM_TYPE),
                    in.optObject("statusInfo", STATUS_INFO)),
            (m, out) -> out
                    .put("customData", m.customData(), CUSTOM_DATA)
                    .put("status", m.status(), GENERIC_STATUS_ENUM_TYPE)
                    .put("statusInfo", m.statusInfo(), STATUS_INFO));

    static final ObjectCodec<NotifyEVChargingScheduleRequest> NOTIFY_EV_CHARGING_SCHEDULE_REQ = ObjectCodec.of(
            NotifyEVChargingScheduleRequest.class,
            in -> new NotifyEVChargingScheduleRequest(
                    in.optObject("customData", CUSTOM_DATA),
                    in.dateTime("timeBase"),
                    in.object("chargingSchedule", CHARGING_SCHEDULE),
                    in.integer("evseId")),
            (m, out) -> out
                    .put("customData", m.customData(), CUSTOM_DATA)
                    .put("timeBase", m.timeBase())
                    .put("chargingSchedule", m.chargingSchedule(), CHARGING_SCHEDULE)
                    .put("evseId", m.evseId()));

    static final ObjectCodec<ReportChargingProfilesResponse> REPORT_CHARGING_PROFILES_RES = ObjectCodec.of(
            ReportChargingProfilesResponse.class,
            in -> new ReportChargingProfilesResponse(
                    in.optObject("customData", CUSTOM_DATA)),
            (m, out) -> out
                    .put("customData", m.customData(), CUSTOM_DATA));

    static final ObjectCodec<ReportChargingProfilesRequest> REPORT_CHARGING_PROFILES_REQ = ObjectCodec.of(
            ReportChargingProfilesRequest.class,
            in -> new ReportChargingProfilesRequest(
                    in.optObject("customData", CUSTOM_DATA),
                    in.integer("requestId"),
                    in.enumValue("chargingLimitSource", CHARGING_LIMIT_SOURCE_ENUM_TYPE),
                    in.array("chargingProfile", CHARGING_PROFILE, 1),
                    in.optBool("tbc"),
                    in.integer("evseId")),
            (m, out) -> out
                    .put("customData", m.customData(), CUSTOM_DATA)
                    .put("requestId", m.requestId())
                    .put("chargingLimitSource", m.chargingLimitSource(), CHARGING_LIMIT_SOURCE_ENUM_TYPE)
                    .putArray("chargingProfile", m.chargingProfile(), CHARGING_PROFILE)
                    .put("tbc", m.tbc())
                    .put("evseId", m.evseId()));

    static final ObjectCodec<SetChargingProfileResponse> SET_CHARGING_PROFILE_RES = ObjectCodec.of(
            SetChargingProfileResponse.class,
            in -> new SetChargingProfileResponse(
                    in.optObject("customData", CUSTOM_DATA),
                    in.enumValue("status", CHARGING_PROFILE_STATUS_ENUM_TYPE),
                    in.optObject("statusInfo", STATUS_INFO)),
            (m, out) -> out
                    .put("customData", m.customData(), CUSTOM_DATA)
                    .put("status", m.status(), CHARGING_PROFILE_STATUS_ENUM_TYPE)
                    .put("statusInfo", m.statusInfo(), STATUS_INFO));

    static final ObjectCodec<SetChargingProfileRequest> SET_CHARGING_PROFILE_REQ = ObjectCodec.of(
            SetChargingProfileRequest.class,
            in -> new SetChargingProfileRequest(
                    in.optObject("customData", CUSTOM_DATA),
                    in.integer("evseId"),
                    in.object("chargingProfile", CHARGING_PROFILE)),
            (m, out) -> out
                    .put("customData", m.customData(), CUSTOM_DATA)
                    .put("evseId", m.evseId())
                    .put("chargingProfile", m.chargingProfile(), CHARGING_PROFILE));

    private SmartChargingCodecs() {}
}
