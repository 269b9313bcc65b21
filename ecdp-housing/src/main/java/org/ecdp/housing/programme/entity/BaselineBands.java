package org.ecdp.housing.programme.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Bands of one instrument's baseline score, given by ascending cut points: cuts [20, 30] make
 * B1 (below 20), B2 (20 to under 30) and B3 (30 and above). A tenant's band is computed from the
 * saved baseline before randomising, and may be a stratification factor (scheme x band).
 */
public record BaselineBands(String instrument, List<Double> cuts) {

    public static final int MAX_CUTS = 5;

    public BaselineBands {
        cuts = List.copyOf(cuts);
        for (int i = 1; i < cuts.size(); i++) {
            if (!(cuts.get(i) > cuts.get(i - 1))) {
                throw new IllegalArgumentException("cut points must increase: " + cuts);
            }
        }
        if (cuts.isEmpty() || cuts.size() > MAX_CUTS) {
            throw new IllegalArgumentException("1 to " + MAX_CUTS + " cut points");
        }
    }

    /** The band code of a baseline score: B1 below the first cut, up to B(n+1) at or above the last. */
    public String bandOf(double score) {
        int band = 1;
        for (double cut : cuts) {
            if (score >= cut) {
                band++;
            }
        }
        return "B" + band;
    }

    public List<String> codes() {
        List<String> codes = new ArrayList<>();
        for (int i = 1; i <= cuts.size() + 1; i++) {
            codes.add("B" + i);
        }
        return codes;
    }

    /** For people: "B2: 20 to under 30". */
    public String label(String code) {
        int band = Integer.parseInt(code.substring(1));
        String text;
        if (band == 1) {
            text = "below " + number(cuts.get(0));
        } else if (band == cuts.size() + 1) {
            text = number(cuts.get(cuts.size() - 1)) + " and above";
        } else {
            text = number(cuts.get(band - 2)) + " to under " + number(cuts.get(band - 1));
        }
        return code + ": " + instrument + " " + text;
    }

    private static String number(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : String.format(Locale.UK, "%s", value);
    }
}
