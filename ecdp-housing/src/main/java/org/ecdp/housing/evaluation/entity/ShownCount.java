package org.ecdp.housing.evaluation.entity;

import java.io.Serializable;
import jakarta.json.bind.annotation.JsonbTypeSerializer;
import jakarta.json.bind.serializer.JsonbSerializer;
import jakarta.json.bind.serializer.SerializationContext;
import jakarta.json.stream.JsonGenerator;

/**
 * A count as the caller may see it: the number, or, when hidden for publication, no number at all
 * ({@code value} null) and "&lt;10" in its place: in JSON the string {@code "<10"}, on the page the
 * same text.
 */
@JsonbTypeSerializer(ShownCount.AsJson.class)
public record ShownCount(Integer value) implements Serializable {

    public static final ShownCount HIDDEN = new ShownCount(null);

    public static ShownCount shown(int value) {
        return new ShownCount(value);
    }

    /** The count at {@code path}, hidden when {@code published} hides that cell. */
    public static ShownCount of(int value, String path, Published published) {
        return published.hides(path) ? HIDDEN : shown(value);
    }

    /** A count that stands alone (no total ties it to others): hidden for publication when small. */
    public static ShownCount alone(long value, boolean publication) {
        return publication && Publication.isSmall(value) ? HIDDEN : shown(Math.toIntExact(value));
    }

    public boolean isHidden() {
        return value == null;
    }

    @Override
    public String toString() {
        return isHidden() ? Publication.SHOWN_AS : Integer.toString(value);
    }

    /** Writes the number, or the string "&lt;10". */
    public static final class AsJson implements JsonbSerializer<ShownCount> {
        @Override
        public void serialize(ShownCount count, JsonGenerator json, SerializationContext context) {
            if (count.isHidden()) {
                json.write(Publication.SHOWN_AS);
            } else {
                json.write(count.value());
            }
        }
    }
}
