package org.ocppconnector.gateway.ocpp201;

import static org.ocppconnector.gateway.ocpp201.EnumCodecs.AUTHORIZATION_STATUS_ENUM_TYPE;
import static org.ocppconnector.gateway.ocpp201.EnumCodecs.CHARGING_PROFILE_KIND_ENUM_TYPE;
import static org.ocppconnector.gateway.ocpp201.EnumCodecs.CHARGING_PROFILE_PURPOSE_ENUM_TYPE;
import static org.ocppconnector.gateway.ocpp201.EnumCodecs.CHARGING_RATE_UNIT_ENUM_TYPE;
import static org.ocppconnector.gateway.ocpp201.EnumCodecs.COST_KIND_ENUM_TYPE;
import static org.ocppconnector.gateway.ocpp201.EnumCodecs.HASH_ALGORITHM_ENUM_TYPE;
import static org.ocppconnector.gateway.ocpp201.EnumCodecs.ID_TOKEN_ENUM_TYPE;
import static org.ocppconnector.gateway.ocpp201.EnumCodecs.LOCATION_ENUM_TYPE;
import static org.ocppconnector.gateway.ocpp201.EnumCodecs.MEASURAND_ENUM_TYPE;
import static org.ocppconnector.gateway.ocpp201.EnumCodecs.MESSAGE_FORMAT_ENUM_TYPE;
import static org.ocppconnector.gateway.ocpp201.EnumCodecs.PHASE_ENUM_TYPE;
import static org.ocppconnector.gateway.ocpp201.EnumCodecs.READING_CONTEXT_ENUM_TYPE;
import static org.ocppconnector.gateway.ocpp201.EnumCodecs.RECURRENCY_KIND_ENUM_TYPE;

import org.ocppconnector.gateway.core.codec.ObjectCodec;
import org.ocppconnector.gateway.ocpp201.message.AdditionalInfo;
import org.ocppconnector.gateway.ocpp201.message.CertificateHashData;
import org.ocppconnector.gateway.ocpp201.message.ChargingProfile;
import org.ocppconnector.gateway.ocpp201.message.ChargingSchedule;
import org.ocppconnector.gateway.ocpp201.message.ChargingSchedulePeriod;
import org.ocppconnector.gateway.ocpp201.message.Component;
import org.ocppconnector.gateway.ocpp201.message.ComponentVariable;
import org.ocppconnector.gateway.ocpp201.message.ConsumptionCost;
import org.ocppconnector.gateway.ocpp201.message.Cost;
import org.ocppconnector.gateway.ocpp201.message.CustomData;
import org.ocppconnector.gateway.ocpp201.message.EVSE;
import org.ocppconnector.gateway.ocpp201.message.IdToken;
import org.ocppconnector.gateway.ocpp201.message.IdTokenInfo;
import org.ocppconnector.gateway.ocpp201.message.MessageContent;
import org.ocppconnector.gateway.ocpp201.message.MeterValue;
import org.ocppconnector.gateway.ocpp201.message.OCSPRequestData;
import org.ocppconnector.gateway.ocpp201.message.RelativeTimeInterval;
import org.ocppconnector.gateway.ocpp201.message.SalesTariff;
import org.ocppconnector.gateway.ocpp201.message.SalesTariffEntry;
import org.ocppconnector.gateway.ocpp201.message.SampledValue;
import org.ocppconnector.gateway.ocpp201.message.SignedMeterValue;
import org.ocppconnector.gateway.ocpp201.message.StatusInfo;
import org.ocppconnector.gateway.ocpp201.message.UnitOfMeasure;
import org.ocppconnector.gateway.ocpp201.message.Variable;

/** The data types that actions of several functional blocks share, and CustomDataType. */
final class CommonCodecs {

    // CustomDataType is the one type that allows properties beyond its own (OCPP 2.0.1 part 2,
    // CustomDataType): they are kept in document order and written back as they came.
    static final ObjectCodec<CustomData> CUSTOM_DATA = ObjectCodec.of(CustomData.class,
            in -> new CustomData(in.string("vendorId"), in.others()),
            (m, out) -> out.put("vendorId", m.vendorId()).putAll(m.additionalProperties()));

