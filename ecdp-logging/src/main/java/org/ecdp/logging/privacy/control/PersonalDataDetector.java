package org.ecdp.logging.privacy.control;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ecdp.logging.privacy.entity.PersonalDataFinding;
import org.ecdp.logging.privacy.entity.PersonalDataKind;

/**
 * Finds personal data in a lived experience summary before it is saved. The log is about what
 * people experience, not who they are, so staff are shown every finding and asked to remove
 * it (saving anyway needs a recorded reason). The rules, chosen to catch what staff actually
 * type while leaving ordinary sentences alone:
 * <ul>
 * <li><b>E-mail</b>: any address of the form local@domain.tld (organisation addresses too).</li>
 * <li><b>Phone</b>: UK numbers people own: mobiles (07) and geographic landlines (01, 02), written
 * with 0, +44, 0044 or +44 (0), with spaces, hyphens or brackets. Non-geographic numbers (03,
 * 08, 09: helplines such as the DWP's 0800 numbers) belong to organisations and are left alone.</li>
 * <li><b>National Insurance number</b>: two prefix letters allowed by HMRC (first not D F I Q U
 * V, second not D F I O Q U V, never BG GB KN NK NT TN ZZ), six digits (spaces allowed), and a
 * suffix A–D; without the suffix only when "NI", "NINO" or "National Insurance" comes just before.</li>
 * <li><b>Postcode</b>: a full UK postcode (outward and inward code, e.g. CM1 1AA); the outward code
 * alone ("CM1", a district) is not personal. Written all in capitals or all in lower case.</li>
 * <li><b>Date of birth</b>: a date (numeric, ISO, or with a month name; the year may be missing)
 * within a few words of "born", "DOB", "d.o.b.", "date of birth" or "birthday"; or, with no such
 * word, a full day-month-year date at least 16 years before today (an event in a summary is
 * recent; a date that old is almost always someone's birth date).</li>
 * <li><b>Name</b>: capitalised word(s) after a title (Mr, Mrs, Ms, Miss, Mx, Dr, Prof, Sir, Dame,
 * Lady, Lord, Rev); or a common UK first name from {@code common-uk-first-names.txt}, alone or
 * with a capitalised surname. First names that are also ordinary words ("Will", "May",
 * "Bill", "Grace", "Charity", listed in {@code ordinary-word-first-names.txt}) count only when
 * a capitalised surname follows, and a capitalised word that is a month, weekday, place or
 * organisation word ("Will Access to Work", "May Universal Credit") is not a surname. A first
 * name after St, Saint, King, Queen or Prince, or before a word such as ward, hospital, centre,
 * house, ambulance or bus, names a place or institution ("King George Hospital", "Mary Seacole
 * ward", "a Dennis bus"), not a person. Names written all in capitals or all in lower case are
 * not recognised, nor are firms named after people ("John Lewis").</li>
 * </ul>
 * Findings never overlap; where two rules claim the same text the more specific kind (in the
 * order of {@link PersonalDataKind}) wins.
 */
public final class PersonalDataDetector {

    private static final int ADULT_AGE_YEARS = 16;
    private static final int CUE_WINDOW = 30;

    private static final Pattern EMAIL = Pattern.compile(
            "(?<![\\w.%+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}(?![\\w-])");

    /** A plausible start of a UK number followed by digits with at most three separators between them. */
    private static final Pattern PHONE_CANDIDATE = Pattern.compile(
            "(?<![\\w+])(?:\\+\\s?44|0044|\\(?0)(?:[\\s\\-()]{0,3}\\d)+");

    private static final Pattern NATIONAL_INSURANCE = Pattern.compile(
            "(?<![\\w])([A-Za-z]{2})\\s?(\\d{2})\\s?(\\d{2})\\s?(\\d{2})(?:\\s?([A-Da-d]))?(?![\\w])");
    private static final Pattern NATIONAL_INSURANCE_CUE = Pattern.compile(
            "(?i)(?:\\bN\\.?I\\.?(?:\\s*(?:no|number|num))?\\.?|\\bNINO|national\\s+insurance(?:\\s+(?:no|number))?\\.?)\\s*(?:is|:|-)?\\s*$");
    private static final Set<String> UNALLOCATED_NI_PREFIXES = Set.of("BG", "GB", "KN", "NK", "NT", "TN", "ZZ");

