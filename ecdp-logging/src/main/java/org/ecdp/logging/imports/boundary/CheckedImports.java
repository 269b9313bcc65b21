package org.ecdp.logging.imports.boundary;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.ecdp.domain.organisation.boundary.Tenancy;
import org.ecdp.domain.user.boundary.Caller;
import org.ecdp.domain.validation.InvalidInput;
import org.ecdp.logging.imports.control.WorkbookChunks;

/**
 * The old workbook's import in two steps, check then import, where the two requests may reach
 * different instances of the portal: a check that finds no rejected row keeps the workbook in the
 * database under a token (it used to wait in a temporary file on the disk of the instance that
 * checked it, which the instance answering "Import" did not have); the import of that token, on
 * any instance, reads it back, imports it and forgets it in the same transaction. A kept workbook
 * nobody imports is forgotten after {@link #KEPT_FOR} ({@link ExpiredCheckedWorkbooks}). Only the
 * organisation that checked a workbook finds it; the upload limit has already applied to it.
 */
@ApplicationScoped
@Transactional
public class CheckedImports {

    /** How long a checked workbook waits for its import. */
    public static final Duration KEPT_FOR = Duration.ofHours(1);

    /** A check's result and, when nothing was rejected, the token its import names. */
    public record Checked(ImportResult result, String token) {
    }

    @Inject
    Imports imports;

    @Inject
    Tenancy tenancy;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @Resource(lookup = "java:app/jdbc/ecdp")
    DataSource db;

    /** A dry run of {@code workbook}; a workbook without rejected rows is kept for {@link #importChecked}. */
    public Checked check(Path workbook, String fileName) {
        ImportResult result = imports.importWorkbook(workbook, fileName, true);
        if (result.refused()) {
            return new Checked(result, null);
        }
        String token = UUID.randomUUID().toString();
        try (Connection c = db.getConnection()) {
            new WorkbookChunks(c, tenancy.require()).keep(token, workbook, fileName, caller.username(), clock.millis());
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot keep the checked workbook " + fileName, e);
        }
        return new Checked(result, token);
    }

    /**
     * Imports the workbook checked under {@code token} (all or nothing, as {@link Imports}) and,
     * unless it was refused, forgets it. A token this organisation does not keep (imported already or
     * being imported, checked over an hour ago, or never) is refused naming {@code file}: check the
     * workbook again.
     */
    public ImportResult importChecked(String token) {
        Path spooled = null;
        try (Connection c = db.getConnection()) {
            WorkbookChunks chunks = new WorkbookChunks(c, tenancy.require());
            spooled = Files.createTempFile("ecdp-import-", ".xlsx");
            Optional<WorkbookChunks.Kept> kept = token == null || token.isBlank() ? Optional.empty() : chunks.copy(token, spooled);
            if (kept.isEmpty()) {
                throw InvalidInput.of("file", "The checked workbook is no longer kept (it was imported already or is being imported, "
                        + "or it was checked over " + KEPT_FOR.toMinutes() + " minutes ago): check it again");
            }
            ImportResult result = imports.importWorkbook(spooled, kept.get().fileName(), false);
            if (!result.refused()) {
                chunks.forget(token);
            }
            return result;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the checked workbook", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deleteQuietly(spooled);
        }
    }

    /** Forgets the workbook kept under {@code token} (a new check replaces it). */
    public void forget(String token) {
        if (token == null) {
            return;
        }
        try (Connection c = db.getConnection()) {
            new WorkbookChunks(c, tenancy.require()).forget(token);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot forget the checked workbook", e);
        }
    }

    /** Forgets every organisation's workbooks checked more than {@link #KEPT_FOR} ago; how many. */
    public int forgetExpired() {
        try (Connection c = db.getConnection()) {
            return WorkbookChunks.forgetCheckedBefore(c, clock.millis() - KEPT_FOR.toMillis());
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot forget the expired checked workbooks", e);
        }
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // the temporary directory is cleaned by the system
            }
        }
    }
}
