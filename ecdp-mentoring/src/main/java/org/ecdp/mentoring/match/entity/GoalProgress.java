package org.ecdp.mentoring.match.entity;

import jakarta.persistence.DiscriminatorType;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.ecdp.domain.organisation.entity.Organisation;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Locale;
import org.ecdp.domain.validation.InvalidInput;
import org.ecdp.domain.entity.BaseEntity;
import org.ecdp.mentoring.matching.entity.Goal;

/**
 * Where the person stands on one goal of their request, on a 1 (just starting) to 10 (goal met)
 * scale, with notes, as recorded on a day. Recorded again as things move on, so the journey shows
 * progress over time.
 */
@Entity
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "organisation_id", contextProperty = Organisation.TENANT_PROPERTY, discriminatorType = DiscriminatorType.INTEGER)
@Table(name = "mentoring_goal_progress")
public class GoalProgress extends BaseEntity {

    public static final int LOWEST = 1;
    public static final int HIGHEST = 10;

    @ManyToOne(optional = false)
    @JoinColumn(name = "match_id")
    private Match match;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private Goal goal;

    @Column(nullable = false)
    private int score;

    @Column(length = 2000)
    private String notes;

    @Column(name = "recorded_on", nullable = false)
    private LocalDate recordedOn;

    @Column(name = "recorded_by", nullable = false, length = 40)
    private String recordedBy;

    protected GoalProgress() {
    }

    /** Records progress on one of the request's goals; {@code goal} is its code. */
    public GoalProgress(Match match, String goal, Integer score, String notes, LocalDate today, String by) {
        InvalidInput.Collector problems = new InvalidInput.Collector();
        problems.check(match.getStage() == MatchStage.INTRODUCED || match.getStage() == MatchStage.ACTIVE, "stage",
                "Progress is recorded on a match that has started (introduced or active); this one is " + match.getStage().label().toLowerCase());
        Goal which = null;
        if (goal == null || goal.isBlank()) {
            problems.reject("goal", "Choose the goal");
        } else {
            try {
                which = Goal.valueOf(goal.strip().toUpperCase(Locale.ROOT));
                problems.check(match.getRequest().getGoals().contains(which), "goal", "Not one of this person's goals: " + which.label());
            } catch (IllegalArgumentException unknown) {
                problems.reject("goal", "Unknown goal " + goal);
            }
        }
        if (score == null) {
            problems.reject("score", "Choose a score from " + LOWEST + " to " + HIGHEST);
        } else {
            problems.check(score >= LOWEST && score <= HIGHEST, "score", "Must be between " + LOWEST + " and " + HIGHEST);
        }
        String text = Texts.clean(notes);
        problems.check(text.length() <= 2000, "notes", "Keep it to 2000 characters");
        problems.throwIfAny();
        this.match = match;
        this.goal = which;
        this.score = score;
        this.notes = text.isEmpty() ? null : text;
        this.recordedOn = today;
        this.recordedBy = by;
    }

    public Match getMatch() { return match; }
    public Goal getGoal() { return goal; }
    public int getScore() { return score; }
    public String getNotes() { return notes; }
    public LocalDate getRecordedOn() { return recordedOn; }
    public String getRecordedBy() { return recordedBy; }
}
