package org.ocppconnector.gateway.ocpp201.message;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;
import org.ocppconnector.gateway.core.codec.Checks;
import org.ocppconnector.gateway.core.codec.DateTime;

/**
 * OCPP 2.0.1 EventDataType: one device model event, a monitor that triggered or a problem.
 *
 * @param customData vendor-specific data; optional
 * @param eventId the id of the event
 * @param timestamp when it happened
 * @param trigger what kind of monitor triggered an event, a threshold, a delta or a periodic one
 * @param cause the event id of the event that caused this one; optional
 * @param actualValue the value of the variable when the event happened; at most 2500 characters
 * @param techCode a technical code of the event, vendor-specific; at most 50 characters, optional
 * @param techInfo technical details, vendor-specific; at most 500 characters, optional
 * @param cleared whether the problem the event reported has been cleared; optional
 * @param transactionId the id of the transaction, chosen by the station; at most 36 characters, optional
 * @param component the component
 * @param variableMonitoringId the id of the monitor that triggered; optional
 * @param eventNotificationType what produced an event, a hard-wired notification or monitor, or a preconfigured or
 *     custom monitor
 * @param variable the variable
 */
public record EventData(
        @Nullable CustomData customData,
        int eventId,
        DateTime timestamp,
        EventTriggerEnumType trigger,
        @Nullable Integer cause,
        String actualValue,
        @Nullable String techCode,
        @Nullable String techInfo,
        @Nullable Boolean cleared,
        @Nullable String transactionId,
        Component component,
        @Nullable Integer variableMonitoringId,
        EventNotificationEnumType eventNotificationType,
        Variable variable) {
    public EventData {
        requireNonNull(timestamp, "timestamp");
        requireNonNull(trigger, "trigger");
        Checks.maxLength("actualValue", actualValue, 2500);
        Checks.maxLengthOrNull("techCode", techCode, 50);
        Checks.maxLengthOrNull("techInfo", techInfo, 500);
        Checks.maxLengthOrNull("transactionId", transactionId, 36);
        requireNonNull(component, "component");
        requireNonNull(eventNotificationType, "eventNotificationType");
        requireNonNull(variable, "variable");
    }

    /** Without customData. */
    public EventData(
            int eventId,
            DateTime timestamp,
            EventTriggerEnumType trigger,
            @Nullable Integer cause,
            String actualValue,
            @Nullable String techCode,
            @Nullable String techInfo,
            @Nullable Boolean cleared,
            @Nullable String transactionId,
            Component component,
            @Nullable Integer variableMonitoringId,
            EventNotificationEnumType eventNotificationType,
            Variable variable) {
        this(null, eventId, timestamp, trigger, cause, actualValue, techCode, techInfo, cleared,
                transactionId, component, variableMonitoringId, eventNotificationType, variable);
    }
}
