package org.ecdp.logging.imports.control;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Optional;

/**
 * A checked workbook's bytes in the database ({@code checked_workbook} and its chunks), so that
 * whichever instance receives the "Import" click finds the file another instance checked. The
 * bytes go in chunks of {@value #CHUNK} bytes: one row never exceeds MariaDB's
 * {@code max_allowed_packet} whatever the upload limit, and neither side holds the whole file in
 * memory. Every statement names the organisation (the tenant discriminator does not see plain SQL).
 */
public final class WorkbookChunks {

    /** Bytes per row of {@code checked_workbook_chunk}. */
    public static final int CHUNK = 1 << 20;

    /** What is kept about a checked workbook besides its bytes. */
    public record Kept(String fileName, String uploadedBy, long sizeBytes) {
    }

    private final Connection db;
    private final long organisation;

    public WorkbookChunks(Connection db, long organisation) {
        this.db = db;
        this.organisation = organisation;
    }

    /** Stores {@code workbook} under {@code token}. */
    public void keep(String token, Path workbook, String fileName, String uploadedBy, long nowMillis) throws SQLException {
        try (PreparedStatement head = db.prepareStatement("INSERT INTO checked_workbook "
                + "(token, organisation_id, file_name, uploaded_by, uploaded_at_ms, size_bytes) VALUES (?, ?, ?, ?, ?, ?)")) {
            head.setString(1, token);
            head.setLong(2, organisation);
            head.setString(3, fileName.length() > 255 ? fileName.substring(0, 255) : fileName);
            head.setString(4, uploadedBy);
            head.setLong(5, nowMillis);
            head.setLong(6, Files.size(workbook));
            head.executeUpdate();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (InputStream in = Files.newInputStream(workbook);
             PreparedStatement chunk = db.prepareStatement(
                     "INSERT INTO checked_workbook_chunk (token, seq, organisation_id, bytes) VALUES (?, ?, ?, ?)")) {
            byte[] buffer = new byte[CHUNK];
            int seq = 0;
            int n;
            while ((n = in.readNBytes(buffer, 0, CHUNK)) > 0) {
                chunk.setString(1, token);
                chunk.setInt(2, seq++);
                chunk.setLong(3, organisation);
                chunk.setBytes(4, n == CHUNK ? buffer : Arrays.copyOf(buffer, n));
                chunk.executeUpdate();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes the workbook kept under {@code token} to {@code into} and holds it for this transaction;
     * empty when this organisation keeps none under it, or when another transaction holds it (an
     * import of the same check sent to two instances at once: the in-process turn of the imports
     * does not span instances, this does, and the second is told at once instead of waiting).
     */
    public Optional<Kept> copy(String token, Path into) throws SQLException {
        Kept kept;
        try (PreparedStatement head = db.prepareStatement("SELECT file_name, uploaded_by, size_bytes FROM checked_workbook "
                + "WHERE token = ? AND organisation_id = ? FOR UPDATE SKIP LOCKED")) {
            head.setString(1, token);
            head.setLong(2, organisation);
            try (ResultSet rs = head.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                kept = new Kept(rs.getString(1), rs.getString(2), rs.getLong(3));
            }
        }
        try (PreparedStatement chunks = db.prepareStatement("SELECT bytes FROM checked_workbook_chunk "
                + "WHERE token = ? AND organisation_id = ? ORDER BY seq");
             OutputStream out = Files.newOutputStream(into)) {
            chunks.setString(1, token);
            chunks.setLong(2, organisation);
            try (ResultSet rs = chunks.executeQuery()) {
                while (rs.next()) {
                    try (InputStream bytes = rs.getBinaryStream(1)) {
                        bytes.transferTo(out);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Optional.of(kept);
    }

    /** Forgets the workbook kept under {@code token} (nothing when there is none). */
    public void forget(String token) throws SQLException {
        for (String table : new String[] {"checked_workbook_chunk", "checked_workbook"}) {
            try (PreparedStatement delete = db.prepareStatement(
                    "DELETE FROM " + table + " WHERE token = ? AND organisation_id = ?")) {
                delete.setString(1, token);
                delete.setLong(2, organisation);
                delete.executeUpdate();
            }
        }
    }

    /**
     * Forgets every organisation's workbooks checked before {@code beforeMillis}: housekeeping of
     * the whole table, as for expired idempotency keys; nobody's rows are read.
     */
    public static int forgetCheckedBefore(Connection db, long beforeMillis) throws SQLException {
        try (PreparedStatement chunks = db.prepareStatement("DELETE FROM checked_workbook_chunk WHERE token IN "
                + "(SELECT token FROM checked_workbook WHERE uploaded_at_ms < ?)");
             PreparedStatement heads = db.prepareStatement("DELETE FROM checked_workbook WHERE uploaded_at_ms < ?")) {
            chunks.setLong(1, beforeMillis);
            chunks.executeUpdate();
            heads.setLong(1, beforeMillis);
            return heads.executeUpdate();
        }
    }
}
