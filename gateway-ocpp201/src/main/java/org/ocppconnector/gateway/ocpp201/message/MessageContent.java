package org.ocppconnector.gateway.ocpp201.message;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;
import org.ocppconnector.gateway.core.codec.Checks;

/**
 * OCPP 2.0.1 MessageContentType: a message in a format and language, e.g. for the station's display.
 *
 * @param customData vendor-specific data; optional
 * @param format the format of a message content
 * @param language the language, as an RFC 5646 tag; at most 8 characters, optional
 * @param content the text of the message; at most 512 characters
 */
public record MessageContent(
        @Nullable CustomData customData,
        MessageFormatEnumType format,
        @Nullable String language,
        String content) {
    public MessageContent {
        requireNonNull(format, "format");
        Checks.maxLengthOrNull("language", language, 8);
        Checks.maxLength("content", content, 512);
    }

    /** Without customData. */
    public MessageContent(MessageFormatEnumType format, @Nullable String language, String content) {
        this(null, format, language, content);
    }
}
