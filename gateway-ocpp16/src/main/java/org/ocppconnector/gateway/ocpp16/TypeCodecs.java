package org.ocppconnector.gateway.ocpp16;

import static org.ocppconnector.gateway.ocpp16.EnumCodecs.AUTHORIZATION_STATUS;
import static org.ocppconnector.gateway.ocpp16.EnumCodecs.CHARGING_PROFILE_KIND_TYPE;
import static org.ocppconnector.gateway.ocpp16.EnumCodecs.CHARGING_PROFILE_PURPOSE_TYPE;
import static org.ocppconnector.gateway.ocpp16.EnumCodecs.CHARGING_RATE_UNIT_TYPE;
import static org.ocppconnector.gateway.ocpp16.EnumCodecs.HASH_ALGORITHM_ENUM_TYPE;
import static org.ocppconnector.gateway.ocpp16.EnumCodecs.LOCATION;
import static org.ocppconnector.gateway.ocpp16.EnumCodecs.MEASURAND;
import static org.ocppconnector.gateway.ocpp16.EnumCodecs.PHASE;
import static org.ocppconnector.gateway.ocpp16.EnumCodecs.READING_CONTEXT;
import static org.ocppconnector.gateway.ocpp16.EnumCodecs.RECURRENCY_KIND_TYPE;
import static org.ocppconnector.gateway.ocpp16.EnumCodecs.UNIT_OF_MEASURE;
import static org.ocppconnector.gateway.ocpp16.EnumCodecs.VALUE_FORMAT;

import org.ocppconnector.gateway.core.codec.ObjectCodec;
import org.ocppconnector.gateway.ocpp16.message.AuthorizationData;
import org.ocppconnector.gateway.ocpp16.message.CertificateHashData;
import org.ocppconnector.gateway.ocpp16.message.ChargingProfile;
import org.ocppconnector.gateway.ocpp16.message.ChargingSchedule;
import org.ocppconnector.gateway.ocpp16.message.ChargingSchedulePeriod;
import org.ocppconnector.gateway.ocpp16.message.Firmware;
import org.ocppconnector.gateway.ocpp16.message.IdTagInfo;
import org.ocppconnector.gateway.ocpp16.message.KeyValue;
import org.ocppconnector.gateway.ocpp16.message.LogParameters;
import org.ocppconnector.gateway.ocpp16.message.MeterValue;
import org.ocppconnector.gateway.ocpp16.message.SampledValue;

/** The nested types that several actions share (OCPP 1.6 §7 and the security extension's types). */
final class TypeCodecs {

    static final ObjectCodec<IdTagInfo> ID_TAG_INFO = ObjectCodec.of(IdTagInfo.class,
            in -> new IdTagInfo(
                    in.optDateTime("expiryDate"),
                    in.optString("parentIdTag"),
                    in.enumValue("status", AUTHORIZATION_STATUS)),
            (m, out) -> out
                    .put("expiryDate", m.expiryDate())
                    .put("parentIdTag", m.parentIdTag())
                    .put("status", m.status(), AUTHORIZATION_STATUS));

    static final ObjectCodec<AuthorizationData> AUTHORIZATION_DATA = ObjectCodec.of(AuthorizationData.class,
            in -> new AuthorizationData(
                    in.string("idTag"),
                    in.optObject("idTagInfo", ID_TAG_INFO)),
            (m, out) -> out
                    .put("idTag", m.idTag())
                    .put("idTagInfo", m.idTagInfo(), ID_TAG_INFO));

    static final ObjectCodec<ChargingSchedulePeriod> CHARGING_SCHEDULE_PERIOD = ObjectCodec.of(
            ChargingSchedulePeriod.class,
            in -> new ChargingSchedulePeriod(
                    in.integer("startPeriod"),
                    in.decimal("limit"),
                    in.optInteger("numberPhases")),
            (m, out) -> out
                    .put("startPeriod", m.startPeriod())
                    .put("limit", m.limit())
                    .put("numberPhases", m.numberPhases()));

    static final ObjectCodec<ChargingSchedule> CHARGING_SCHEDULE = ObjectCodec.of(ChargingSchedule.class,
            in -> new ChargingSchedule(
                    in.optInteger("duration"),
                    in.optDateTime("startSchedule"),
                    in.enumValue("chargingRateUnit", CHARGING_RATE_UNIT_TYPE),
                    in.array("chargingSchedulePeriod", CHARGING_SCHEDULE_PERIOD),
                    in.optDecimal("minChargingRate")),
            (m, out) -> out
                    .put("duration", m.duration())
                    .put("startSchedule", m.startSchedule())
                    .put("chargingRateUnit", m.chargingRateUnit(), CHARGING_RATE_UNIT_TYPE)
                    .putArray("chargingSchedulePeriod", m.chargingSchedulePeriod(), CHARGING_SCHEDULE_PERIOD)
                    .put("minChargingRate", m.minChargingRate()));

