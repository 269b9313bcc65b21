package org.ecdp.housing.programme.entity;

import jakarta.persistence.DiscriminatorType;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.ecdp.domain.organisation.entity.Organisation;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.ecdp.domain.entity.BaseEntity;
import org.ecdp.domain.validation.InvalidInput;
import org.ecdp.housing.allocation.entity.Allocation;
import org.ecdp.housing.allocation.entity.AllocationRatio;
import org.ecdp.housing.allocation.entity.AllocationSeed;
import org.ecdp.housing.allocation.entity.ChainHead;
import org.ecdp.housing.allocation.entity.RandomisationScheme;
import org.ecdp.housing.allocation.entity.SeedSealer;
import org.ecdp.housing.allocation.entity.Stratum;

/**
 * A supported housing life coaching programme: the schemes (housing sites) it runs in, the
 * instruments it measures, how tenants are stratified (by scheme, or not at all) and the
 * permuted-block design. It holds the secret allocation seed, sealed with a key kept outside the
 * database ({@link SeedSealer}), which nothing outside this class reads until the programme
 * closes ({@link #disclosedSeed}); only its commitment is public.
 * It also records the head of the allocation chain, so an evaluator can tell if the newest
 * allocations were cut off.
 */
@Entity
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "organisation_id", contextProperty = Organisation.TENANT_PROPERTY, discriminatorType = DiscriminatorType.INTEGER)
@Table(name = "housing_programme")
@NamedQuery(name = Programme.ALL, query = "select p from Programme p order by p.name")
public class Programme extends BaseEntity {

    public static final String ALL = "Programme.all";
    public static final String SCHEME_FACTOR = "scheme";
    /** The strata entry that stratifies by baseline band; the band factor in a stratum key is {@code band}. */
    public static final String BAND_FACTOR = "baselineBand";
    public static final int MAX_CRITERIA = 20;
    /** A design with one block size no larger than this is refused: the last places of each block are too easy to foretell. */
    public static final int MAX_SINGLE_SMALL_BLOCK = 4;
    private static final String CODE = "[A-Z][A-Z0-9_]{1,39}";

    @Column(nullable = false, length = 120)
    private String name;

    @Column(nullable = false, length = 1000)
    private String schemes;

    @Column(nullable = false, length = 500)
    private String instruments;

    @Column(nullable = false, length = 200)
    private String strata;

    @Column(name = "block_sizes", nullable = false, length = 100)
    private String blockSizes;

    @Column(name = "ratio_coached", nullable = false)
    private int ratioCoached;

    @Column(name = "ratio_control", nullable = false)
    private int ratioControl;

    @Column(name = "target_size")
    private Integer targetSize;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ProgrammeStatus status;

    @Column(name = "allocation_seed", nullable = false, length = 100)
    private String allocationSeed;

    @Column(name = "seed_commitment", nullable = false, length = 64)
    private String seedCommitment;

    @Column(name = "chain_length", nullable = false)
    private long chainLength;

