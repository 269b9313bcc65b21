package org.ecdp.logging.imports.boundary;

import org.ecdp.domain.organisation.boundary.Tenancy;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import org.ecdp.domain.audit.boundary.Audit;
import org.ecdp.domain.service.boundary.Services;
import org.ecdp.domain.user.boundary.Caller;
import org.ecdp.domain.user.entity.Role;
import org.ecdp.domain.validation.InvalidInput;
import org.ecdp.logging.entry.boundary.Entries;
import org.ecdp.logging.entry.boundary.Entries.ImportedRow;
import org.ecdp.logging.entry.control.DayCounts;
import org.ecdp.logging.entry.entity.EntryDraft;
import org.ecdp.logging.imports.control.CandidateEntry;
import org.ecdp.logging.imports.control.CandidateFile;
import org.ecdp.logging.imports.control.ImportRowSink;
import org.ecdp.logging.imports.control.KnownNames;
import org.ecdp.logging.imports.control.RowRejection;
import org.ecdp.logging.imports.control.UnreadableWorkbook;
import org.ecdp.logging.imports.control.WorkbookImportReader;
import org.ecdp.logging.theme.boundary.Themes;
import org.ecdp.logging.theme.entity.Theme;

/**
 * The officer imports the old workbook, all or nothing, in one transaction. The file is read
 * once, streaming: every row is checked (and, for a dry run, compared with what is already in
 * the log) and the valid ones are kept in a temporary file ({@link CandidateFile}); only when no
 * row is rejected are they read back, by date, and written in batches, so 100,000 rows never sit in
 * memory together. The day counts of all of them are written once, at the end. Rows imported
 * before (same fingerprint) are skipped, so importing the same workbook again adds nothing. Imports
 * (not dry runs) take turns until their transaction has ended: a second import of the same
 * workbook sent while the first is running (a double click, two tabs, a retried API call) waits,
 * then finds every row in the log and adds nothing, instead of failing on the rows' unique
 * fingerprints. A file that cannot be trusted at all is refused naming the field {@code file}.
 * Every import and dry run is audited.
 */
@ApplicationScoped
@Transactional
public class Imports {

    /** A refused workbook lists this many problems, then says how many more; the answer and the page stay small. */
    public static final int MAX_LISTED_REJECTIONS = 1_000;


    static final int BATCH = 1000;

    /** How long an import waits for the one before it before it gives up. */
    static final Duration TURN_WAIT = Duration.ofMinutes(15);

    /** One import at a time in this portal; released when the import's transaction has committed or rolled back. */
    private static final Semaphore TURN = new Semaphore(1, true);

    private static final Logger LOG = Logger.getLogger(Imports.class.getName());

    @Inject
    Tenancy tenancy;

    @Inject
    Entries entries;

    @Inject
    Services services;

    @Inject
    Themes themes;

    @Inject
    Caller caller;

    @Inject
    Audit audit;

    @Inject
    Clock clock;

    @Resource
    TransactionSynchronizationRegistry transaction;

    public ImportResult importWorkbook(Path workbook, String fileName, boolean dryRun) {
        if (!caller.has(Role.OFFICER)) {
            throw new SecurityException("Only the lived experience officer imports the old workbook");
        }
        if (!dryRun) {
            waitForTurn();
        }
        long started = System.nanoTime();
        try (CandidateFile checkedRows = dryRun ? null : new CandidateFile()) {
            WorkbookImportReader reader = new WorkbookImportReader(knownNames(), clock);
            Check check = new Check(dryRun, checkedRows);
            read(reader, workbook, check);
            check.compareBatch();
            long checked = System.nanoTime();
            if (dryRun || !check.rejected.isEmpty()) {
                audit.record(dryRun ? "entries.import.dry-run" : "entries.import.refused", fileName,
                        "valid=" + check.valid + "; rejected=" + check.rejectedCount);
                return new ImportResult(dryRun, check.rejected.isEmpty() ? check.valid - check.alreadyInLog : 0, check.valid,
                        check.alreadyInLog, check.listed());
            }
            Write write = new Write();
            checkedRows.forEachByDate(write::candidate);
            write.writeBatch();
            long written = System.nanoTime();
            int dayCounts = write.counts.size();
            entries.importCounts(write.counts);
            LOG.info(() -> String.format("Import of %s: %d rows checked in %d ms, %d entries written in %d ms, %d day counts in %d ms",
                    fileName, check.valid, (checked - started) / 1_000_000, write.added, (written - checked) / 1_000_000,
                    dayCounts, (System.nanoTime() - written) / 1_000_000));
            audit.record("entries.import", fileName, "imported=" + write.added + "; already in the log=" + (check.valid - write.added));
            return new ImportResult(false, write.added, check.valid, check.valid - write.added, List.of());
        }
    }