    static final ObjectCodec<AdditionalInfo> ADDITIONAL_INFO = ObjectCodec.of(AdditionalInfo.class,
            in -> new AdditionalInfo(
                    in.optObject("customData", CUSTOM_DATA),
                    in.string("additionalIdToken"),
                    in.string("type")),
            (m, out) -> out
                    .put("customData", m.customData(), CUSTOM_DATA)
                    .put("additionalIdToken", m.additionalIdToken())
                    .put("type", m.type()));

    static final ObjectCodec<CertificateHashData> CERTIFICATE_HASH_DATA = ObjectCodec.of(CertificateHashData.class,
            in -> new CertificateHashData(
                    in.optObject("customData", CUSTOM_DATA),
                    in.enumValue("hashAlgorithm", HASH_ALGORITHM_ENUM_TYPE),
                    in.string("issuerNameHash"),
                    in.string("issuerKeyHash"),
                    in.string("serialNumber")),
            (m, out) -> out
                    .put("customData", m.customData(), CUSTOM_DATA)
                    .put("hashAlgorithm", m.hashAlgorithm(), HASH_ALGORITHM_ENUM_TYPE)
                    .put("issuerNameHash", m.issuerNameHash())
                    .put("issuerKeyHash", m.issuerKeyHash())
                    .put("serialNumber", m.serialNumber()));

    static final ObjectCodec<ChargingSchedulePeriod> CHARGING_SCHEDULE_PERIOD = ObjectCodec.of(
            ChargingSchedulePeriod.class,
            in -> new ChargingSchedulePeriod(
                    in.optObject("customData", CUSTOM_DATA),
                    in.integer("startPeriod"),
                    in.decimal("limit"),
                    in.optInteger("numberPhases"),
                    in.optInteger("phaseToUse")),
            (m, out) -> out
                    .put("customData", m.customData(), CUSTOM_DATA)
                    .put("startPeriod", m.startPeriod())
                    .put("limit", m.limit())
                    .put("numberPhases", m.numberPhases())
                    .put("phaseToUse", m.phaseToUse()));

    static final ObjectCodec<Cost> COST = ObjectCodec.of(Cost.class,
            in -> new Cost(
                    in.optObject("customData", CUSTOM_DATA),
                    in.enumValue("costKind", COST_KIND_ENUM_TYPE),
                    in.integer("amount"),
                    in.optInteger("amountMultiplier")),
            (m, out) -> out
                    .put("customData", m.customData(), CUSTOM_DATA)
                    .put("costKind", m.costKind(), COST_KIND_ENUM_TYPE)
                    .put("amount", m.amount())
                    .put("amountMultiplier", m.amountMultiplier()));

    static final ObjectCodec<ConsumptionCost> CONSUMPTION_COST = ObjectCodec.of(ConsumptionCost.class,
            in -> new ConsumptionCost(
                    in.optObject("customData", CUSTOM_DATA),
                    in.decimal("startValue"),
                    in.array("cost", COST, 1, 3)),
            (m, out) -> out
                    .put("customData", m.customData(), CUSTOM_DATA)
                    .put("startValue", m.startValue())
                    .putArray("cost", m.cost(), COST));

    static final ObjectCodec<RelativeTimeInterval> RELATIVE_TIME_INTERVAL = ObjectCodec.of(RelativeTimeInterval.class,
            in -> new RelativeTimeInterval(
                    in.optObject("customData", CUSTOM_DATA),
                    in.integer("start"),
                    in.optInteger("duration")),
            (m, out) -> out
                    .put("customData", m.customData(), CUSTOM_DATA)
                    .put("start", m.start())
                    .put("duration", m.duration()));

    static final ObjectCodec<SalesTariffEntry> SALES_TARIFF_ENTRY = ObjectCodec.of(SalesTariffEntry.class,
            in -> new SalesTariffEntry(
                    in.optObject("customData", CUSTOM_DATA),
                    in.object("relativeTimeInterval", RELATIVE_TIME_INTERVAL),
                    in.optInteger("ePriceLevel"),
                    in.optArray("consumptionCost", CONSUMPTION_COST, 1, 3)),
            (m, out) -> out
                    .put("customData", m.customData(), CUSTOM_DATA)
                    .put("relativeTimeInterval", m.relativeTimeInterval(), RELATIVE_TIME_INTERVAL)
                    .put("ePriceLevel", m.ePriceLevel())
                    .putArray("consumptionCost", m.consumptionCost(), CONSUMPTION_COST));