    @Column(name = "chain_head", nullable = false, length = 64)
    private String chainHead;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 40)
    private String createdBy;

    @Column(name = "closed_at")
    private Instant closedAt;

    /** One criterion a line; {@code null} when the programme has no checklist. */
    @Column(name = "eligibility_criteria", length = 4000)
    private String eligibilityCriteria;

    @Column(name = "band_instrument", length = 40)
    private String bandInstrument;

    @Column(name = "band_cuts", length = 200)
    private String bandCuts;

    protected Programme() {
    }

    /**
     * Checks the draft field by field (API names) and sets the programme up with {@code seed}.
     * Whether the instruments exist is the caller's check.
     */
    public static Programme setUp(ProgrammeDraft draft, AllocationSeed seed, String by, Instant now) {
        InvalidInput.Collector problems = new InvalidInput.Collector();
        String name = draft.name() == null ? "" : draft.name().strip();
        problems.check(!name.isEmpty(), "name", "Give the programme a name");
        problems.check(name.length() <= 120, "name", "Keep the name to 120 characters");
        List<String> schemes = codes(problems, "schemes", draft.schemes(), "Name at least one scheme (housing site) by its code");
        List<String> instruments = codes(problems, "instruments", draft.instruments(), "Name at least one instrument, e.g. HOME_WELLBEING");
        List<String> strata = draft.strata() == null ? List.of(SCHEME_FACTOR) : List.copyOf(new LinkedHashSet<>(draft.strata()));
        if (strata.stream().anyMatch(s -> !SCHEME_FACTOR.equals(s) && !BAND_FACTOR.equals(s))) {
            problems.reject("strata", "Programmes can be stratified by \"scheme\" and \"baselineBand\" (or not at all: [])");
        }
        List<String> criteria = new java.util.ArrayList<>();
        if (draft.eligibility() != null) {
            for (int i = 0; i < draft.eligibility().size(); i++) {
                String criterion = draft.eligibility().get(i) == null ? "" : draft.eligibility().get(i).strip();
                if (criterion.isEmpty() || criterion.length() > 300 || criterion.contains("\n")) {
                    problems.reject("eligibility[" + i + "]", "Write each criterion on one line, 1 to 300 characters");
                }
                criteria.add(criterion);
            }
            problems.check(criteria.size() <= MAX_CRITERIA, "eligibility", "Keep the checklist to " + MAX_CRITERIA + " criteria");
        }
        BaselineBands bands = null;
        String bandInstrument = draft.bandInstrument() == null ? null : draft.bandInstrument().strip().toUpperCase();
        boolean anyBand = (bandInstrument != null && !bandInstrument.isEmpty()) || (draft.bandCuts() != null && !draft.bandCuts().isEmpty());
        if (anyBand) {
            if (bandInstrument == null || !instruments.contains(bandInstrument)) {
                problems.reject("bandInstrument", "Bands are cut on the baseline of one of the programme's instruments");
            }
            try {
                bands = new BaselineBands(bandInstrument, draft.bandCuts() == null ? List.of() : draft.bandCuts());
            } catch (IllegalArgumentException bad) {
                problems.reject("bandCuts", "Give 1 to " + BaselineBands.MAX_CUTS + " increasing cut points on the baseline score");
            }
        }
        if (strata.contains(BAND_FACTOR) && !anyBand) {
            problems.reject("strata", "To stratify by baseline band, give bandInstrument and bandCuts");
        }
        RandomisationScheme design = null;
        try {
            design = new RandomisationScheme(draft.blockSizes() == null ? List.of(2, 4) : draft.blockSizes(),
                    AllocationRatio.of(draft.ratio()));
        } catch (InvalidInput invalid) {
            invalid.errors().forEach(e -> problems.reject(e.field(), e.message()));
        }
        if (design != null && design.blockSizes().size() == 1 && design.largestBlock() <= MAX_SINGLE_SMALL_BLOCK) {
            problems.reject("blockSizes", "One block size of " + design.largestBlock() + " lets whoever sees the arms foretell the"
                    + " last places of each block: give two or more sizes, e.g. [2,4], or one above " + MAX_SINGLE_SMALL_BLOCK);
        }
        if (draft.targetSize() != null && draft.targetSize() < 2) {
            problems.reject("targetSize", "A target size is 2 participants or more");
        }
        ProgrammeStatus status = ProgrammeStatus.RECRUITING;
        if (draft.status() != null) {
            if ("SET_UP".equals(draft.status())) {
                status = ProgrammeStatus.SET_UP;
            } else if (!"RECRUITING".equals(draft.status())) {
                problems.reject("status", "A new programme is SET_UP or RECRUITING");
            }
        }
        problems.throwIfAny();
        Programme programme = new Programme();
        programme.name = name;
        programme.schemes = String.join(",", schemes);
        programme.instruments = String.join(",", instruments);
        programme.strata = String.join(",", strata);
        programme.blockSizes = String.join(",", design.blockSizes().stream().map(String::valueOf).toList());
        programme.ratioCoached = design.ratio().coached();
        programme.ratioControl = design.ratio().control();
        programme.targetSize = draft.targetSize();
        programme.status = status;
        programme.allocationSeed = seed.toBase64();
        programme.seedCommitment = seed.commitment();
        programme.chainLength = ChainHead.GENESIS.sequenceNumber();
        programme.chainHead = ChainHead.GENESIS.hash();
        programme.createdBy = by;
        programme.createdAt = now;
        programme.eligibilityCriteria = criteria.isEmpty() ? null : String.join("\n", criteria);
        if (bands != null) {
            programme.bandInstrument = bands.instrument();
            programme.bandCuts = String.join(",", bands.cuts().stream().map(String::valueOf).toList());
        }
        return programme;
    }

    private static List<String> codes(InvalidInput.Collector problems, String field, List<String> codes, String whenEmpty) {
        if (codes == null || codes.isEmpty()) {
            problems.reject(field, whenEmpty);
            return List.of();
        }
        List<String> clean = codes.stream().map(c -> c == null ? "" : c.strip().toUpperCase()).distinct().toList();
        clean.stream().filter(c -> !c.matches(CODE)).findFirst().ifPresent(bad ->
                problems.reject(field, "\"" + bad + "\" is not a code: use capital letters, digits and underscores"));
        if (String.join(",", clean).length() > (field.equals("schemes") ? 1000 : 500)) {
            problems.reject(field, "Too many codes");
        }
        return clean;
    }

    public void startRecruiting() {
        if (status != ProgrammeStatus.SET_UP) {
            throw InvalidInput.of("status", "Only a programme being set up can start recruiting; this one is " + status);
        }
        status = ProgrammeStatus.RECRUITING;
    }

    public void close(Instant now) {
        if (status == ProgrammeStatus.CLOSED) {
            throw InvalidInput.of("status", "The programme is already closed");
        }
        status = ProgrammeStatus.CLOSED;
        closedAt = now;
    }

    public boolean isRecruiting() {
        return status == ProgrammeStatus.RECRUITING;
    }

    public boolean isClosed() {
        return status == ProgrammeStatus.CLOSED;
    }

    public boolean runsIn(String scheme) {
        return scheme != null && getSchemes().contains(scheme);
    }

    public boolean measures(String instrument) {
        return instrument != null && getInstruments().contains(instrument);
    }

    /** The stratum a tenant of {@code scheme} is randomised in (for a programme not stratified by band). */
    public Stratum stratumFor(String scheme) {
        return stratumFor(scheme, null);
    }

    /**
     * The stratum a tenant of {@code scheme} whose baseline fell in {@code band} is randomised
     * in: scheme x band when both are factors.
     */
    public Stratum stratumFor(String scheme, String band) {
        Map<String, String> factors = new java.util.TreeMap<>();
        if (getStrata().contains(SCHEME_FACTOR)) {
            factors.put("scheme", scheme);
        }
        if (getStrata().contains(BAND_FACTOR)) {
            if (band == null) {
                throw new IllegalStateException("the baseline band is computed before randomising");
            }
            factors.put("band", band);
        }
        return Stratum.of(factors);
    }

    /** The baseline bands, when the programme defines them. */
    public java.util.Optional<BaselineBands> bands() {
        if (bandInstrument == null || bandCuts == null) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new BaselineBands(bandInstrument, split(bandCuts).stream().map(Double::valueOf).toList()));
    }

    /** The eligibility checklist, in order; empty when the programme has none. */
    public List<String> getEligibility() {
        return eligibilityCriteria == null ? List.of() : Arrays.asList(eligibilityCriteria.split("\n"));
    }

    /** Whether as many tenants as the target size have been randomised: then nobody more is enrolled. */
    public boolean hasReachedTarget() {
        return targetSize != null && chainLength >= targetSize;
    }

    public RandomisationScheme randomisationScheme() {
        return new RandomisationScheme(getBlockSizes(), new AllocationRatio(ratioCoached, ratioControl));
    }

    /**
     * The concealed seed, for the randomiser only (it keeps it inside; never for display), and
     * only while the programme recruits.
     */
    public AllocationSeed seedToRandomise(SeedSealer seeds) {
        if (!isRecruiting()) {
            throw InvalidInput.of("programme", "The programme is " + status + ": nobody can be randomised now");
        }
        return seed(seeds);
    }

    /**
     * Seals the seed with a key held outside the database, if it is not sealed yet (set up just
     * now, or stored in clear before sealing existed); the seed itself, and so every allocation
     * and the chain, is unchanged.
     */
    public boolean sealSeed(SeedSealer seeds) {
        if (SeedSealer.isSealed(allocationSeed)) {
            return false;
        }
        allocationSeed = seeds.seal(AllocationSeed.fromBase64(allocationSeed));
        return true;
    }

    private AllocationSeed seed(SeedSealer seeds) {
        return SeedSealer.isSealed(allocationSeed) ? seeds.open(allocationSeed) : AllocationSeed.fromBase64(allocationSeed);
    }

    /** The seed as stored: sealed text once {@link #sealSeed} ran; for tests of what the database holds. */
    String storedSeed() {
        return allocationSeed;
    }

    public ChainHead chainHead() {
        return new ChainHead(chainLength, chainHead);
    }

    /** Moves the recorded head on to {@code allocation}, which must follow the current head. */
    public void recordAllocation(Allocation allocation) {
        if (allocation.sequenceNumber() != chainLength + 1 || !allocation.previousHash().equals(chainHead)) {
            throw new IllegalStateException("an allocation must follow the programme's chain head");
        }
        chainLength = allocation.sequenceNumber();
        chainHead = allocation.hash();
    }

    public AllocationSeed disclosedSeed(SeedSealer seeds) {
        if (!isClosed()) {
            throw InvalidInput.of("status", "The allocation sequence is disclosed only once the programme is closed");
        }
        return seed(seeds);
    }

    /** For verifying the chain against the concealed sequence on the server; never for display. */
    public AllocationSeed seedForVerification(SeedSealer seeds) {
        return seed(seeds);
    }

    public String getName() {
        return name;
    }

    public List<String> getSchemes() {
        return split(schemes);
    }

    public List<String> getInstruments() {
        return split(instruments);
    }

    public List<String> getStrata() {
        return split(strata);
    }

    public List<Integer> getBlockSizes() {
        return split(blockSizes).stream().map(Integer::valueOf).toList();
    }

    public List<Integer> getRatio() {
        return List.of(ratioCoached, ratioControl);
    }

    public Integer getTargetSize() {
        return targetSize;
    }

    public ProgrammeStatus getStatus() {
        return status;
    }

    public String getSeedCommitment() {
        return seedCommitment;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    private static List<String> split(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split(","));
    }

    @Override
    public String toString() {
        return "Programme[" + getId() + ", " + name + ", " + status + "]";
    }
}
