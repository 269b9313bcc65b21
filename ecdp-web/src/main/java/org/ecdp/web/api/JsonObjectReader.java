package org.ecdp.web.api;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.stream.JsonParser;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.ecdp.domain.validation.InvalidInput;

/**
 * The one place a request body becomes a {@link JsonObject}. Whatever a client sends, the
 * answer is a 400 naming {@code body} (syntax error, empty, not an object, nested deeper
 * than any request of the API needs, not UTF-8) or a 413 (larger than {@link #MAX_BYTES}),
 * decided before the parser builds anything: the size is counted while reading and the
 * nesting is counted on the raw bytes, so neither a huge nor a 10,000-deep body costs
 * more than the bound.
 */
@Provider
@Consumes({MediaType.APPLICATION_JSON, "application/*+json", "text/json"})
public class JsonObjectReader implements MessageBodyReader<JsonObject> {

    /**
     * One parser factory for every request: {@code Json.createParser} looks the JSON provider up
     * through the service loader each time, which was 7% of the CPU of a POST under load.
     */
    private static final jakarta.json.stream.JsonParserFactory PARSERS = Json.createParserFactory(java.util.Map.of());

    /** No request of the API comes near this: an entry's summary is at most a few kilobytes. */
    static final int MAX_BYTES = 1024 * 1024;
    static final int MAX_DEPTH = 32;

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type == JsonObject.class;
    }

    @Override
    public JsonObject readFrom(Class<JsonObject> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                               MultivaluedMap<String, String> headers, InputStream entity) throws IOException {
        String declared = headers.getFirst(HttpHeaders.CONTENT_LENGTH);
        if (declared != null && declared.strip().length() > 9) {
            throw tooLarge();
        }
        if (declared != null && declared.strip().matches("\\d+") && Long.parseLong(declared.strip()) > MAX_BYTES) {
            throw tooLarge();
        }
        byte[] bytes = entity.readNBytes(MAX_BYTES + 1);
        if (bytes.length > MAX_BYTES) {
            throw tooLarge();
        }
        return parse(bytes);
    }

    /** The body as a JSON object, or an {@link InvalidInput} naming {@code body}. */
    static JsonObject parse(byte[] bytes) {
        if (isBlank(bytes)) {
            throw InvalidInput.of("body", "Send a JSON object; the body is empty");
        }
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(bytes));
        } catch (CharacterCodingException e) {
            throw InvalidInput.of("body", "The body is not UTF-8 text");
        }
        if (depth(bytes) > MAX_DEPTH) {
            throw InvalidInput.of("body", "The body nests objects or lists deeper than " + MAX_DEPTH + " levels");
        }
        try (JsonParser parser = PARSERS.createParser(new ByteArrayInputStream(bytes))) {
            JsonParser.Event first = parser.next();
            if (first != JsonParser.Event.START_OBJECT) {
                throw InvalidInput.of("body", "Send a JSON object, not " + describe(first));
            }
            JsonObject object = parser.getObject();
            if (parser.hasNext()) {
                throw InvalidInput.of("body", "The body goes on after its JSON object");
            }
            return object;
        } catch (JsonException | IllegalStateException | NumberFormatException | java.util.NoSuchElementException e) {
            throw InvalidInput.of("body", "The body is not valid JSON");
        }
    }

    private static String describe(JsonParser.Event first) {
        return switch (first) {
            case START_ARRAY -> "a list";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER -> "a number";
            case VALUE_NULL -> "null";
            default -> "true or false";
        };
    }

    private static boolean isBlank(byte[] bytes) {
        for (byte b : bytes) {
            if (b != ' ' && b != '\t' && b != '\r' && b != '\n') {
                return false;
            }
        }
        return true;
    }

    /** The deepest nesting of objects and lists, outside strings. */
    static int depth(byte[] bytes) {
        int depth = 0;
        int deepest = 0;
        boolean inString = false;
        for (int i = 0; i < bytes.length; i++) {
            byte b = bytes[i];
            if (inString) {
                if (b == '\\') {
                    i++;
                } else if (b == '"') {
                    inString = false;
                }
            } else if (b == '"') {
                inString = true;
            } else if (b == '{' || b == '[') {
                deepest = Math.max(deepest, ++depth);
            } else if (b == '}' || b == ']') {
                depth--;
            }
        }
        return deepest;
    }

    private static BodyTooLarge tooLarge() {
        return new BodyTooLarge();
    }

    /** A body above {@link #MAX_BYTES}: 413 naming {@code body}. */
    static final class BodyTooLarge extends RuntimeException {
        BodyTooLarge() {
            super("The body is larger than " + MAX_BYTES / 1024 + " KB");
        }
    }
}
