package org.ecdp.logging.imports.control;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import org.ecdp.domain.vocabulary.Channel;
import org.ecdp.domain.vocabulary.Locality;

/**
 * The rows the import's check pass accepted, kept in a temporary file as they are read, so that
 * the write pass streams them back instead of parsing and checking the workbook a second time
 * (which took as long as the check itself), and 100,000 rows still never sit in memory together
 * (about 250 bytes a row on disk). Deleted on {@link #close()}.
 *
 * <p>{@link #forEachByDate} gives them back in date order: the import writes them so, and then
 * every date-ordered index (five on {@code log_entry}, the words per theme) takes its new keys
 * near each other instead of all over the tree, so far fewer of H2's pages change, are stored
 * and are stored again when the one transaction commits. Only each row's date and place in the
 * file are held for that (16 bytes a row).
 */
public final class CandidateFile implements Closeable {

    private static final int NONE = -1;

    private final Path file;
    private final DataOutputStream out;
    private int written;
    /** Per row, in the order added: {@code epoch day << 32 | row number} (sorting gives date order), and where it starts in the file. */
    private long[] order = new long[1024];
    private long[] starts = new long[1024];

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
            if (written == order.length) {
                order = Arrays.copyOf(order, written * 2);
                starts = Arrays.copyOf(starts, written * 2);
            }
            if (out.size() == Integer.MAX_VALUE) {
                throw new IOException("More than 2 GB of checked rows");
            }
            long day = c.occurredOn().toEpochDay();
            if (day < Integer.MIN_VALUE || day > Integer.MAX_VALUE) {
                throw new IOException("A date out of range: " + c.occurredOn());
            }
            order[written] = day << 32 | written;
            starts[written] = out.size();
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

    /**
     * Hands every row added to {@code sink} by date, earliest first; rows of the same date in the
     * order added.
     */
    public void forEachByDate(Consumer<CandidateEntry> sink) {
        try {
            out.flush();
            long end = Files.size(file);
            long[] byDate = Arrays.copyOf(order, written);
            Arrays.sort(byDate);
            ByteBuffer buffer = ByteBuffer.allocate(1 << 12);
            try (FileChannel in = FileChannel.open(file, StandardOpenOption.READ)) {
                for (long key : byDate) {
                    int i = (int) key;
                    long start = starts[i];
                    int length = Math.toIntExact((i + 1 < written ? starts[i + 1] : end) - start);
                    if (buffer.capacity() < length) {
                        buffer = ByteBuffer.allocate(Integer.highestOneBit(length) << 1);
                    }
                    buffer.clear().limit(length);
                    while (buffer.hasRemaining()) {
                        if (in.read(buffer, start + buffer.position()) < 0) {
                            throw new EOFException();
                        }
                    }
                    sink.accept(read(new DataInputStream(new java.io.ByteArrayInputStream(buffer.array(), 0, length))));
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