    static final ObjectCodec<SalesTariff> SALES_TARIFF = ObjectCodec.of(SalesTariff.class,
            in -> new SalesTariff(
                    in.optObject("customData", CUSTOM_DATA),
                    in.integer("id"),
                    in.optString("salesTariffDescription"),
                    in.optInteger("numEPriceLevels"),
                    in.array("salesTariffEntry", SALES_TARIFF_ENTRY, 1, 1024)),
            (m, out) -> out
                    .put("customData", m.customData(), CUSTOM_DATA)
                    .put("id", m.id())
                    .put("salesTariffDescription", m.salesTariffDescription())
                    .put("numEPriceLevels", m.numEPriceLevels())
                    .putArray("salesTariffEntry", m.salesTariffEntry(), SALES_TARIFF_ENTRY));

    static final ObjectCodec<ChargingSchedule> CHARGING_SCHEDULE = ObjectCodec.of(ChargingSchedule.class,
            in -> new ChargingSchedule(
                    in.optObject("customData", CUSTOM_DATA),
                    in.integer("id"),
                    in.optDateTime("startSchedule"),
                    in.optInteger("duration"),
                    in.enumValue("chargingRateUnit", CHARGING_RATE_UNIT_ENUM_TYPE),
                    in.array("chargingSchedulePeriod", CHARGING_SCHEDULE_PERIOD, 1, 1024),
                    in.optDecimal("minChargingRate"),
                    in.optObject("salesTariff", SALES_TARIFF)),
            (m, out) -> out
                    .put("customData", m.customData(), CUSTOM_DATA)
                    .put("id", m.id())
                    .put("startSchedule", m.startSchedule())
                    .put("duration", m.duration())
                    .put("chargingRateUnit", m.chargingRateUnit(), CHARGING_RATE_UNIT_ENUM_TYPE)
                    .putArray("chargingSchedulePeriod", m.chargingSchedulePeriod(), CHARGING_SCHEDULE_PERIOD)
                    .put("minChargingRate", m.minChargingRate())
                    .put("salesTariff", m.salesTariff(), SALES_TARIFF));

    static final ObjectCodec<ChargingProfile> CHARGING_PROFILE = ObjectCodec.of(ChargingProfile.class,
            in -> new ChargingProfile(
                    in.optObject("customData", CUSTOM_DATA),
                    in.integer("id"),
                    in.integer("stackLevel"),
                    in.enumValue("chargingProfilePurpose", CHARGING_PROFILE_PURPOSE_ENUM_TYPE),
                    in.enumValue("chargingProfileKind", CHARGING_PROFILE_KIND_ENUM_TYPE),
                    in.optEnum("recurrencyKind", RECURRENCY_KIND_ENUM_TYPE),
                    in.optDateTime("validFrom"),
                    in.optDateTime("validTo"),
                    in.array("chargingSchedule", CHARGING_SCHEDULE, 1, 3),
                    in.optString("transactionId")),
            (m, out) -> out
                    .put("customData", m.customData(), CUSTOM_DATA)
                    .put("id", m.id())
                    .put("stackLevel", m.stackLevel())
                    .put("chargingProfilePurpose", m.chargingProfilePurpose(), CHARGING_PROFILE_PURPOSE_ENUM_TYPE)
                    .put("chargingProfileKind", m.chargingProfileKind(), CHARGING_PROFILE_KIND_ENUM_TYPE)
                    .put("recurrencyKind", m.recurrencyKind(), RECURRENCY_KIND_ENUM_TYPE)
                    .put("validFrom", m.validFrom())
                    .put("validTo", m.validTo())
                    .putArray("chargingSchedule", m.chargingSchedule(), CHARGING_SCHEDULE)
                    .put("transactionId", m.transactionId()));

    static final ObjectCodec<EVSE> EVSE = ObjectCodec.of(EVSE.class,
            in -> new EVSE(
                    in.optObject("customData", CUSTOM_DATA),
                    in.integer("id"),
                    in.optInteger("connectorId")),
            (m, out) -> out
                    .put("customData", m.customData(), CUSTOM_DATA)
                    .put("id", m.id())
                    .put("connectorId", m.connectorId()));