    private static final Pattern POSTCODE = Pattern.compile(
            "(?<![\\w])([A-Za-z]{1,2}\\d[A-Za-z\\d]?)\\s?(\\d[A-Za-z]{2})(?![\\w])");
    private static final Set<String> ORDINAL_SUFFIXES = Set.of("st", "nd", "rd", "th");

    private static final String MONTH =
            "(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)";
    private static final Pattern NUMERIC_DATE = Pattern.compile(
            "(?<![\\w/.-])(\\d{1,2})([/.-])(\\d{1,2})\\2(\\d{4}|\\d{2})(?![\\w/]|\\.\\d)");
    private static final Pattern ISO_DATE = Pattern.compile("(?<![\\w/-])(\\d{4})-(\\d{2})-(\\d{2})(?![\\w/-])");
    private static final Pattern DAY_MONTH_DATE = Pattern.compile(
            "(?<![\\w])(\\d{1,2})(?:st|nd|rd|th)?(?:\\s+of)?\\s+" + MONTH + "\\.?(?:,?\\s+(\\d{4}))?(?![\\w])");
    private static final Pattern MONTH_DAY_DATE = Pattern.compile(
            "(?<![\\w])" + MONTH + "\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?(?![\\w])");
    private static final Pattern BIRTH_CUE = Pattern.compile(
            "(?i)\\b(?:born|date\\s+of\\s+birth|birth\\s?date|birthday|d\\.\\s?o\\.\\s?b\\b\\.?|dob\\b)");

    private static final String CAPITALISED = "(?:O')?[A-Z][a-z]+(?:[A-Z][a-z]+)?(?:-[A-Z][a-z]+)?";
    private static final Pattern TITLED_NAME = Pattern.compile(
            "(?<![\\w])(?:Mrs|Mr|Ms|Miss|Mx|Dr|Prof|Professor|Sir|Dame|Lady|Lord|Revd|Rev)\\.?"
                    + "((?:\\s+(?:[A-Z]\\.?|" + CAPITALISED + ")){1,3})(?!\\w)");
    private static final Pattern CAPITALISED_WORD = Pattern.compile("(?<![\\w'-])" + CAPITALISED + "(?![\\w])");
    private static final Pattern NEXT_CAPITALISED_WORD = Pattern.compile("\\G\\s+(" + CAPITALISED + ")(?![\\w])");

    /** Capitalised words that follow a first name without being a surname. */
    private static final Set<String> NOT_A_SURNAME = Set.of(
            "January", "February", "March", "April", "May", "June", "July", "August", "September",
            "October", "November", "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
            "Saturday", "Sunday", "Christmas", "Easter", "Access", "Work", "Universal", "Credit",
            "Personal", "Independence", "Payment", "Payments", "Allowance", "Benefit", "Benefits",
            "Council", "County", "Borough", "District", "Street", "Road", "Lane", "Avenue", "Close",
            "Way", "Hill", "Park", "Centre", "Center", "Station", "Hospital", "Surgery", "Practice",
            "Jobcentre", "Plus", "Service", "Services", "Team", "Trust", "House", "Court", "Tribunal",
            "Bus", "Buses", "Transport", "Line", "Helpline", "Essex", "England", "London", "Social",
            "Care", "Health", "Housing", "Employment", "Education", "Money", "Safety", "Advocacy",
            "The", "A", "An", "And", "But", "Or", "If", "I", "It", "He", "She", "They", "We", "You",
            "This", "That", "There", "Then", "When", "What", "Why", "How", "Not", "No", "Yes",
            "Basildon", "Braintree", "Brentwood", "Castle", "Point", "Chelmsford", "Colchester",
            "Epping", "Forest", "Harlow", "Maldon", "Rochford", "Tendring", "Uttlesford", "Southend",
            "Thurrock", "Outside", "Blue", "Badge", "Motability", "Scheme", "Day", "Week", "Month",
            "Year", "Bank", "Holiday", "Assessment", "Review", "Carer", "Carers", "Officer", "Worker");

