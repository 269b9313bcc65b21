package org.ecdp.logging.entry.entity;

import jakarta.persistence.DiscriminatorType;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.ecdp.domain.organisation.entity.Organisation;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The search index: each distinct word of an entry's summary. Written with the entry, it
 * makes full-text search behave identically on H2 and MySQL/MariaDB and stay an index
 * look-up as the log grows. Words are lower-cased, accents folded, 2-40 characters.
 */
@Entity
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "organisation_id", contextProperty = Organisation.TENANT_PROPERTY, discriminatorType = DiscriminatorType.INTEGER)
@Table(name = "entry_word")
@IdClass(EntryWord.Key.class)
public class EntryWord {

    public static class Key implements Serializable {
        private String word;
        private Long entryId;

        public Key() {
        }

        public Key(String word, Long entryId) {
            this.word = word;
            this.entryId = entryId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && java.util.Objects.equals(word, k.word) && java.util.Objects.equals(entryId, k.entryId);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(word, entryId);
        }
    }

    @Id
    @Column(length = 40)
    private String word;

    @Id
    @Column(name = "entry_id")
    private Long entryId;

    protected EntryWord() {
    }

    public EntryWord(String word, Long entryId) {
        this.word = word;
        this.entryId = entryId;
    }

    public static Set<String> wordsOf(String text) {
        Set<String> words = new LinkedHashSet<>();
        if (text == null) {
            return words;
        }
        String folded = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
        for (String w : folded.split("[^\\p{L}\\p{N}]+")) {
            if (w.length() >= 2) {
                words.add(w.length() > 40 ? w.substring(0, 40) : w);
            }
        }
        return words;
    }

    /**
     * The LIKE pattern that finds a searched word as the start of a stored word (so "bus" finds
     * "buses"); the pattern characters a search might hold are dropped, not taken as wildcards.
     */
    public static String prefixPattern(String word) {
        return word.replace("%", "").replace("_", "") + "%";
    }

    public String getWord() {
        return word;
    }

    public Long getEntryId() {
        return entryId;
    }
}