    /**
     * Waits until no other import is running, before this transaction reads anything, and holds
     * the turn until this transaction ends, so the next import sees every row this one wrote.
     */
    private void waitForTurn() {
        try {
            if (!TURN.tryAcquire(TURN_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
                throw InvalidInput.of("file", "Another import is still running; try again when it has finished");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw InvalidInput.of("file", "The import was stopped before it started; nothing was imported");
        }
        try {
            transaction.registerInterposedSynchronization(new GiveUpTurn());
        } catch (RuntimeException e) {
            TURN.release();
            throw e;
        }
    }

    /** Ends an import's turn once its transaction has ended, committed or not. */
    private static final class GiveUpTurn implements Synchronization {
        @Override
        public void beforeCompletion() {
            // the turn is held until the rows are committed
        }

        @Override
        public void afterCompletion(int status) {
            TURN.release();
        }
    }

    private static void read(WorkbookImportReader reader, Path workbook, ImportRowSink sink) {
        try {
            reader.read(workbook, sink);
        } catch (UnreadableWorkbook refused) {
            throw InvalidInput.of("file", refused.getMessage());
        }
    }

    private KnownNames knownNames() {
        KnownNames names = new KnownNames();
        services.all().forEach(s -> names.service(s.getCode(), s.getName()));
        for (Theme theme : themes.all()) {
            Theme now = theme.resolved();
            names.theme(theme.getCode(), theme.getName(), now.getCode(), now.isLive());
        }
        return names;
    }

    private static ImportedRow row(CandidateEntry c) {
        return new ImportedRow(new EntryDraft(c.serviceCode(), c.occurredOn(), c.themeCodes(), c.summary(), c.peopleCount(),
                c.channel() == null ? null : c.channel().name(), c.locality() == null ? null : c.locality().name(),
                null, null, null), c.fingerprint());
    }

    /**
     * The pass over the workbook: counts valid rows, collects rejections, for a dry run finds rows
     * already imported, and for an import keeps the valid rows (in a temporary file) for writing.
     */
    private final class Check implements ImportRowSink {
        final boolean compare;
        final CandidateFile keep;
        final List<RowRejection> rejected = new ArrayList<>();
        long rejectedCount;
        final List<String> fingerprints = new ArrayList<>();
        int valid;
        int alreadyInLog;

        Check(boolean compare, CandidateFile keep) {
            this.compare = compare;
            this.keep = keep;
        }

        @Override
        public void candidate(CandidateEntry entry) {
            valid++;
            if (keep != null && rejected.isEmpty()) {
                keep.add(entry);
            }
            if (compare) {
                fingerprints.add(entry.fingerprint());
                if (fingerprints.size() == BATCH) {
                    compareBatch();
                }
            }
        }

        @Override
        public void rejected(RowRejection rejection) {
            rejectedCount++;
            if (rejected.size() < MAX_LISTED_REJECTIONS) {
                rejected.add(rejection);
            }
        }

        /** The first {@link #MAX_LISTED_REJECTIONS} rejections, then one line saying how many more there were. */
        List<RowRejection> listed() {
            if (rejectedCount <= rejected.size()) {
                return rejected;
            }
            List<RowRejection> listed = new ArrayList<>(rejected);
            listed.add(new RowRejection("", 0, "", String.format("And %,d more problems not listed; correct the ones above and check again.",
                    rejectedCount - rejected.size())));
            return listed;
        }

        void compareBatch() {
            if (!fingerprints.isEmpty()) {
                alreadyInLog += entries.existingFingerprints(fingerprints).size();
                fingerprints.clear();
            }
        }
    }

    /** Then, when no row was rejected: writes the kept rows in batches, collecting their day counts for the end. */
    private final class Write {
        final List<ImportedRow> batch = new ArrayList<>(BATCH);
        final DayCounts counts = new DayCounts(tenancy.require());
        int added;

        void candidate(CandidateEntry entry) {
            batch.add(row(entry));
            if (batch.size() == BATCH) {
                writeBatch();
            }
        }

        void writeBatch() {
            if (!batch.isEmpty()) {
                added += entries.importBatch(batch, counts);
                batch.clear();
            }
        }
    }
}