    /** A first name right after one of these is part of a place's or institution's name ("St John", "King George"). */
    private static final Pattern NAMESAKE_BEFORE = Pattern.compile("(?:\\b(?:St|Saint|King|Queen|Prince|Princess)\\.?\\s+)$");
    /** A name right before one of these names a place or institution ("Mary Seacole ward", "St John Ambulance"). */
    private static final Pattern NAMESAKE_AFTER = Pattern.compile(
            "(?i)^\\s+(?:ward|wing|unit|hospital|clinic|surgery|centre|center|house|court|hall|school|college|academy|"
                    + "library|ambulance|trust|foundation|road|street|lane|avenue|way|close|park|station|building|bus|buses)\\b");

    private final Set<String> commonFirstNames;
    private final Set<String> ordinaryWordFirstNames;
    private final Clock clock;

    /** The detector with the committed name lists, judging dates against today in {@code clock}'s zone. */
    public PersonalDataDetector(Clock clock) {
        this(CommittedNames.COMMON, CommittedNames.ORDINARY_WORDS, clock);
    }

    /** The committed name lists, read once (a detector is made for every entry checked). */
    private static final class CommittedNames {
        static final Set<String> COMMON = Set.copyOf(loadNames("common-uk-first-names.txt"));
        static final Set<String> ORDINARY_WORDS = Set.copyOf(loadNames("ordinary-word-first-names.txt"));
    }

    /** The detector on the organisation's clock (UK time). */
    public PersonalDataDetector() {
        this(Clock.system(ZoneId.of("Europe/London")));
    }

    PersonalDataDetector(Set<String> commonFirstNames, Set<String> ordinaryWordFirstNames, Clock clock) {
        this.commonFirstNames = Set.copyOf(commonFirstNames);
        this.ordinaryWordFirstNames = Set.copyOf(ordinaryWordFirstNames);
        this.clock = clock;
    }

    /** Every piece of personal data in {@code summary}, in text order, never overlapping. */
    public List<PersonalDataFinding> findIn(String summary) {
        if (summary == null || summary.isBlank()) {
            return List.of();
        }
        List<PersonalDataFinding> candidates = new ArrayList<>();
        findEmails(summary, candidates);
        findNationalInsuranceNumbers(summary, candidates);
        findPhoneNumbers(summary, candidates);
        findPostcodes(summary, candidates);
        findDatesOfBirth(summary, candidates);
        findNames(summary, candidates);
        return withoutOverlaps(candidates);
    }

    public boolean containsPersonalData(String summary) {
        return !findIn(summary).isEmpty();
    }

    /** The summary with every finding replaced by its kind in brackets, e.g. "rang [phone number]". */
    public String redact(String summary) {
        StringBuilder redacted = new StringBuilder();
        int from = 0;
        for (PersonalDataFinding finding : findIn(summary)) {
            redacted.append(summary, from, finding.start()).append('[').append(finding.kind().label()).append(']');
            from = finding.end();
        }
        return redacted.append(summary, from, summary == null ? 0 : summary.length()).toString();
    }

    private static List<PersonalDataFinding> withoutOverlaps(List<PersonalDataFinding> candidates) {
        List<PersonalDataFinding> byPriority = new ArrayList<>(candidates);
        byPriority.sort(Comparator.comparing(PersonalDataFinding::kind)
                .thenComparing(f -> f.start() - f.end()));
        List<PersonalDataFinding> kept = new ArrayList<>();
        for (PersonalDataFinding candidate : byPriority) {
            if (kept.stream().noneMatch(candidate::overlaps)) {
                kept.add(candidate);
            }
        }
        kept.sort(Comparator.comparingInt(PersonalDataFinding::start));
        return List.copyOf(kept);
    }

    private static void add(List<PersonalDataFinding> findings, PersonalDataKind kind, String text, int start, int end) {
        findings.add(new PersonalDataFinding(kind, start, end, PersonalDataFinding.redact(text.substring(start, end))));
    }

    private static void findEmails(String text, List<PersonalDataFinding> findings) {
        Matcher m = EMAIL.matcher(text);
        while (m.find()) {
            add(findings, PersonalDataKind.EMAIL, text, m.start(), m.end());
        }
    }

    private static void findNationalInsuranceNumbers(String text, List<PersonalDataFinding> findings) {
        Matcher m = NATIONAL_INSURANCE.matcher(text);
        while (m.find()) {
            String prefix = m.group(1);
            boolean oneCase = prefix.equals(prefix.toUpperCase(Locale.ROOT)) || prefix.equals(prefix.toLowerCase(Locale.ROOT));
            if (!oneCase || !isAllocatablePrefix(prefix.toUpperCase(Locale.ROOT))) {
                continue;
            }
            boolean hasSuffix = m.group(5) != null;
            String before = text.substring(Math.max(0, m.start() - CUE_WINDOW), m.start());
            if (hasSuffix || NATIONAL_INSURANCE_CUE.matcher(before).find()) {
                add(findings, PersonalDataKind.NATIONAL_INSURANCE_NUMBER, text, m.start(), m.end());
            }
        }
    }