    static final ObjectCodec<Component> COMPONENT = ObjectCodec.of(Component.class,
            in -> new Component(
                    in.optObject("customData", CUSTOM_DATA),
                    in.optObject("evse", EVSE),
                    in.string("name"),
                    in.optString("instance")),
            (m, out) -> out
                    .put("customData", m.customData(), CUSTOM_DATA)
                    .put("evse", m.evse(), EVSE)
                    .put("name", m.name())
                    .put("instance", m.instance()));

    static final ObjectCodec<Variable> VARIABLE = ObjectCodec.of(Variable.class,
            in -> new Variable(
                    in.optObject("customData", CUSTOM_DATA),
                    in.string("name"),
                    in.optString("instance")),
            (m, out) -> out
                    .put("customData", m.customData(), CUSTOM_DATA)
                    .put("name", m.name())
                    .put("instance", m.instance()));

    static final ObjectCodec<ComponentVariable> COMPONENT_VARIABLE = ObjectCodec.of(ComponentVariable.class,
            in -> new ComponentVariable(
                    in.optObject("customData", CUSTOM_DATA),
                    in.object("component", COMPONENT),
                    in.optObject("variable", VARIABLE)),
            (m, out) -> out
                    .put("customData", m.customData(), CUSTOM_DATA)
                    .put("component", m.component(), COMPONENT)
                    .put("variable", m.variable(), VARIABLE));

    static final ObjectCodec<IdToken> ID_TOKEN = ObjectCodec.of(IdToken.class,
            in -> new IdToken(
                    in.optObject("customData", CUSTOM_DATA),
                    in.optArray("additionalInfo", ADDITIONAL_INFO, 1),
                    in.string("idToken"),
                    in.enumValue("type", ID_TOKEN_ENUM_TYPE)),
            (m, out) -> out
                    .put("customData", m.customData(), CUSTOM_DATA)
                    .putArray("additionalInfo", m.additionalInfo(), ADDITIONAL_INFO)
                    .put("idToken", m.idToken())
                    .put("type", m.type(), ID_TOKEN_ENUM_TYPE));

    static final ObjectCodec<MessageContent> MESSAGE_CONTENT = ObjectCodec.of(MessageContent.class,
            in -> new MessageContent(
                    in.optObject("customData", CUSTOM_DATA),
                    in.enumValue("format", MESSAGE_FORMAT_ENUM_TYPE),
                    in.optString("language"),
                    in.string("content")),
            (m, out) -> out
                    .put("customData", m.customData(), CUSTOM_DATA)
                    .put("format", m.format(), MESSAGE_FORMAT_ENUM_TYPE)
                    .put("language", m.language())
                    .put("content", m.content()));

    static final ObjectCodec<IdTokenInfo> ID_TOKEN_INFO = ObjectCodec.of(IdTokenInfo.class,
            in -> new IdTokenInfo(
                    in.optObject("customData", CUSTOM_DATA),
                    in.enumValue("status", AUTHORIZATION_STATUS_ENUM_TYPE),
                    in.optDateTime("cacheExpiryDateTime"),
                    in.optInteger("chargingPriority"),
                    in.optString("language1"),
                    in.optIntegers("evseId", 1, Integer.MAX_VALUE),
                    in.optObject("groupIdToken", ID_TOKEN),
                    in.optString("language2"),
                    in.optObject("personalMessage", MESSAGE_CONTENT)),
            (m, out) -> out
                    .put("customData", m.customData(), CUSTOM_DATA)
                    .put("status", m.status(), AUTHORIZATION_STATUS_ENUM_TYPE)
                    .put("cacheExpiryDateTime", m.cacheExpiryDateTime())
                    .put("chargingPriority", m.chargingPriority())
                    .put("language1", m.language1())
                    .putIntegers("evseId", m.evseId())
                    .put("groupIdToken", m.groupIdToken(), ID_TOKEN)
                    .put("language2", m.language2())
                    .put("personalMessage", m.personalMessage(), MESSAGE_CONTENT));

