package org.ecdp.mentoring.match.entity;

import jakarta.persistence.DiscriminatorType;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.ecdp.domain.organisation.entity.Organisation;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.ecdp.domain.entity.BaseEntity;
import org.ecdp.mentoring.matching.entity.Assignment;
import org.ecdp.mentoring.matching.entity.Criterion;
import org.ecdp.mentoring.matching.entity.MatchWeights;
import org.ecdp.mentoring.matching.entity.Reason;
import org.ecdp.mentoring.matching.entity.ScoreMatrix;

/**
 * One press of "run matching", kept as it was answered: the suggested assignments with their
 * reasons, the people left unmatched, and the score matrix it was solved over (requests,
 * volunteers, free places, every pair's score or null), with the day, the weights and who ran it.
 * Reading a run later gives exactly what the coordinator saw, even after people and volunteers
 * have changed. Suggestions only: nothing is agreed until the coordinator proposes a pair.
 */
@Entity(name = "MentoringMatchRun")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "organisation_id", contextProperty = Organisation.TENANT_PROPERTY, discriminatorType = DiscriminatorType.INTEGER)
@Table(name = "mentoring_match_run")
public class MatchRun extends BaseEntity {

    @Column(name = "ran_at", nullable = false)
    private Instant ranAt;

    @Column(name = "ran_on", nullable = false)
    private LocalDate ranOn;

    @Column(name = "ran_by", nullable = false, length = 40)
    private String ranBy;

    @Column(nullable = false, length = 400)
    private String weights;

    private int matched;

    private int waiting;

    @Column(name = "total_score")
    private double totalScore;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "result_json", nullable = false)
    private String resultJson;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "scores_json", nullable = false)
    private String scoresJson;

    protected MatchRun() {
    }

    public MatchRun(org.ecdp.mentoring.matching.entity.MatchRun result, ScoreMatrix scores, MatchWeights weights,
                    String coordinator, Instant now, LocalDate today) {
        this.ranAt = now;
        this.ranOn = today;
        this.ranBy = coordinator;
        this.weights = weights.toString();
        this.matched = result.assignments().size();
        this.waiting = scores.requests().size();
        this.totalScore = result.totalScore();
        this.resultJson = resultToJson(result).toString();
        this.scoresJson = scoresToJson(scores).toString();
    }

    /** The run's suggestions, as answered when it ran. */
    public org.ecdp.mentoring.matching.entity.MatchRun result() {
        JsonObject o = Json.createReader(new StringReader(resultJson)).readObject();
        List<Assignment> assignments = new ArrayList<>();
        for (JsonValue a : o.getJsonArray("assignments")) {
            JsonObject x = a.asJsonObject();
            List<Reason> reasons = new ArrayList<>();
            for (JsonValue r : x.getJsonArray("reasons")) {
                JsonObject y = r.asJsonObject();
                reasons.add(new Reason(Criterion.valueOf(y.getString("criterion")), y.getJsonNumber("points").doubleValue(),
                        y.getString("detail", "")));
            }
            assignments.add(new Assignment(x.getJsonNumber("request").longValue(), x.getJsonNumber("volunteer").longValue(),
                    x.getJsonNumber("score").doubleValue(), reasons, x.getBoolean("pinned", false)));
        }
        List<Long> unmatched = o.getJsonArray("unmatched").getValuesAs(JsonNumber.class).stream().map(JsonNumber::longValue).toList();
        return new org.ecdp.mentoring.matching.entity.MatchRun(assignments, unmatched, o.getJsonNumber("totalScore").doubleValue());
    }

    /** The score matrix the run was solved over. */
    public ScoreMatrix scores() {
        JsonObject o = Json.createReader(new StringReader(scoresJson)).readObject();
        List<List<Double>> rows = new ArrayList<>();
        for (JsonValue row : o.getJsonArray("scores")) {
            List<Double> cells = new ArrayList<>();
            for (JsonValue cell : row.asJsonArray()) {
                cells.add(cell.getValueType() == JsonValue.ValueType.NULL ? null : ((JsonNumber) cell).doubleValue());
            }
            rows.add(cells);
        }
        return new ScoreMatrix(longs(o.getJsonArray("requests")), longs(o.getJsonArray("volunteers")),
                o.getJsonArray("capacity").getValuesAs(JsonNumber.class).stream().map(JsonNumber::intValue).toList(), rows);
    }

    static JsonObject resultToJson(org.ecdp.mentoring.matching.entity.MatchRun result) {
        JsonArrayBuilder assignments = Json.createArrayBuilder();
        for (Assignment a : result.assignments()) {
            JsonArrayBuilder reasons = Json.createArrayBuilder();
            for (Reason r : a.reasons()) {
                reasons.add(Json.createObjectBuilder().add("criterion", r.criterion().name()).add("points", r.points())
                        .add("detail", r.detail() == null ? "" : r.detail()));
            }
            assignments.add(Json.createObjectBuilder().add("request", a.request()).add("volunteer", a.volunteer())
                    .add("score", a.score()).add("pinned", a.pinned()).add("reasons", reasons));
        }
        JsonArrayBuilder unmatched = Json.createArrayBuilder();
        result.unmatched().forEach(unmatched::add);
        return Json.createObjectBuilder().add("assignments", assignments).add("unmatched", unmatched)
                .add("totalScore", result.totalScore()).build();
    }

    static JsonObject scoresToJson(ScoreMatrix scores) {
        JsonArrayBuilder rows = Json.createArrayBuilder();
        for (List<Double> row : scores.scores()) {
            JsonArrayBuilder cells = Json.createArrayBuilder();
            for (Double cell : row) {
                if (cell == null) {
                    cells.addNull();
                } else {
                    cells.add(cell);
                }
            }
            rows.add(cells);
        }
        JsonArrayBuilder requests = Json.createArrayBuilder();
        scores.requests().forEach(requests::add);
        JsonArrayBuilder volunteers = Json.createArrayBuilder();
        scores.volunteers().forEach(volunteers::add);
        JsonArrayBuilder capacity = Json.createArrayBuilder();
        scores.capacity().forEach(capacity::add);
        return Json.createObjectBuilder().add("requests", requests).add("volunteers", volunteers).add("capacity", capacity)
                .add("scores", rows).build();
    }

    private static List<Long> longs(JsonArray array) {
        return array.getValuesAs(JsonNumber.class).stream().map(JsonNumber::longValue).toList();
    }

    /** The score matrix exactly as stored, for the API. */
    public String scoresJson() {
        return scoresJson;
    }

    public Instant getRanAt() { return ranAt; }
    public LocalDate getRanOn() { return ranOn; }
    public String getRanBy() { return ranBy; }
    public String getWeights() { return weights; }
    public int getMatched() { return matched; }
    public int getWaiting() { return waiting; }
    public double getTotalScore() { return totalScore; }
}
