package org.ecdp.mentoring.matching.control;

import java.util.EnumMap;
import java.util.Map;
import java.util.OptionalDouble;

import org.ecdp.domain.vocabulary.Locality;

/**
 * Approximate centre of each district (its main town, latitude/longitude in degrees) and the
 * straight-line distance between two centres by the haversine formula. Travel is judged between
 * district centres, so two people in the same district are 0 km apart. OUTSIDE_ESSEX has no
 * centre: its distance to anywhere is unknown, and such a person can only be matched remotely.
 */
public final class DistrictCentres {

    private static final double EARTH_RADIUS_KM = 6371.0;

    private static final Map<Locality, double[]> CENTRES = new EnumMap<>(Locality.class);

    static {
        centre(Locality.BASILDON, 51.5761, 0.4887);      // Basildon
        centre(Locality.BRAINTREE, 51.8783, 0.5528);     // Braintree
        centre(Locality.BRENTWOOD, 51.6210, 0.3050);     // Brentwood
        centre(Locality.CASTLE_POINT, 51.5548, 0.5600);  // South Benfleet
        centre(Locality.CHELMSFORD, 51.7356, 0.4685);    // Chelmsford
        centre(Locality.COLCHESTER, 51.8959, 0.8919);    // Colchester
        centre(Locality.EPPING_FOREST, 51.6700, 0.1000); // between Epping and Loughton
        centre(Locality.HARLOW, 51.7727, 0.1023);        // Harlow
        centre(Locality.MALDON, 51.7320, 0.6760);        // Maldon
        centre(Locality.ROCHFORD, 51.5818, 0.7066);      // Rochford
        centre(Locality.TENDRING, 51.8300, 1.1300);      // between Weeley and Clacton-on-Sea
        centre(Locality.UTTLESFORD, 51.9500, 0.2800);    // between Saffron Walden and Great Dunmow
        centre(Locality.SOUTHEND, 51.5459, 0.7077);      // Southend-on-Sea
        centre(Locality.THURROCK, 51.4780, 0.3240);      // Grays
    }

    private static final double[][] KM = new double[Locality.values().length][Locality.values().length];

    static {
        for (Locality a : Locality.values()) {
            for (Locality b : Locality.values()) {
                KM[a.ordinal()][b.ordinal()] = computeKm(a, b);
            }
        }
    }

    private DistrictCentres() {
    }

    /** Distance between the two district centres in km, empty when either has no centre. */
    public static OptionalDouble kmBetween(Locality a, Locality b) {
        double km = km(a, b);
        return Double.isNaN(km) ? OptionalDouble.empty() : OptionalDouble.of(km);
    }

    public static boolean hasCentre(Locality locality) {
        return CENTRES.containsKey(locality);
    }

    /** As {@link #kmBetween}, NaN when unknown; a table look-up. */
    static double km(Locality a, Locality b) {
        return KM[a.ordinal()][b.ordinal()];
    }

    static double haversineKm(double lat1, double lon1, double lat2, double lon2) {
        double dLat = Math.toRadians(lat2 - lat1);
        double dLon = Math.toRadians(lon2 - lon1);
        double h = Math.pow(Math.sin(dLat / 2), 2)
                + Math.cos(Math.toRadians(lat1)) * Math.cos(Math.toRadians(lat2)) * Math.pow(Math.sin(dLon / 2), 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
    }

    private static double computeKm(Locality a, Locality b) {
        double[] ca = CENTRES.get(a);
        double[] cb = CENTRES.get(b);
        if (ca == null || cb == null) {
            return Double.NaN;
        }
        return a == b ? 0 : haversineKm(ca[0], ca[1], cb[0], cb[1]);
    }

    private static void centre(Locality locality, double latitude, double longitude) {
        CENTRES.put(locality, new double[] {latitude, longitude});
    }
}