    static final ObjectCodec<SignedMeterValue> SIGNED_METER_VALUE = ObjectCodec.of(SignedMeterValue.class,
            in -> new SignedMeterValue(
                    in.optObject("customData", CUSTOM_DATA),
                    in.string("signedMeterData"),
                    in.string("signingMethod"),
                    in.string("encodingMethod"),
                    in.string("publicKey")),
            (m, out) -> out
                    .put("customData", m.customData(), CUSTOM_DATA)
                    .put("signedMeterData", m.signedMeterData())
                    .put("signingMethod", m.signingMethod())
                    .put("encodingMethod", m.encodingMethod())
                    .put("publicKey", m.publicKey()));

    static final ObjectCodec<UnitOfMeasure> UNIT_OF_MEASURE = ObjectCodec.of(UnitOfMeasure.class,
            in -> new UnitOfMeasure(
                    in.optObject("customData", CUSTOM_DATA),
                    in.optString("unit"),
                    in.optInteger("multiplier")),
            (m, out) -> out
                    .put("customData", m.customData(), CUSTOM_DATA)
                    .put("unit", m.unit())
                    .put("multiplier", m.multiplier()));

    static final ObjectCodec<SampledValue> SAMPLED_VALUE = ObjectCodec.of(SampledValue.class,
            in -> new SampledValue(
                    in.optObject("customData", CUSTOM_DATA),
                    in.decimal("value"),
                    in.optEnum("context", READING_CONTEXT_ENUM_TYPE),
                    in.optEnum("measurand", MEASURAND_ENUM_TYPE),
                    in.optEnum("phase", PHASE_ENUM_TYPE),
                    in.optEnum("location", LOCATION_ENUM_TYPE),
                    in.optObject("signedMeterValue", SIGNED_METER_VALUE),
                    in.optObject("unitOfMeasure", UNIT_OF_MEASURE)),
            (m, out) -> out
                    .put("customData", m.customData(), CUSTOM_DATA)
                    .put("value", m.value())
                    .put("context", m.context(), READING_CONTEXT_ENUM_TYPE)
                    .put("measurand", m.measurand(), MEASURAND_ENUM_TYPE)
                    .put("phase", m.phase(), PHASE_ENUM_TYPE)
                    .put("location", m.location(), LOCATION_ENUM_TYPE)
                    .put("signedMeterValue", m.signedMeterValue(), SIGNED_METER_VALUE)
                    .put("unitOfMeasure", m.unitOfMeasure(), UNIT_OF_MEASURE));

    static final ObjectCodec<MeterValue> METER_VALUE = ObjectCodec.of(MeterValue.class,
            in -> new MeterValue(
                    in.optObject("customData", CUSTOM_DATA),
                    in.array("sampledValue", SAMPLED_VALUE, 1),
                    in.dateTime("timestamp")),
            (m, out) -> out
                    .put("customData", m.customData(), CUSTOM_DATA)
                    .putArray("sampledValue", m.sampledValue(), SAMPLED_VALUE)
                    .put("timestamp", m.timestamp()));

    static final ObjectCodec<OCSPRequestData> OCSP_REQUEST_DATA = ObjectCodec.of(OCSPRequestData.class,
            in -> new OCSPRequestData(
                    in.optObject("customData", CUSTOM_DATA),
                    in.enumValue("hashAlgorithm", HASH_ALGORITHM_ENUM_TYPE),
                    in.string("issuerNameHash"),
                    in.string("issuerKeyHash"),
                    in.string("serialNumber"),
                    in.string("responderURL")),
            (m, out) -> out
                    .put("customData", m.customData(), CUSTOM_DATA)
                    .put("hashAlgorithm", m.hashAlgorithm(), HASH_ALGORITHM_ENUM_TYPE)
                    .put("issuerNameHash", m.issuerNameHash())
                    .put("issuerKeyHash", m.issuerKeyHash())
                    .put("serialNumber", m.serialNumber())
                    .put("responderURL", m.responderURL()));

    static final ObjectCodec<StatusInfo> STATUS_INFO = ObjectCodec.of(StatusInfo.class,
            in -> new StatusInfo(
                    in.optObject("customData", CUSTOM_DATA),
                    in.string("reasonCode"),
                    in.optString("additionalInfo")),
            (m, out) -> out
                    .put("customData", m.customData(), CUSTOM_DATA)
                    .put("reasonCode", m.reasonCode())
                    .put("additionalInfo", m.additionalInfo()));

    private CommonCodecs() {}
}
