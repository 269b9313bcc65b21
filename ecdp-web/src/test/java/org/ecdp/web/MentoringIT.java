package org.ecdp.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ecdp.web.testing.JsonBody.json;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.ecdp.web.testing.Http;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Peer mentoring's API as the coordinator uses it: volunteers, requests, safe match runs and their scores. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MentoringIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @ArquillianResource
    URL base;

    private static final LocalDate TODAY = LocalDate.now();

    @Test
    void theCoordinatorRegistersAVolunteerAndRecordsARequest() throws Exception {
        HttpResponse<String> volunteer = post("coordinator", "api/mentoring/volunteers", volunteer("Test Mentor", 2, "ENHANCED",
                List.of("SKILLS", "CONFIDENCE"), TODAY.minusYears(1)));
        assertThat(volunteer.statusCode()).as(volunteer.body()).isEqualTo(201);
        JsonObject v = json(volunteer.body());
        assertThat(v.getJsonNumber("id").longValue()).isPositive();
        assertThat(v.getInt("capacity")).isEqualTo(2);
        assertThat(v.getJsonObject("dbs").getString("level")).isEqualTo("ENHANCED");
        assertThat(volunteer.headers().firstValue("Location")).isPresent();

        HttpResponse<String> request = post("coordinator", "api/mentoring/requests", request(ref(), List.of("CONFIDENCE")));
        assertThat(request.statusCode()).as(request.body()).isEqualTo(201);
        JsonObject r = json(request.body());
        assertThat(r.getJsonArray("goals").getString(0)).isEqualTo("CONFIDENCE");
        assertThat(r.getString("referredOn")).isEqualTo(TODAY.minusDays(20).toString());
    }

    @Test
    void badInputIsRefusedNamingTheFieldAndNothingIsWritten() throws Exception {
        int before = json(get("coordinator", "api/mentoring/volunteers?size=500").body()).getInt("total");
        for (int capacity : new int[] {0, 6}) {
            HttpResponse<String> refused = post("coordinator", "api/mentoring/volunteers",
                    volunteer("Too Many", capacity, "ENHANCED", List.of("SKILLS"), TODAY.minusYears(1)));
            assertThat(refused.statusCode()).isEqualTo(400);
            assertThat(refused.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
            assertThat(fields(refused)).containsExactly("capacity");
        }
        HttpResponse<String> future = post("coordinator", "api/mentoring/volunteers",
                volunteer("Future Check", 1, "ENHANCED", List.of("SKILLS"), TODAY.plusDays(5)));
        assertThat(fields(future)).containsExactly("dbs.issuedOn");
        HttpResponse<String> codes = post("coordinator", "api/mentoring/volunteers",
                volunteer("Odd Codes", 1, "PLATINUM", List.of("JUGGLING"), TODAY.minusYears(1)));
        assertThat(fields(codes)).contains("dbs.level", "skills");
        assertThat(json(get("coordinator", "api/mentoring/volunteers?size=500").body()).getInt("total")).isEqualTo(before);

        HttpResponse<String> badRequest = post("coordinator", "api/mentoring/requests", request(ref(), List.of("FLYING")));
        assertThat(badRequest.statusCode()).isEqualTo(400);
        assertThat(fields(badRequest)).containsExactly("goals");

        HttpResponse<String> unknownIds = post("coordinator", "api/mentoring/match-runs", "{\"requests\":[987654321],\"volunteers\":[987654322]}");
        assertThat(unknownIds.statusCode()).isEqualTo(400);
        assertThat(fields(unknownIds)).contains("requests", "volunteers");
    }

    @Test
    void aRunNeverGivesMoneyHelpToAVolunteerWithoutTheAdultsBarredListAndItsScoresShowWhy() throws Exception {
        long enhanced = id(post("coordinator", "api/mentoring/volunteers",
                volunteer("Enhanced Only", 2, "ENHANCED", List.of("MONEY_MANAGEMENT", "SKILLS"), TODAY.minusYears(1))));
        long barred = id(post("coordinator", "api/mentoring/volunteers",
                volunteer("Barred List", 1, "ENHANCED_BARRED_ADULTS", List.of("MONEY_MANAGEMENT"), TODAY.minusYears(1))));
        long money1 = id(post("coordinator", "api/mentoring/requests", request(ref(), List.of("MONEY_MANAGEMENT"))));
        long money2 = id(post("coordinator", "api/mentoring/requests", request(ref(), List.of("MONEY_MANAGEMENT"))));
        long skills = id(post("coordinator", "api/mentoring/requests", request(ref(), List.of("SKILLS"))));

        HttpResponse<String> created = post("coordinator", "api/mentoring/match-runs",
                "{\"requests\":[%d,%d,%d],\"volunteers\":[%d,%d]}".formatted(money1, money2, skills, enhanced, barred));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonObject run = json(created.body());
        JsonArray assignments = run.getJsonArray("assignments");
        for (JsonValue a : assignments) {
            JsonObject assignment = a.asJsonObject();
            if (assignment.getJsonNumber("request").longValue() != skills) {
                assertThat(assignment.getJsonNumber("volunteer").longValue()).as("money help only with the barred list check").isEqualTo(barred);
            }
            assertThat(assignment.getJsonArray("reasons")).isNotEmpty();
            double sum = assignment.getJsonArray("reasons").stream().mapToDouble(r -> r.asJsonObject().getJsonNumber("points").doubleValue()).sum();
            assertThat(sum).isCloseTo(assignment.getJsonNumber("score").doubleValue(), org.assertj.core.data.Offset.offset(0.05));
        }
        assertThat(assignments).as("one money request and the skills request are matched").hasSize(2);
        assertThat(run.getJsonArray("unmatched").getValuesAs(JsonNumber.class)).hasSize(1);

        long runId = run.getJsonNumber("id").longValue();
        assertThat(json(get("coordinator", "api/mentoring/match-runs/" + runId).body())).isEqualTo(run);
        JsonObject scores = json(get("coordinator", "api/mentoring/match-runs/" + runId + "/scores").body());
        assertThat(longs(scores.getJsonArray("requests"))).containsExactly(money1, money2, skills);
        assertThat(longs(scores.getJsonArray("volunteers"))).containsExactly(enhanced, barred);
        assertThat(scores.getJsonArray("capacity").getValuesAs(JsonNumber.class)).extracting(JsonNumber::intValue).containsExactly(2, 1);
        JsonArray matrix = scores.getJsonArray("scores");
        assertThat(matrix).hasSize(3);
        assertThat(matrix.getJsonArray(0)).hasSize(2);
        assertThat(matrix.getJsonArray(0).isNull(0)).as("money help with an enhanced check only is forbidden").isTrue();
        assertThat(matrix.getJsonArray(0).isNull(1)).isFalse();
        assertThat(matrix.getJsonArray(2).isNull(0)).as("skills help needs no barred list check").isFalse();
    }

    @Test
    void aDeclinedPairIsNeverProposedAgainAndAThemeHeardInAMatchReachesTheLog() throws Exception {
        long volunteer = id(post("coordinator", "api/mentoring/volunteers",
                volunteer("Workflow Mentor", 2, "ENHANCED", List.of("SKILLS", "CONFIDENCE"), TODAY.minusYears(1))));
        long declined = id(post("coordinator", "api/mentoring/requests", request(ref(), List.of("SKILLS"))));
        long agreed = id(post("coordinator", "api/mentoring/requests", request(ref(), List.of("CONFIDENCE"))));

        JsonObject proposal = json(created(post("coordinator", "api/mentoring/matches",
                "{\"request\":%d,\"volunteer\":%d}".formatted(declined, volunteer))).body());
        assertThat(proposal.getString("stage")).isEqualTo("PROPOSED");
        long proposalId = proposal.getJsonNumber("id").longValue();
        assertThat(fields(post("coordinator", "api/mentoring/match-runs", "{\"requests\":[%d]}".formatted(declined))))
                .as("a person with a proposal is no longer waiting").containsExactly("requests");
        assertThat(fields(post("coordinator", "api/mentoring/matches/" + proposalId + "/decline", "{\"reason\":\" \"}")))
                .containsExactly("reason");
        HttpResponse<String> decline = post("coordinator", "api/mentoring/matches/" + proposalId + "/decline",
                "{\"reason\":\"Would rather meet someone nearer home\"}");
        assertThat(decline.statusCode()).as(decline.body()).isEqualTo(200);
        assertThat(json(decline.body()).getString("stage")).isEqualTo("DECLINED");
        assertThat(fields(post("coordinator", "api/mentoring/matches", "{\"request\":%d,\"volunteer\":%d}".formatted(declined, volunteer))))
                .as("a declined pair is not proposed again").containsExactly("volunteer");
        JsonObject rerun = json(created(post("coordinator", "api/mentoring/match-runs",
                "{\"requests\":[%d],\"volunteers\":[%d]}".formatted(declined, volunteer))).body());
        assertThat(longs(rerun.getJsonArray("unmatched"))).containsExactly(declined);
        JsonObject scores = json(get("coordinator", "api/mentoring/match-runs/" + rerun.getJsonNumber("id").longValue() + "/scores").body());
        assertThat(scores.getJsonArray("scores").getJsonArray(0).isNull(0)).isTrue();

        long matchId = json(created(post("coordinator", "api/mentoring/matches",
                "{\"request\":%d,\"volunteer\":%d}".formatted(agreed, volunteer))).body()).getJsonNumber("id").longValue();
        HttpResponse<String> introduced = post("coordinator", "api/mentoring/matches/" + matchId + "/introduce",
                "{\"firstMeetingOn\":\"%s\"}".formatted(TODAY));
        assertThat(introduced.statusCode()).as(introduced.body()).isEqualTo(200);
        HttpResponse<String> started = post("coordinator", "api/mentoring/matches/" + matchId + "/start", "");
        assertThat(json(started.body()).getString("stage")).isEqualTo("ACTIVE");
        String word = "zq" + UUID.randomUUID().toString().substring(0, 6);
        HttpResponse<String> heard = post("coordinator", "api/mentoring/matches/" + matchId + "/themes",
                "{\"themes\":[\"ACCESS_TO_WORK\"],\"summary\":\"Access to Work has not paid for support at college %s\"}".formatted(word));
        assertThat(heard.statusCode()).as(heard.body()).isEqualTo(204);
        JsonObject logged = json(get("officer", "api/entries?service=PEER_MENTORING&q=" + word).body());
        assertThat(logged.getInt("total")).isEqualTo(1);
        assertThat(logged.getJsonArray("items").getJsonObject(0).getJsonArray("themes").getString(0)).isEqualTo("ACCESS_TO_WORK");
    }

    @Test
    void staffAndTheOfficerAreRefused() throws Exception {
        for (String user : List.of("staff", "officer")) {
            assertThat(post(user, "api/mentoring/match-runs", "{}").statusCode()).isEqualTo(403);
            assertThat(post(user, "api/mentoring/volunteers", volunteer("X", 1, "ENHANCED", List.of("SKILLS"), TODAY)).statusCode())
                    .isEqualTo(403);
            assertThat(get(user, "api/mentoring/match-runs/1").statusCode()).isEqualTo(403);
            assertThat(get(user, "api/mentoring/match-runs/1/scores").statusCode()).isEqualTo(403);
        }
        assertThat(get("coordinator", "api/mentoring/match-runs/987654321").statusCode()).isEqualTo(404);
    }

    @Test
    void aDefaultRunCoversEveryoneWaitingAndEveryActiveVolunteer() throws Exception {
        HttpResponse<String> created = post("coordinator", "api/mentoring/match-runs", "{}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonObject run = json(created.body());
        int waiting = json(get("coordinator", "api/mentoring/requests?size=500").body()).getInt("total");
        assertThat(run.getJsonArray("assignments").size() + run.getJsonArray("unmatched").size()).isEqualTo(waiting);
        assertThat(run.getJsonArray("assignments")).as("the demo has matches to suggest").isNotEmpty();
    }

    @Test
    void sessionsAndGoalProgressAreRecordedAndTheJourneyShowsEveryMatchIncludingTheDeclinedOne() throws Exception {
        long first = id(post("coordinator", "api/mentoring/volunteers",
                volunteer("Journey Declined", 1, "ENHANCED", List.of("SKILLS", "CONFIDENCE"), TODAY.minusYears(1))));
        long mentor = id(post("coordinator", "api/mentoring/volunteers",
                volunteer("Journey Mentor", 1, "ENHANCED", List.of("SKILLS", "CONFIDENCE"), TODAY.minusYears(1))));
        long person = id(post("coordinator", "api/mentoring/requests", request(ref(), List.of("SKILLS", "CONFIDENCE"))));
        long declined = json(created(post("coordinator", "api/mentoring/matches", "{\"request\":%d,\"volunteer\":%d}".formatted(person, first))).body())
                .getJsonNumber("id").longValue();
        assertThat(post("coordinator", "api/mentoring/matches/" + declined + "/decline", "{\"reason\":\"Lives too far away\"}").statusCode()).isEqualTo(200);
        long match = json(created(post("coordinator", "api/mentoring/matches", "{\"request\":%d,\"volunteer\":%d}".formatted(person, mentor))).body())
                .getJsonNumber("id").longValue();
        assertThat(fields(post("coordinator", "api/mentoring/matches/" + match + "/sessions",
                "{\"heldOn\":\"%s\",\"minutes\":60,\"whatWasDone\":\"x\",\"place\":\"y\"}".formatted(TODAY))))
                .as("not before the match has started").containsExactly("stage");
        post("coordinator", "api/mentoring/matches/" + match + "/introduce", "{\"firstMeetingOn\":\"%s\"}".formatted(TODAY));
        post("coordinator", "api/mentoring/matches/" + match + "/start", "");

        assertThat(fields(post("coordinator", "api/mentoring/matches/" + match + "/sessions",
                "{\"heldOn\":\"%s\",\"minutes\":0,\"whatWasDone\":\" \",\"place\":\"Library\"}".formatted(TODAY.plusDays(1)))))
                .containsExactly("heldOn", "minutes", "whatWasDone");
        assertThat(fields(post("coordinator", "api/mentoring/matches/" + match + "/sessions",
                "{\"heldOn\":\"not-a-date\",\"minutes\":\"lots\",\"whatWasDone\":\"x\",\"place\":\"y\"}"))).contains("heldOn", "minutes");
        assertThat(json("{\"a\":" + get("coordinator", "api/mentoring/matches/" + match + "/sessions").body() + "}").getJsonArray("a"))
                .as("nothing written").isEmpty();

        String word = "zq" + UUID.randomUUID().toString().substring(0, 6);
        HttpResponse<String> session = post("coordinator", "api/mentoring/matches/" + match + "/sessions",
                ("{\"heldOn\":\"%s\",\"minutes\":90,\"whatWasDone\":\"Looked at college courses together\",\"place\":\"Chelmsford library\","
                        + "\"themes\":[\"ACCESS_TO_WORK\"],\"themeSummary\":\"Support worker at interviews not funded %s\"}").formatted(TODAY, word));
        assertThat(session.statusCode()).as(session.body()).isEqualTo(201);
        assertThat(json(session.body()).getInt("minutes")).isEqualTo(90);
        assertThat(json(get("officer", "api/entries?service=PEER_MENTORING&q=" + word).body()).getInt("total"))
                .as("the theme heard in the session reached the log").isEqualTo(1);

        assertThat(fields(post("coordinator", "api/mentoring/matches/" + match + "/progress", "{\"goal\":\"SKILLS\",\"score\":11}")))
                .containsExactly("score");
        assertThat(fields(post("coordinator", "api/mentoring/matches/" + match + "/progress", "{\"goal\":\"MONEY_MANAGEMENT\",\"score\":5}")))
                .as("not one of the person's goals").containsExactly("goal");
        created(post("coordinator", "api/mentoring/matches/" + match + "/progress", "{\"goal\":\"SKILLS\",\"score\":3,\"notes\":\"Starting out\"}"));
        created(post("coordinator", "api/mentoring/matches/" + match + "/progress", "{\"goal\":\"SKILLS\",\"score\":6}"));

        JsonObject journey = json(get("coordinator", "api/mentoring/requests/" + person + "/journey").body());
        JsonArray matches = journey.getJsonArray("matches");
        assertThat(matches).hasSize(2);
        assertThat(matches.getJsonObject(0).getString("stage")).isEqualTo("DECLINED");
        assertThat(matches.getJsonObject(0).getString("declinedReason")).isEqualTo("Lives too far away");
        assertThat(matches.getJsonObject(1).getString("stage")).isEqualTo("ACTIVE");
        assertThat(journey.getJsonArray("sessions")).hasSize(1);
        assertThat(journey.getInt("totalMinutes")).isEqualTo(90);
        assertThat(journey.getJsonArray("progress").getValuesAs(JsonObject.class)).extracting(p -> p.getInt("score")).containsExactly(3, 6);
        assertThat(get("coordinator", "api/mentoring/requests/987654321/journey").statusCode()).isEqualTo(404);
        for (String user : List.of("staff", "officer")) {
            assertThat(get(user, "api/mentoring/requests/" + person + "/journey").statusCode()).isEqualTo(403);
            assertThat(post(user, "api/mentoring/matches/" + match + "/progress", "{\"goal\":\"SKILLS\",\"score\":9}").statusCode()).isEqualTo(403);
        }
    }

    @Test
    void changedWeightsAreUsedByTheNextRunAndTheDefaultsCanBeRestored() throws Exception {
        JsonObject defaults = json(get("coordinator", "api/mentoring/weights").body());
        assertThat(defaults.getBoolean("defaults")).isTrue();
        assertThat(defaults.getJsonNumber("goals").doubleValue()).isEqualTo(40);
        String changed = "{\"goals\":0,\"sharedExperience\":15,\"availability\":15,\"travel\":10,\"language\":10,\"accessNeeds\":10,"
                + "\"waiting\":20,\"waitingFullAfterDays\":180}";
        HttpResponse<String> negative = send("PUT", "coordinator", "api/mentoring/weights", changed.replace("\"travel\":10", "\"travel\":-1"));
        assertThat(fields(negative)).containsExactly("travel");
        assertThat(fields(send("PUT", "coordinator", "api/mentoring/weights", "{\"goals\":1}"))).contains("travel", "waitingFullAfterDays");
        assertThat(json(get("coordinator", "api/mentoring/weights").body())).as("nothing changed").isEqualTo(defaults);
        assertThat(send("PUT", "staff", "api/mentoring/weights", changed).statusCode()).isEqualTo(403);
        try {
            HttpResponse<String> saved = send("PUT", "coordinator", "api/mentoring/weights", changed);
            assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
            long volunteer = id(post("coordinator", "api/mentoring/volunteers",
                    volunteer("Weights Mentor", 1, "ENHANCED", List.of("SKILLS"), TODAY.minusYears(1))));
            long person = id(post("coordinator", "api/mentoring/requests", request(ref(), List.of("SKILLS"))));
            JsonObject run = json(created(post("coordinator", "api/mentoring/match-runs",
                    "{\"requests\":[%d],\"volunteers\":[%d]}".formatted(person, volunteer))).body());
            JsonObject goals = run.getJsonArray("assignments").getJsonObject(0).getJsonArray("reasons").getValuesAs(JsonObject.class).stream()
                    .filter(r -> r.getString("criterion").equals("GOALS")).findFirst().orElseThrow();
            assertThat(goals.getJsonNumber("points").doubleValue()).as("goals weigh nothing in this run").isZero();
        } finally {
            JsonObject restored = json(send("DELETE", "coordinator", "api/mentoring/weights", null).body());
            assertThat(restored).isEqualTo(defaults);
        }
    }

    @Test
    void staffReferFromTheirOwnServiceAndSeeOnlyTheirReferralsNeverVolunteers() throws Exception {
        String ref = ref();
        String body = request(ref, List.of("CONFIDENCE"));
        assertThat(fields(post("staff", "api/mentoring/referrals", body))).containsExactly("referringService");
        assertThat(fields(post("staff", "api/mentoring/referrals", body.replace("{\"ref\"", "{\"referringService\":\"INFORMATION_LINE\",\"ref\""))))
                .as("not a service this member of staff works in").containsExactly("referringService");
        assertThat(fields(post("staff", "api/mentoring/referrals", request(ref, List.of("FLYING"))
                .replace("{\"ref\"", "{\"referringService\":\"ADVOCACY\",\"ref\"")))).containsExactly("goals");
        HttpResponse<String> referred = post("staff", "api/mentoring/referrals", body.replace("{\"ref\"", "{\"referringService\":\"ADVOCACY\",\"ref\""));
        assertThat(referred.statusCode()).as(referred.body()).isEqualTo(201);
        JsonObject r = json(referred.body());
        assertThat(r.getString("referringService")).isEqualTo("ADVOCACY");
        assertThat(r.getString("status")).isEqualTo("WAITING");

        HttpResponse<String> mine = get("staff", "api/mentoring/referrals");
        assertThat(mine.statusCode()).isEqualTo(200);
        JsonArray items = json("{\"a\":" + mine.body() + "}").getJsonArray("a");
        assertThat(items.getValuesAs(JsonObject.class)).extracting(o -> o.getString("ref")).contains(ref);
        assertThat(items.getValuesAs(JsonObject.class)).as("only referrals from a service staff work in")
                .allSatisfy(o -> assertThat(o.getString("referringService")).isEqualTo("ADVOCACY"));
        assertThat(mine.body()).doesNotContain("volunteer").doesNotContain("Mentor");
        JsonArray coordinatorsOwn = json("{\"a\":" + get("coordinator", "api/mentoring/referrals").body() + "}").getJsonArray("a");
        assertThat(coordinatorsOwn.getValuesAs(JsonObject.class)).extracting(o -> o.getString("ref")).doesNotContain(ref);

        JsonObject waiting = json(get("coordinator", "api/mentoring/requests?size=500").body());
        assertThat(waiting.getJsonArray("items").getValuesAs(JsonObject.class)).filteredOn(o -> o.getString("ref").equals(ref))
                .singleElement().satisfies(o -> assertThat(o.getString("referringService")).isEqualTo("ADVOCACY"));
        for (String path : List.of("api/mentoring/requests", "api/mentoring/volunteers", "api/mentoring/dashboard", "api/mentoring/weights")) {
            assertThat(get("staff", path).statusCode()).as(path).isEqualTo(403);
        }
        assertThat(get("officer", "api/mentoring/referrals").statusCode()).isEqualTo(403);
        assertThat(post("officer", "api/mentoring/referrals", body).statusCode()).isEqualTo(403);
    }

    @Test
    void theDashboardCountsTheWaitingAndRemindsOfARenewalOnceAtItsThreshold() throws Exception {
        String name = "Renewal " + UUID.randomUUID().toString().substring(0, 6);
        String soon = volunteer(name, 1, "ENHANCED", List.of("SKILLS"), TODAY.minusYears(3).plusDays(20));
        long volunteer = id(post("coordinator", "api/mentoring/volunteers", soon));
        JsonObject dashboard = json(get("coordinator", "api/mentoring/dashboard").body());
        int waiting = json(get("coordinator", "api/mentoring/requests?size=500").body()).getInt("total");
        JsonArray bands = dashboard.getJsonArray("waiting");
        assertThat(bands.getValuesAs(JsonObject.class)).extracting(b -> b.getString("label"))
                .containsExactly("0 to 13 days", "14 to 27 days", "28 to 55 days", "56 days or more");
        assertThat(bands.getValuesAs(JsonObject.class).stream().mapToInt(b -> b.getInt("count")).sum()).isEqualTo(waiting);
        assertThat(dashboard.getJsonObject("timeToMatch").getString("estimation")).isEqualTo("R_7");
        assertThat(dashboard.getJsonArray("expiring").getValuesAs(JsonObject.class))
                .filteredOn(e -> e.getJsonNumber("volunteer").longValue() == volunteer && e.getString("kind").equals("DBS"))
                .singleElement().satisfies(e -> {
                    assertThat(e.getInt("daysLeft")).isEqualTo(20);
                    assertThat(e.getString("dueOn")).isEqualTo(TODAY.plusDays(20).toString());
                });

        JsonArray first = json("{\"a\":" + post("coordinator", "api/mentoring/reminders", "").body() + "}").getJsonArray("a");
        assertThat(first.getValuesAs(JsonObject.class)).filteredOn(e -> e.getJsonNumber("volunteer").longValue() == volunteer)
                .singleElement().satisfies(e -> {
                    assertThat(e.getString("kind")).isEqualTo("DBS");
                    assertThat(e.getInt("thresholdDays")).isEqualTo(30);
                });
        JsonArray again = json("{\"a\":" + post("coordinator", "api/mentoring/reminders", "").body() + "}").getJsonArray("a");
        assertThat(again.getValuesAs(JsonObject.class)).as("never twice").noneMatch(e -> e.getJsonNumber("volunteer").longValue() == volunteer);
        assertThat(json(get("coordinator", "api/mentoring/dashboard").body()).getJsonArray("reminders").getValuesAs(JsonObject.class))
                .filteredOn(e -> e.getJsonNumber("volunteer").longValue() == volunteer).hasSize(1);
        assertThat(post("staff", "api/mentoring/reminders", "").statusCode()).isEqualTo(403);
    }

    /**
     * F17: proposals sent at the same moment, as two coordinators or a double click would. One
     * person never gets two open matches, a volunteer never more people than their capacity;
     * every loser is told 409.
     */
    @Test
    void concurrentProposalsNeverGiveTwoOpenMatchesNorExceedCapacity() throws Exception {
        int parallel = 6;
        long person = id(post("coordinator", "api/mentoring/requests", request(ref(), List.of("CONFIDENCE"))));
        List<Long> mentors = new ArrayList<>();
        for (int i = 0; i < parallel; i++) {
            mentors.add(id(post("coordinator", "api/mentoring/volunteers",
                    volunteer("Race Mentor " + i, 2, "ENHANCED", List.of("CONFIDENCE"), TODAY.minusYears(1)))));
        }
        List<Integer> onePerson = race(mentors.stream().map(v -> "{\"request\":%d,\"volunteer\":%d}".formatted(person, v)).toList());
        assertThat(onePerson).as("one person, many volunteers at once").containsOnly(201, 409).containsOnlyOnce(201);
        JsonArray matches = json(get("coordinator", "api/mentoring/requests/" + person + "/journey").body()).getJsonArray("matches");
        assertThat(matches).as("one open match for the person").hasSize(1);

        long mentor = id(post("coordinator", "api/mentoring/volunteers",
                volunteer("Race Capacity", 1, "ENHANCED", List.of("CONFIDENCE"), TODAY.minusYears(1))));
        List<Long> people = new ArrayList<>();
        for (int i = 0; i < parallel; i++) {
            people.add(id(post("coordinator", "api/mentoring/requests", request(ref(), List.of("CONFIDENCE")))));
        }
        List<Integer> oneVolunteer = race(people.stream().map(r -> "{\"request\":%d,\"volunteer\":%d}".formatted(r, mentor)).toList());
        assertThat(oneVolunteer).as("a volunteer with one place, many people at once").containsOnly(201, 409).containsOnlyOnce(201);
        long open = 0;
        for (long r : people) {
            open += json(get("coordinator", "api/mentoring/requests/" + r + "/journey").body()).getJsonArray("matches").size();
        }
        assertThat(open).as("the volunteer holds no more than their capacity").isEqualTo(1);
    }

    /** F22: the waiting list is served longest-waiting first, so a referral cannot be dated more than a year back. */
    @Test
    void aReferralDatedMoreThanAYearBackIsRefused() throws Exception {
        String ref = ref();
        String old = request(ref, List.of("CONFIDENCE")).replace(TODAY.minusDays(20).toString(), TODAY.minusYears(1).minusDays(1).toString());
        assertThat(fields(post("coordinator", "api/mentoring/requests", old))).containsExactly("referredOn");
        String justAYear = request(ref(), List.of("CONFIDENCE")).replace(TODAY.minusDays(20).toString(), TODAY.minusYears(1).toString());
        assertThat(post("coordinator", "api/mentoring/requests", justAYear).statusCode()).isEqualTo(201);
    }

    /**
     * Paging is done by the database: pages of two, read one after another, hold every volunteer and request exactly once,
     * in the order of the whole list; three volunteers of the same name must not swap places between pages.
     */
    @Test
    void pagesOfTwoHoldTheWholeListInOrderWithNoOneTwiceOrMissing() throws Exception {
        for (int i = 0; i < 3; i++) {
            created(post("coordinator", "api/mentoring/volunteers", volunteer("Paged Mentor", 1, "ENHANCED", List.of("SKILLS"),
                    TODAY.minusYears(1))));
            created(post("coordinator", "api/mentoring/requests", request(ref(), List.of("SKILLS"))));
        }
        for (String list : List.of("api/mentoring/volunteers", "api/mentoring/requests")) {
            JsonObject whole = json(get("coordinator", list + "?size=500").body());
            int total = whole.getInt("total");
            List<JsonObject> all = whole.getJsonArray("items").getValuesAs(JsonObject.class);
            assertThat(all).as(list).hasSize(total).hasSizeGreaterThanOrEqualTo(3);
            List<JsonObject> paged = new ArrayList<>();
            for (int page = 0; page * 2 < total; page++) {
                JsonObject answer = json(get("coordinator", list + "?page=" + page + "&size=2").body());
                assertThat(answer.getInt("total")).as("%s page %d", list, page).isEqualTo(total);
                assertThat(answer.getJsonArray("items")).as("%s page %d", list, page).hasSize(Math.min(2, total - page * 2));
                paged.addAll(answer.getJsonArray("items").getValuesAs(JsonObject.class));
            }
            assertThat(paged).as("%s in pages of two", list).isEqualTo(all);
            assertThat(paged.stream().map(o -> o.getJsonNumber("id").longValue()).distinct()).hasSize(total);
            JsonObject beyond = json(get("coordinator", list + "?page=" + (total / 2 + 1) + "&size=2").body());
            assertThat(beyond.getInt("total")).isEqualTo(total);
            assertThat(beyond.getJsonArray("items")).isEmpty();
        }
    }

    /** Sends every body to POST /api/mentoring/matches at once, released together; the statuses. */
    private List<Integer> race(List<String> bodies) throws Exception {
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(bodies.size());
        try {
            java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
            List<java.util.concurrent.Future<Integer>> answers = new ArrayList<>();
            for (String body : bodies) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return post("coordinator", "api/mentoring/matches", body).statusCode();
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (java.util.concurrent.Future<Integer> answer : answers) {
                statuses.add(answer.get(120, java.util.concurrent.TimeUnit.SECONDS));
            }
            return statuses;
        } finally {
            pool.shutdownNow();
        }
    }

    private static String volunteer(String name, int capacity, String dbsLevel, List<String> skills, LocalDate issuedOn) {
        return """
                {"name":"%s","district":"CHELMSFORD","remote":true,"travelKm":20,"capacity":%d,"skills":%s,
                 "languages":["en"],"livedExperience":["PHYSICAL"],"availability":["MON_AM","TUE_PM","WED_PM"],
                 "dbs":{"level":"%s","issuedOn":"%s","updateService":false},"trainingCompletedOn":"%s"}"""
                .formatted(name, capacity, array(skills), dbsLevel, issuedOn, TODAY.minusMonths(3));
    }

    private static String request(String ref, List<String> goals) {
        return """
                {"ref":"%s","district":"CHELMSFORD","remoteOk":true,"goals":%s,"languages":["en"],
                 "sharedExperience":null,"availability":["MON_AM","TUE_PM"],"referredOn":"%s"}"""
                .formatted(ref, array(goals), TODAY.minusDays(20));
    }

    private static String ref() {
        return "IT-" + (1000 + (UUID.randomUUID().hashCode() & 0xffff));
    }

    private static String array(List<String> codes) {
        return codes.stream().map(c -> "\"" + c + "\"").collect(java.util.stream.Collectors.joining(",", "[", "]"));
    }

    private static List<Long> longs(JsonArray array) {
        return array.getValuesAs(JsonNumber.class).stream().map(JsonNumber::longValue).toList();
    }

    private static List<String> fields(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        List<String> fields = new ArrayList<>();
        json(response.body()).getJsonArray("errors").forEach(e -> fields.add(e.asJsonObject().getString("field")));
        return fields;
    }

    private static HttpResponse<String> created(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return response;
    }

    private static long id(HttpResponse<String> created) {
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return json(created.body()).getJsonNumber("id").longValue();
    }

    private HttpResponse<String> post(String user, String path, String json) throws Exception {
        return Http.portal(base).as(user).post(path, json);
    }

    private HttpResponse<String> send(String method, String user, String path, String json) throws Exception {
        return Http.portal(base).as(user).send(method, path, "application/json", json);
    }

    private HttpResponse<String> get(String user, String path) throws Exception {
        return Http.portal(base).as(user).get(path);
    }
}
