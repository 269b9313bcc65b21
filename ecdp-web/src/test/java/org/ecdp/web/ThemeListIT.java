package org.ecdp.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ecdp.web.testing.JsonBody.json;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import org.ecdp.web.testing.Http;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The log's list by a theme, alone and with words (issue 17: answered from the rows per theme,
 * without visiting the entries): its total and every page equal what counting the logged entries
 * by hand finds, with sub-themes, an entry in two themes of the family, a word that is the prefix
 * of two of an entry's words, several words (all must be there), dates, a channel, a channel and a
 * locality together, a service and a member of staff's own services; and still after an edit (to
 * another theme, channel and day), a deletion and an erasure (which takes the words, not the
 * entry).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ThemeListIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @ArquillianResource
    URL base;

    /** An entry as logged, to count by hand. */
    private record Logged(long id, String service, LocalDate day, List<String> themes, String channel, String summary) {

        Logged erased() {
            return new Logged(id, service, day, themes, channel, "");
        }

        boolean has(String... words) {
            List<String> own = Arrays.asList(summary.toLowerCase(java.util.Locale.ROOT).split("[^a-z0-9]+"));
            return Arrays.stream(words).allMatch(w -> own.stream().anyMatch(o -> o.startsWith(w)));
        }

        boolean in(Set<String> family) {
            return themes.stream().anyMatch(family::contains);
        }
    }

    private final List<Logged> log = new ArrayList<>();

    @Test
    void totalsAndPagesByThemeAloneAndWithWordsEqualCountingTheEntriesThroughEditDeleteAndErasure() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 6).toUpperCase().replace('-', '_');
        String parent = "WT_" + tag;
        String childA = "WTA_" + tag;
        String childB = "WTB_" + tag;
        assertThat(post("officer", "api/themes", "{\"code\":\"" + parent + "\",\"name\":\"Words " + tag + "\"}").statusCode()).isEqualTo(201);
        assertThat(post("officer", "api/themes", "{\"code\":\"" + childA + "\",\"name\":\"Words A " + tag + "\",\"parent\":\"" + parent + "\"}")
                .statusCode()).isEqualTo(201);
        assertThat(post("officer", "api/themes", "{\"code\":\"" + childB + "\",\"name\":\"Words B " + tag + "\",\"parent\":\"" + parent + "\"}")
                .statusCode()).isEqualTo(201);
        Set<String> family = Set.of(parent, childA, childB);
        String w = "wq" + UUID.randomUUID().toString().substring(0, 6);
        String other = "wr" + UUID.randomUUID().toString().substring(0, 6);
        String ref = "WT-" + java.util.concurrent.ThreadLocalRandom.current().nextInt(100_000, 999_999);
        LocalDate day = LocalDate.now().minusDays(30);

        logged("ADVOCACY", day, List.of(childA), "PHONE", w, null);
        logged("ADVOCACY", day, List.of(childA, childB), "PHONE", w + " " + w + "z " + other, null);
        logged("PAYROLL", day.minusDays(1), List.of(parent), "EMAIL", w + "z", null);
        logged("ADVOCACY", day.minusDays(1), List.of("TRANSPORT"), "PHONE", w + " " + other, null);
        logged("ADVOCACY", day.minusDays(2), List.of(childB), "PHONE", other, null);
        Logged named = logged("ADVOCACY", day.minusDays(3), List.of(childB), "EMAIL", w + " " + other, ref);
        logged("PAYROLL", day.minusDays(3), List.of(childA), "PHONE", w, null);
        Logged moved = logged("ADVOCACY", day.minusDays(4), List.of("TRANSPORT"), "PHONE", w, null);
        Logged deleted = logged("ADVOCACY", day, List.of(childA), "PHONE", w, null);

        assertAllExact(family, parent, childA, w, other);
        assertThat(total("officer", "theme=" + parent + "&q=" + w)).as("six entries of the family have the word").isEqualTo(6);
        assertThat(total("officer", "theme=" + parent)).as("seven entries are in the family").isEqualTo(7);

        assertThat(Http.portal(base).as("officer").send("PUT", "api/entries/" + moved.id(),
                entryJson("ADVOCACY", day.minusDays(2), List.of(childB), "EMAIL", w + " " + other, null)).statusCode()).isEqualTo(200);
        log.set(log.indexOf(moved), new Logged(moved.id(), "ADVOCACY", day.minusDays(2), List.of(childB), "EMAIL", "x " + w + " " + other));
        assertThat(Http.portal(base).as("officer").send("DELETE", "api/entries/" + deleted.id(), null).statusCode()).isEqualTo(204);
        log.remove(deleted);
        assertAllExact(family, parent, childA, w, other);

        assertThat(post("admin", "api/people/" + ref + "/erasure", "{\"reason\":\"Asked us to\"}").statusCode()).isEqualTo(200);
        log.set(log.indexOf(named), named.erased());
        assertAllExact(family, parent, childA, w, other);
        assertThat(total("officer", "theme=" + parent + "&q=" + w)).as("one moved in, one deleted, one erased").isEqualTo(5);
        assertThat(total("officer", "theme=" + parent)).as("one moved in, one deleted; the erased one stays").isEqualTo(7);
    }

    private void assertAllExact(Set<String> family, String parent, String child, String w, String other) throws Exception {
        LocalDate day = log.get(0).day();
        assertExact("officer", "theme=" + parent + "&q=" + w, e -> e.in(family) && e.has(w));
        assertExact("officer", "theme=" + child + "&q=" + w, e -> e.themes().contains(child) && e.has(w));
        assertExact("officer", "theme=" + parent + "&q=" + w + "z", e -> e.in(family) && e.has(w + "z"));
        assertExact("officer", "theme=" + parent + "&q=" + other + "%20" + w, e -> e.in(family) && e.has(w, other));
        assertExact("officer", "theme=" + parent + "&q=" + w + "&channel=EMAIL", e -> e.in(family) && e.has(w) && e.channel().equals("EMAIL"));
        assertExact("officer", "theme=" + parent + "&q=" + w + "&from=" + day.minusDays(3) + "&to=" + day.minusDays(1),
                e -> e.in(family) && e.has(w) && !e.day().isBefore(day.minusDays(3)) && !e.day().isAfter(day.minusDays(1)));
        assertExact("officer", "theme=" + parent + "&q=" + w + "&service=PAYROLL", e -> e.in(family) && e.has(w) && e.service().equals("PAYROLL"));
        assertExact("staff", "theme=" + parent + "&q=" + w, e -> e.in(family) && e.has(w) && e.service().equals("ADVOCACY"));
        assertExact("officer", "theme=TRANSPORT&q=" + w, e -> e.themes().contains("TRANSPORT") && e.has(w));
        // the theme alone: the family's ranges merged, one theme's range, and narrowed as above
        assertExact("officer", "theme=" + parent, e -> e.in(family));
        assertExact("officer", "theme=" + child, e -> e.themes().contains(child));
        assertExact("officer", "theme=" + parent + "&channel=EMAIL", e -> e.in(family) && e.channel().equals("EMAIL"));
        assertExact("officer", "theme=" + parent + "&channel=PHONE&locality=CHELMSFORD", e -> e.in(family) && e.channel().equals("PHONE"));
        assertExact("officer", "theme=" + parent + "&channel=PHONE&locality=BASILDON", e -> false);
        assertExact("officer", "theme=" + parent + "&from=" + day.minusDays(3) + "&to=" + day.minusDays(1),
                e -> e.in(family) && !e.day().isBefore(day.minusDays(3)) && !e.day().isAfter(day.minusDays(1)));
        assertExact("officer", "theme=" + parent + "&service=PAYROLL", e -> e.in(family) && e.service().equals("PAYROLL"));
        assertExact("staff", "theme=" + parent, e -> e.in(family) && e.service().equals("ADVOCACY"));
    }

    /** The total is what counting the logged entries finds, and pages of two hold them latest first (by day, then id). */
    private void assertExact(String user, String query, Predicate<Logged> matches) throws Exception {
        List<Long> expected = log.stream().filter(matches)
                .sorted(Comparator.comparing(Logged::day).thenComparingLong(Logged::id).reversed()).map(Logged::id).toList();
        assertThat(total(user, query)).as(user + " " + query).isEqualTo(expected.size());
        List<Long> paged = new ArrayList<>();
        for (int page = 0; page <= expected.size() / 2; page++) {
            paged.addAll(ids(user, "api/entries?size=2&page=" + page + "&" + query));
        }
        assertThat(paged).as(user + " " + query + ", pages of two").isEqualTo(expected);
    }

    private long total(String user, String query) throws Exception {
        HttpResponse<String> list = Http.portal(base).as(user).get("api/entries?size=1&" + query);
        assertThat(list.statusCode()).as(list.body()).isEqualTo(200);
        return json(list.body()).getJsonNumber("total").longValue();
    }

    private List<Long> ids(String user, String path) throws Exception {
        HttpResponse<String> list = Http.portal(base).as(user).get(path);
        assertThat(list.statusCode()).as(list.body()).isEqualTo(200);
        return json(list.body()).getJsonArray("items").stream().map(i -> i.asJsonObject().getJsonNumber("id").longValue()).toList();
    }

    private Logged logged(String service, LocalDate day, List<String> themes, String channel, String words, String ref) throws Exception {
        HttpResponse<String> created = post("officer", "api/entries", entryJson(service, day, themes, channel, words, ref));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonObject entry = json(created.body());
        Logged logged = new Logged(entry.getJsonNumber("id").longValue(), service, day, themes, channel,
                "x " + words + (ref == null ? "" : " " + ref));
        log.add(logged);
        return logged;
    }

    private static String entryJson(String service, LocalDate day, List<String> themes, String channel, String words, String ref) {
        return """
                {"service":"%s","occurredOn":"%s","themes":["%s"],"summary":"Found by words %s",
                 "peopleCount":1,"channel":"%s","locality":"CHELMSFORD"%s}""".formatted(service, day, String.join("\",\"", themes), words,
                channel, ref == null ? "" : ",\"personRef\":\"" + ref + "\"");
    }

    private HttpResponse<String> post(String user, String path, String json) throws Exception {
        return Http.portal(base).as(user).post(path, json);
    }
}