    private static boolean isAllocatablePrefix(String prefix) {
        char first = prefix.charAt(0);
        char second = prefix.charAt(1);
        return "DFIQUV".indexOf(first) < 0
                && "DFIOQUV".indexOf(second) < 0
                && !UNALLOCATED_NI_PREFIXES.contains(prefix);
    }

    private static void findPhoneNumbers(String text, List<PersonalDataFinding> findings) {
        Matcher m = PHONE_CANDIDATE.matcher(text);
        while (m.find()) {
            // the candidate may run on into a following number: keep the longest valid prefix ending at a digit group
            StringBuilder digits = new StringBuilder();
            int validEnd = -1;
            for (int i = m.start(); i < m.end(); i++) {
                char c = text.charAt(i);
                if (Character.isDigit(c)) {
                    digits.append(c);
                    boolean groupEnds = i + 1 >= m.end() || !Character.isDigit(text.charAt(i + 1));
                    if (groupEnds && isPersonalUkNumber(digits)) {
                        validEnd = i + 1;
                    }
                }
            }
            if (validEnd > 0 && (validEnd >= text.length() || !Character.isDigit(text.charAt(validEnd)))) {
                add(findings, PersonalDataKind.PHONE, text, m.start(), validEnd);
            }
        }
    }

    private static boolean isPersonalUkNumber(CharSequence written) {
        String digits = written.toString();
        String national;
        if (digits.startsWith("0044")) {
            national = digits.substring(4);
        } else if (digits.startsWith("44")) {
            national = digits.substring(2);
        } else {
            national = digits;
        }
        if (!national.startsWith("0")) {
            national = "0" + national;
        }
        return national.matches("0[27]\\d{9}") || national.matches("01\\d{8,9}");
    }

    private static void findPostcodes(String text, List<PersonalDataFinding> findings) {
        Matcher m = POSTCODE.matcher(text);
        while (m.find()) {
            String outward = m.group(1);
            String inward = m.group(2);
            String whole = outward + inward;
            boolean upper = whole.equals(whole.toUpperCase(Locale.ROOT));
            boolean lower = whole.equals(whole.toLowerCase(Locale.ROOT));
            if (!upper && !(lower && !ORDINAL_SUFFIXES.contains(inward.substring(1)))) {
                continue;
            }
            if (isPostcodeShape(outward.toUpperCase(Locale.ROOT), inward.toUpperCase(Locale.ROOT))) {
                add(findings, PersonalDataKind.POSTCODE, text, m.start(), m.end());
            }
        }
    }

    private static boolean isPostcodeShape(String outward, String inward) {
        boolean outwardOk = outward.matches("[A-PR-UWYZ]\\d[\\dA-HJKPSTUW]?")
                || outward.matches("[A-PR-UWYZ][A-HK-Y]\\d[\\dABEHMNPRVWXY]?");
        return outwardOk && inward.matches("\\d[ABD-HJLNP-UW-Z]{2}");
    }

    private void findDatesOfBirth(String text, List<PersonalDataFinding> findings) {
        LocalDate today = LocalDate.now(clock);
        for (DateMention date : dateMentions(text, today)) {
            boolean cued = hasBirthCueNear(text, date.start(), date.end());
            boolean oldFullDate = date.fullDate() != null && !date.fullDate().isAfter(today.minusYears(ADULT_AGE_YEARS));
            if (cued || oldFullDate) {
                add(findings, PersonalDataKind.DATE_OF_BIRTH, text, date.start(), date.end());
            }
        }
    }

    private static boolean hasBirthCueNear(String text, int start, int end) {
        String before = text.substring(Math.max(0, start - CUE_WINDOW), start);
        String after = text.substring(end, Math.min(text.length(), end + 15));
        return BIRTH_CUE.matcher(before).find() || BIRTH_CUE.matcher(after).find();
    }

