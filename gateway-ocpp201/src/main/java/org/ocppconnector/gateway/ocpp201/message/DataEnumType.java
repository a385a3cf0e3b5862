package org.ocppconnector.gateway.ocpp201.message;

/**
 * OCPP 2.0.1 DataEnumType: the data type of a variable's value.
 */
public enum DataEnumType {
    STRING("string"),
    DECIMAL("decimal"),
    INTEGER("integer"),
    DATE_TIME("dateTime"),
    BOOLEAN("boolean"),
    OPTION_LIST("OptionList"),
    SEQUENCE_LIST("SequenceList"),
    MEMBER_LIST("MemberList");

    private final String wireName;

    DataEnumType(String wireName) {
        this.wireName = wireName;
    }

    /** The spelling in JSON, e.g. {@code "string"}. */
    public String wireName() {
        return wireName;
    }
}