    static final ObjectCodec<ChargingProfile> CHARGING_PROFILE = ObjectCodec.of(ChargingProfile.class,
            in -> new ChargingProfile(
                    in.integer("chargingProfileId"),
                    in.optInteger("transactionId"),
                    in.integer("stackLevel"),
                    in.enumValue("chargingProfilePurpose", CHARGING_PROFILE_PURPOSE_TYPE),
                    in.enumValue("chargingProfileKind", CHARGING_PROFILE_KIND_TYPE),
                    in.optEnum("recurrencyKind", RECURRENCY_KIND_TYPE),
                    in.optDateTime("validFrom"),
                    in.optDateTime("validTo"),
                    in.object("chargingSchedule", CHARGING_SCHEDULE)),
            (m, out) -> out
                    .put("chargingProfileId", m.chargingProfileId())
                    .put("transactionId", m.transactionId())
                    .put("stackLevel", m.stackLevel())
                    .put("chargingProfilePurpose", m.chargingProfilePurpose(), CHARGING_PROFILE_PURPOSE_TYPE)
                    .put("chargingProfileKind", m.chargingProfileKind(), CHARGING_PROFILE_KIND_TYPE)
                    .put("recurrencyKind", m.recurrencyKind(), RECURRENCY_KIND_TYPE)
                    .put("validFrom", m.validFrom())
                    .put("validTo", m.validTo())
                    .put("chargingSchedule", m.chargingSchedule(), CHARGING_SCHEDULE));

    static final ObjectCodec<SampledValue> SAMPLED_VALUE = ObjectCodec.of(SampledValue.class,
            in -> new SampledValue(
                    in.string("value"),
                    in.optEnum("context", READING_CONTEXT),
                    in.optEnum("format", VALUE_FORMAT),
                    in.optEnum("measurand", MEASURAND),
                    in.optEnum("phase", PHASE),
                    in.optEnum("location", LOCATION),
                    in.optEnum("unit", UNIT_OF_MEASURE)),
            (m, out) -> out
                    .put("value", m.value())
                    .put("context", m.context(), READING_CONTEXT)
                    .put("format", m.format(), VALUE_FORMAT)
                    .put("measurand", m.measurand(), MEASURAND)
                    .put("phase", m.phase(), PHASE)
                    .put("location", m.location(), LOCATION)
                    .put("unit", m.unit(), UNIT_OF_MEASURE));

    static final ObjectCodec<MeterValue> METER_VALUE = ObjectCodec.of(MeterValue.class,
            in -> new MeterValue(
                    in.dateTime("timestamp"),
                    in.array("sampledValue", SAMPLED_VALUE)),
            (m, out) -> out
                    .put("timestamp", m.timestamp())
                    .putArray("sampledValue", m.sampledValue(), SAMPLED_VALUE));

    static final ObjectCodec<KeyValue> KEY_VALUE = ObjectCodec.of(KeyValue.class,
            in -> new KeyValue(
                    in.string("key"),
                    in.bool("readonly"),
                    in.optString("value")),
            (m, out) -> out
                    .put("key", m.key())
                    .put("readonly", m.readonly())
                    .put("value", m.value()));

    static final ObjectCodec<CertificateHashData> CERTIFICATE_HASH_DATA = ObjectCodec.of(
            CertificateHashData.class,
            in -> new CertificateHashData(
                    in.enumValue("hashAlgorithm", HASH_ALGORITHM_ENUM_TYPE),
                    in.string("issuerNameHash"),
                    in.string("issuerKeyHash"),
                    in.string("serialNumber")),
            (m, out) -> out
                    .put("hashAlgorithm", m.hashAlgorithm(), HASH_ALGORITHM_ENUM_TYPE)
                    .put("issuerNameHash", m.issuerNameHash())
                    .put("issuerKeyHash", m.issuerKeyHash())
                    .put("serialNumber", m.serialNumber()));

    static final ObjectCodec<LogParameters> LOG_PARAMETERS = ObjectCodec.of(LogParameters.class,
            in -> new LogParameters(
                    in.string("remoteLocation"),
                    in.optDateTime("oldestTimestamp"),
                    in.optDateTime("latestTimestamp")),
            (m, out) -> out
                    .put("remoteLocation", m.remoteLocation())
                    .put("oldestTimestamp", m.oldestTimestamp())
                    .put("latestTimestamp", m.latestTimestamp()));

    static final ObjectCodec<Firmware> FIRMWARE = ObjectCodec.of(Firmware.class,
            in -> new Firmware(
                    in.string("location"),
                    in.dateTime("retrieveDateTime"),
                    in.optDateTime("installDateTime"),
                    in.string("signingCertificate"),
                    in.string("signature")),
            (m, out) -> out
                    .put("location", m.location())
                    .put("retrieveDateTime", m.retrieveDateTime())
                    .put("installDateTime", m.installDateTime())
                    .put("signingCertificate", m.signingCertificate())
                    .put("signature", m.signature()));

    private TypeCodecs() {}
}