    /** A date written in the summary; {@code fullDate} is null when it has no year. */
    private record DateMention(int start, int end, LocalDate fullDate) {
    }

    private static List<DateMention> dateMentions(String text, LocalDate today) {
        List<DateMention> mentions = new ArrayList<>();
        Matcher numeric = NUMERIC_DATE.matcher(text);
        while (numeric.find()) {
            LocalDate date = dateOf(fullYear(numeric.group(4), today), Integer.parseInt(numeric.group(3)),
                    Integer.parseInt(numeric.group(1)));
            if (date != null) {
                mentions.add(new DateMention(numeric.start(), numeric.end(), date));
            }
        }
        Matcher iso = ISO_DATE.matcher(text);
        while (iso.find()) {
            LocalDate date = dateOf(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)), Integer.parseInt(iso.group(3)));
            if (date != null) {
                mentions.add(new DateMention(iso.start(), iso.end(), date));
            }
        }
        Matcher dayMonth = DAY_MONTH_DATE.matcher(text);
        while (dayMonth.find()) {
            addWordDate(mentions, dayMonth, dayMonth.group(1), dayMonth.group(2), dayMonth.group(3));
        }
        Matcher monthDay = MONTH_DAY_DATE.matcher(text);
        while (monthDay.find()) {
            addWordDate(mentions, monthDay, monthDay.group(2), monthDay.group(1), monthDay.group(3));
        }
        return mentions;
    }

    private static void addWordDate(List<DateMention> mentions, Matcher m, String day, String month, String year) {
        int dayOfMonth = Integer.parseInt(day);
        int monthNumber = MONTHS.get(month.substring(0, 3));
        if (dayOfMonth < 1 || dayOfMonth > 31) {
            return;
        }
        LocalDate full = year == null ? null : dateOf(Integer.parseInt(year), monthNumber, dayOfMonth);
        if (year != null && full == null) {
            return;
        }
        mentions.add(new DateMention(m.start(), m.end(), full));
    }

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("Jan", 1), Map.entry("Feb", 2), Map.entry("Mar", 3), Map.entry("Apr", 4),
            Map.entry("May", 5), Map.entry("Jun", 6), Map.entry("Jul", 7), Map.entry("Aug", 8),
            Map.entry("Sep", 9), Map.entry("Oct", 10), Map.entry("Nov", 11), Map.entry("Dec", 12));

    private static int fullYear(String year, LocalDate today) {
        int y = Integer.parseInt(year);
        if (year.length() == 4) {
            return y;
        }
        int century = today.getYear() / 100 * 100;
        return century + y > today.getYear() ? century - 100 + y : century + y;
    }

    private static LocalDate dateOf(int year, int month, int day) {
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException notADate) {
            return null;
        }
    }

    private void findNames(String text, List<PersonalDataFinding> findings) {
        Matcher titled = TITLED_NAME.matcher(text);
        while (titled.find()) {
            String firstWord = titled.group(1).trim().split("\\s+")[0];
            if (!NOT_A_SURNAME.contains(firstWord)) {
                add(findings, PersonalDataKind.NAME, text, titled.start(), titled.end());
            }
        }
        Matcher word = CAPITALISED_WORD.matcher(text);
        while (word.find()) {
            String candidate = word.group();
            boolean common = commonFirstNames.contains(candidate);
            boolean ordinaryWord = ordinaryWordFirstNames.contains(candidate);
            if (!common && !ordinaryWord) {
                continue;
            }
            int end = word.end();
            Matcher next = NEXT_CAPITALISED_WORD.matcher(text);
            int surnames = 0;
            while (surnames < 2 && next.find(end) && !NOT_A_SURNAME.contains(next.group(1))) {
                end = next.end();
                surnames++;
            }
            boolean namesake = NAMESAKE_BEFORE.matcher(text.substring(Math.max(0, word.start() - 10), word.start())).find()
                    || NAMESAKE_AFTER.matcher(text.substring(end)).find();
            if ((common || surnames > 0) && !namesake) {
                add(findings, PersonalDataKind.NAME, text, word.start(), end);
            }
        }
    }

    /** A committed name list: one name a line, blank lines and lines starting with # left out. */
    static Set<String> loadNames(String resource) {
        InputStream in = PersonalDataDetector.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing name list " + resource);
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            Set<String> names = new HashSet<>();
            reader.lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .forEach(names::add);
            return names;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
