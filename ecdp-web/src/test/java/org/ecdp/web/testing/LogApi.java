package org.ecdp.web.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ecdp.web.testing.JsonBody.jsonMap;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What the log's API tests (trends, alerts, the observatory) keep doing: themes of their own under
 * a fresh {@link #suffix()}, so a test meets no other test's entries; entries logged through
 * {@code POST /api/entries}; and answers checked as a caller would notice them (the status, and
 * for a refusal the field it names).
 */
public final class LogApi {

    private LogApi() {
    }

    /** Eight upper-case letters and digits, new each time: for a test's own theme codes and names. */
    public static String suffix() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase();
    }

    /** Creates a top theme of the caller's organisation. */
    public static void theme(Http as, String code, String name) throws Exception {
        created(as.post("api/themes", "{\"code\":\"" + code + "\",\"name\":\"" + name + "\"}"));
    }

    /** Creates a sub-theme of {@code parent}. */
    public static void subTheme(Http as, String code, String name, String parent) throws Exception {
        created(as.post("api/themes", "{\"code\":\"" + code + "\",\"name\":\"" + name + "\",\"parent\":\"" + parent + "\"}"));
    }

    /** Creates a top theme of the caller's organisation counted under the network theme {@code networkTheme}. */
    public static void mappedTheme(Http as, String code, String name, String networkTheme) throws Exception {
        created(as.post("api/themes", "{\"code\":\"" + code + "\",\"name\":\"" + name + "\",\"networkTheme\":\"" + networkTheme + "\"}"));
    }

    /** Logs one entry (by phone, in Chelmsford) of {@code people} people under {@code themes}. */
    public static void entry(Http as, String service, LocalDate day, List<String> themes, int people, String summary) throws Exception {
        created(as.post("api/entries", "{\"service\":\"" + service + "\",\"occurredOn\":\"" + day + "\",\"themes\":[\""
                + String.join("\",\"", themes) + "\"],\"summary\":\"" + summary + "\",\"peopleCount\":" + people
                + ",\"channel\":\"PHONE\",\"locality\":\"CHELMSFORD\"}"));
    }

    /** The body of a 200 answer. */
    public static String ok(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.uri() + ": " + response.body()).isEqualTo(200);
        return response.body();
    }

    public static void created(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.uri() + ": " + response.body()).isEqualTo(201);
    }

    /** A problem answer with {@code status} naming {@code field} among its errors (null: no field to name). */
    public static void assertProblem(HttpResponse<String> response, int status, String field) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        if (field != null) {
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> errors = (List<Map<String, Object>>) jsonMap(response.body()).get("errors");
            assertThat(errors).as(response.body()).extracting(e -> e.get("field")).contains(field);
        }
    }
}
