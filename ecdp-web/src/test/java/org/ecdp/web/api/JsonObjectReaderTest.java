package org.ecdp.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.JsonObject;
import jakarta.ws.rs.core.MultivaluedHashMap;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.ecdp.domain.validation.InvalidInput;
import org.junit.jupiter.api.Test;

class JsonObjectReaderTest {

    private final JsonObjectReader reader = new JsonObjectReader();

    @Test
    void everyBodyThatIsNotOneJsonObjectIsRefusedNamingTheBody() {
        List<String> bodies = List.of("", " \n", "{", "}", "null", "[]", "123", "\"x\"", "true", "{\"a\":}", "{\"a\":1}}", "{\"a\":1} x",
                "{'a':1}", "[".repeat(10_000) + "]".repeat(10_000), "{\"a\":".repeat(10_000) + "1" + "}".repeat(10_000));
        for (String body : bodies) {
            assertThatThrownBy(() -> read(body.getBytes(StandardCharsets.UTF_8), null)).as(body.length() > 40 ? body.substring(0, 40) : body)
                    .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.errors().get(0).field()).isEqualTo("body"));
        }
        assertThatThrownBy(() -> read(new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xC3, '"', '}'}, null))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.errors().get(0).field()).isEqualTo("body"));
    }

    @Test
    void anObjectIsReadWithBracketsInsideItsStringsNotCountedAsNesting() throws Exception {
        JsonObject read = read(("{\"summary\":\"" + "[{".repeat(100) + "\\\"\",\"n\":[1,{\"x\":2}]}").getBytes(StandardCharsets.UTF_8), null);
        assertThat(read.getString("summary")).startsWith("[{[{");
        assertThat(read.getJsonArray("n")).hasSize(2);
    }

    @Test
    void aBodyAboveTheLimitIs413WhetherDeclaredOrNot() {
        byte[] big = ("{\"s\":\"" + "x".repeat(JsonObjectReader.MAX_BYTES) + "\"}").getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> read(big, null)).isInstanceOf(JsonObjectReader.BodyTooLarge.class);
        assertThatThrownBy(() -> read("{}".getBytes(StandardCharsets.UTF_8), "99999999999")).isInstanceOf(JsonObjectReader.BodyTooLarge.class);
        assertThatThrownBy(() -> read("{}".getBytes(StandardCharsets.UTF_8), String.valueOf(JsonObjectReader.MAX_BYTES + 1)))
                .isInstanceOf(JsonObjectReader.BodyTooLarge.class);
    }

    private JsonObject read(byte[] body, String contentLength) throws Exception {
        MultivaluedHashMap<String, String> headers = new MultivaluedHashMap<>();
        if (contentLength != null) {
            headers.putSingle("Content-Length", contentLength);
        }
        return reader.readFrom(JsonObject.class, JsonObject.class, new java.lang.annotation.Annotation[0], null, headers,
                new ByteArrayInputStream(body));
    }
}
