package org.ecdp.logging.imports.control;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.ecdp.domain.vocabulary.Channel;
import org.ecdp.domain.vocabulary.Locality;

/**
 * The rows the import's check pass accepted, kept in a temporary file as they are read, so that
 * the write pass streams them back instead of parsing and checking the workbook a second time
 * (which took as long as the check itself), and 100,000 rows still never sit in memory together
 * (about 250 bytes a row on disk). Deleted on {@link #close()}.
 */
public final class CandidateFile implements Closeable {

    private static final int NONE = -1;

    private final Path file;
    private final DataOutputStream out;
    private int written;

    public CandidateFile() {
        try {
            file = Files.createTempFile("ecdp-import-", ".rows");
            out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot keep the checked rows of the import", e);
        }
    }

    public void add(CandidateEntry c) {
        try {
            out.writeUTF(c.sheet());
            out.writeInt(c.row());
            out.writeUTF(c.serviceCode());
            out.writeLong(c.occurredOn().toEpochDay());
            out.writeShort(c.themeCodes().size());
            for (String code : c.themeCodes()) {
                out.writeUTF(code);
            }
            out.writeUTF(c.summary());
            out.writeInt(c.peopleCount());
            out.writeInt(c.channel() == null ? NONE : c.channel().ordinal());
            out.writeInt(c.locality() == null ? NONE : c.locality().ordinal());
            out.writeUTF(c.fingerprint());
            written++;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot keep the checked rows of the import", e);
        }
    }

    Path path() {
        return file;
    }

    public int size() {
        return written;
    }

    /** Hands every row added, in the order added, to {@code sink}. */
    public void forEach(Consumer<CandidateEntry> sink) {
        try {
            out.flush();
            try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
                for (int i = 0; i < written; i++) {
                    sink.accept(read(in));
                }
            }
        } catch (EOFException e) {
            throw new IllegalStateException("The checked rows of the import were cut short", e);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read back the checked rows of the import", e);
        }
    }

    private static CandidateEntry read(DataInputStream in) throws IOException {
        String sheet = in.readUTF();
        int row = in.readInt();
        String service = in.readUTF();
        LocalDate occurredOn = LocalDate.ofEpochDay(in.readLong());
        int themeCount = in.readShort();
        List<String> themes = new ArrayList<>(themeCount);
        for (int i = 0; i < themeCount; i++) {
            themes.add(in.readUTF());
        }
        String summary = in.readUTF();
        int people = in.readInt();
        int channel = in.readInt();
        int locality = in.readInt();
        String fingerprint = in.readUTF();
        return new CandidateEntry(sheet, row, service, occurredOn, themes, summary, people,
                channel == NONE ? null : Channel.values()[channel], locality == NONE ? null : Locality.values()[locality], fingerprint);
    }

    @Override
    public void close() {
        try {
            out.close();
        } catch (IOException ignored) {
            // the file goes anyway
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete the import's temporary rows " + file, e);
        }
    }
}
