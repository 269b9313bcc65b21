package org.ecdp.logging.imports.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.ecdp.domain.audit.boundary.Audit;
import org.ecdp.domain.service.boundary.Services;
import org.ecdp.domain.user.boundary.Caller;
import org.ecdp.domain.user.entity.Role;
import org.ecdp.domain.validation.InvalidInput;
import org.ecdp.logging.entry.boundary.Entries;
import org.ecdp.logging.entry.boundary.Entries.ImportedRow;
import org.ecdp.logging.entry.entity.EntryDraft;
import org.ecdp.logging.imports.control.CandidateEntry;
import org.ecdp.logging.imports.control.ImportRowSink;
import org.ecdp.logging.imports.control.KnownNames;
import org.ecdp.logging.imports.control.RowRejection;
import org.ecdp.logging.imports.control.UnreadableWorkbook;
import org.ecdp.logging.imports.control.WorkbookImportReader;
import org.ecdp.logging.theme.boundary.Themes;
import org.ecdp.logging.theme.entity.Theme;

/**
 * The officer imports the old workbook, all or nothing, in one transaction. The file is read
 * twice, streaming: first every row is checked (and, for a dry run, compared with what is
 * already in the log); only when no row is rejected is it read again and written in batches,
 * so 100,000 rows never sit in memory together. Rows imported before (same fingerprint) are
 * skipped, so importing the same workbook again adds nothing. A file that cannot be trusted
 * at all is refused naming the field {@code file}. Every import and dry run is audited.
 */
@ApplicationScoped
@Transactional
public class Imports {

    static final int BATCH = 1000;

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

    public ImportResult importWorkbook(Path workbook, String fileName, boolean dryRun) {
        if (!caller.has(Role.OFFICER)) {
            throw new SecurityException("Only the lived experience officer imports the old workbook");
        }
        WorkbookImportReader reader = new WorkbookImportReader(knownNames(), clock);
        Check check = new Check(dryRun);
        read(reader, workbook, check);
        check.compareBatch();
        if (dryRun || !check.rejected.isEmpty()) {
            audit.record(dryRun ? "entries.import.dry-run" : "entries.import.refused", fileName,
                    "valid=" + check.valid + "; rejected=" + check.rejected.size());
            return new ImportResult(dryRun, check.rejected.isEmpty() ? check.valid - check.alreadyInLog : 0, check.valid,
                    check.alreadyInLog, check.rejected);
        }
        Write write = new Write();
        read(reader, workbook, write);
        write.writeBatch();
        audit.record("entries.import", fileName, "imported=" + write.added + "; already in the log=" + (check.valid - write.added));
        return new ImportResult(false, write.added, check.valid, check.valid - write.added, List.of());
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

    /** First pass: counts valid rows, collects rejections, and for a dry run finds rows already imported. */
    private final class Check implements ImportRowSink {
        final boolean compare;
        final List<RowRejection> rejected = new ArrayList<>();
        final List<String> fingerprints = new ArrayList<>();
        int valid;
        int alreadyInLog;

        Check(boolean compare) {
            this.compare = compare;
        }

        @Override
        public void candidate(CandidateEntry entry) {
            valid++;
            if (compare) {
                fingerprints.add(entry.fingerprint());
                if (fingerprints.size() == BATCH) {
                    compareBatch();
                }
            }
        }

        @Override
        public void rejected(RowRejection rejection) {
            rejected.add(rejection);
        }

        void compareBatch() {
            if (!fingerprints.isEmpty()) {
                alreadyInLog += entries.existingFingerprints(fingerprints).size();
                fingerprints.clear();
            }
        }
    }

    /** Second pass: writes the rows in batches; a rejection now (the themes changed meanwhile) undoes everything. */
    private final class Write implements ImportRowSink {
        final List<ImportedRow> batch = new ArrayList<>(BATCH);
        int added;

        @Override
        public void candidate(CandidateEntry entry) {
            batch.add(row(entry));
            if (batch.size() == BATCH) {
                writeBatch();
            }
        }

        @Override
        public void rejected(RowRejection rejection) {
            throw InvalidInput.of("file", "Row " + rejection.row() + " of sheet " + rejection.sheet()
                    + " changed meaning while importing (" + rejection.message() + "); nothing was imported, try again");
        }

        void writeBatch() {
            if (!batch.isEmpty()) {
                added += entries.importBatch(batch);
                batch.clear();
            }
        }
    }
}
