package org.ecdp.housing.instrument.entity;

import jakarta.persistence.DiscriminatorType;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.ecdp.domain.organisation.entity.Organisation;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import org.ecdp.domain.entity.BaseEntity;
import org.ecdp.domain.validation.InvalidInput;

/**
 * An outcome measure as data: its items (each scored from {@code itemMin} to {@code itemMax}),
 * the scoring rule (the items are summed), the valid range of a total score, and the minimal
 * important change: the smallest change in the total a tenant would notice. A score outside
 * the valid range is refused, naming the {@code score} field. Licensed instruments are never
 * shipped; the demo's {@code HOME_WELLBEING} was written for this project.
 */
@Entity
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "organisation_id", contextProperty = Organisation.TENANT_PROPERTY, discriminatorType = DiscriminatorType.INTEGER)
@Table(name = "housing_instrument")
@NamedQuery(name = Instrument.BY_CODE, query = "select i from Instrument i where i.code = :code")
public class Instrument extends BaseEntity {

    public static final String BY_CODE = "Instrument.byCode";

    @Column(nullable = false, length = 40)
    private String code;

    @Column(nullable = false, length = 100)
    private String name;

    @Column(name = "item_min", nullable = false)
    private int itemMin;

    @Column(name = "item_max", nullable = false)
    private int itemMax;

    @Column(name = "valid_min", nullable = false)
    private double validMin;

    @Column(name = "valid_max", nullable = false)
    private double validMax;

    @Column(name = "minimal_important_change", nullable = false)
    private double minimalImportantChange;

    @Column(name = "higher_is_better", nullable = false)
    private boolean higherIsBetter = true;

    @Column(name = "scoring_rule", nullable = false, length = 200)
    private String scoringRule;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "housing_instrument_item", joinColumns = @JoinColumn(name = "instrument_id"))
    @OrderColumn(name = "position")
    @Column(name = "wording", nullable = false, length = 300)
    private List<String> items = new ArrayList<>();

    protected Instrument() {
    }

    /** A summed instrument: the valid range is every item at its lowest to every item at its highest. */
    static final int MAX_ITEMS = 200;
    static final int MAX_ITEM_SCORE = 10_000;

    public static Instrument summed(String code, String name, List<String> items, int itemMin, int itemMax,
                                    double minimalImportantChange, boolean higherIsBetter) {
        InvalidInput.Collector problems = new InvalidInput.Collector();
        problems.check(code != null && code.strip().matches("[A-Z][A-Z0-9_]{1,39}"), "code",
                "Use capital letters, digits and underscores, e.g. HOME_WELLBEING");
        problems.check(name != null && !name.isBlank(), "name", "Give the instrument a name");
        problems.check(name == null || name.strip().length() <= 100, "name", "Keep the name to 100 characters");
        problems.check(items != null && !items.isEmpty() && items.stream().noneMatch(i -> i == null || i.isBlank()),
                "items", "List the wording of every item");
        problems.check(items == null || (items.size() <= MAX_ITEMS && items.stream().allMatch(i -> i == null || i.length() <= 300)),
                "items", "At most " + MAX_ITEMS + " items of at most 300 characters each");
        problems.check(itemMin < itemMax, "itemMax", "An item's highest score must be above its lowest");
        problems.check(Math.abs((long) itemMin) <= MAX_ITEM_SCORE && Math.abs((long) itemMax) <= MAX_ITEM_SCORE, "itemMax",
                "Item scores run within -" + MAX_ITEM_SCORE + " to " + MAX_ITEM_SCORE);
        problems.check(minimalImportantChange > 0 && Double.isFinite(minimalImportantChange), "minimalImportantChange",
                "A minimal important change is a positive number of points");
        problems.throwIfAny();
        Instrument instrument = new Instrument();
        instrument.code = code.strip();
        instrument.name = name.strip();
        instrument.items.addAll(items);
        instrument.itemMin = itemMin;
        instrument.itemMax = itemMax;
        instrument.validMin = (double) items.size() * itemMin;
        instrument.validMax = (double) items.size() * itemMax;
        instrument.minimalImportantChange = minimalImportantChange;
        instrument.higherIsBetter = higherIsBetter;
        instrument.scoringRule = "sum of " + items.size() + " items, each " + itemMin + "-" + itemMax;
        return instrument;
    }

    /** Refuses a total score outside the valid range, naming {@code field}. */
    public void checkScore(InvalidInput.Collector problems, String field, Double score) {
        if (score == null) {
            problems.reject(field, "Enter the " + code + " score");
        } else if (score.isNaN() || score < validMin || score > validMax) {
            problems.reject(field, code + " scores run from " + format(validMin) + " to " + format(validMax)
                    + "; " + format(score) + " is outside that range");
        }
    }

    private static String format(double value) {
        return value == Math.rint(value) && !Double.isInfinite(value) ? Long.toString((long) value) : Double.toString(value);
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public List<String> getItems() {
        return List.copyOf(items);
    }

    public int getItemMin() {
        return itemMin;
    }

    public int getItemMax() {
        return itemMax;
    }

    public double getValidMin() {
        return validMin;
    }

    public double getValidMax() {
        return validMax;
    }

    public double getMinimalImportantChange() {
        return minimalImportantChange;
    }

    public boolean isHigherIsBetter() {
        return higherIsBetter;
    }

    public String getScoringRule() {
        return scoringRule;
    }
}
