package org.ecdp.web.api.log;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import org.ecdp.domain.validation.InvalidInput;
import org.ecdp.logging.trend.boundary.Trends;
import org.ecdp.logging.trend.entity.DetectionMethod;
import org.ecdp.logging.trend.entity.DetectionOffset;
import org.ecdp.logging.trend.entity.DetectionSettings;
import org.ecdp.logging.trend.entity.Interval;
import org.ecdp.logging.trend.entity.PeriodCount;
import org.ecdp.logging.trend.entity.PeriodDetection;
import org.ecdp.web.api.JsonInput;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * A theme's counts and spike detection, for the officer. Every parameter is checked before
 * anything is read: a missing or malformed one is a 400 naming it, an unknown theme a 404.
 */
@Path("trends")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("OFFICER")
public class TrendsResource {

    public record SeriesPoint(LocalDate period, int entries, int people) {
        static SeriesPoint of(PeriodCount c) {
            return new SeriesPoint(c.period(), c.entries(), c.people());
        }
    }

    public record DetectionPoint(LocalDate period, long observed, double expected, double upperBound, boolean alarm) {
        static DetectionPoint of(PeriodDetection d) {
            return new DetectionPoint(d.period(), d.observed(), d.expected(), d.upperBound(), d.alarm());
        }
    }

    /**
     * A period as {@code offset=volume} answers it: the v1 fields, then which method judged the
     * count and against what ({@code "method":"farrington","offset":"volume"}).
     */
    public record AdjustedDetectionPoint(LocalDate period, long observed, double expected, double upperBound,
                                         boolean alarm, String method, String offset) {
        static AdjustedDetectionPoint of(PeriodDetection d, DetectionSettings settings) {
            return new AdjustedDetectionPoint(d.period(), d.observed(), d.expected(), d.upperBound(), d.alarm(),
                    settings.method().code(), settings.offset().code());
        }
    }

    @Inject
    Trends trends;

    @GET
    @Path("series")
    @Operation(summary = "Entries and people per working day or ISO week for a theme and its sub-themes, zeros included")
    public List<SeriesPoint> series(@QueryParam("theme") String theme, @QueryParam("service") String service,
                                    @QueryParam("locality") String locality, @QueryParam("from") String from,
                                    @QueryParam("to") String to, @QueryParam("interval") String interval) {
        Query q = Query.read(theme, from, to, interval);
        return trends.series(q.theme, new Trends.Scope(service, locality), q.from, q.to, q.interval).periods().stream()
                .map(SeriesPoint::of).toList();
    }

    @GET
    @Path("detection")
    @Operation(summary = "EARS C1, C2, C3 or Farrington flexible over a theme's entries series; with offset=volume"
            + " (Farrington only) each week is judged against the entries of all themes in the same scope that week")
    public List<?> detection(@QueryParam("theme") String theme, @QueryParam("service") String service,
                                          @QueryParam("locality") String locality, @QueryParam("from") String from,
                                          @QueryParam("to") String to, @QueryParam("interval") String interval,
                                          @QueryParam("method") String method, @QueryParam("baseline") String baseline,
                                          @QueryParam("alpha") String alpha, @QueryParam("minSigma") String minSigma,
                                          @QueryParam("offset") String offset) {
        InvalidInput.Collector problems = new InvalidInput.Collector();
        Query q = Query.read(theme, from, to, interval, problems);
        DetectionMethod chosen = null;
        if (blank(method)) {
            problems.reject("method", "Required: ears-c1, ears-c2, ears-c3 or farrington");
        } else {
            chosen = collect(problems, () -> DetectionMethod.ofCode(method));
        }
        Integer base = whole(problems, "baseline", baseline);
        Double a = number(problems, "alpha", alpha);
        Double sigma = number(problems, "minSigma", minSigma);
        DetectionOffset against = collect(problems, () -> DetectionOffset.ofParameter(offset));
        problems.throwIfAny();
        DetectionSettings settings = DetectionSettings.of(chosen, q.interval, base, a, sigma).withOffset(against);
        List<PeriodDetection> detections = trends.detection(q.theme, new Trends.Scope(service, locality), q.from, q.to,
                settings);
        if (settings.offset() == DetectionOffset.NONE) {
            return detections.stream().map(DetectionPoint::of).toList();
        }
        return detections.stream().map(d -> AdjustedDetectionPoint.of(d, settings)).toList();
    }

    private record Query(String theme, LocalDate from, LocalDate to, Interval interval) {
        static Query read(String theme, String from, String to, String interval) {
            InvalidInput.Collector problems = new InvalidInput.Collector();
            Query q = read(theme, from, to, interval, problems);
            problems.throwIfAny();
            return q;
        }

        static Query read(String theme, String from, String to, String interval, InvalidInput.Collector problems) {
            problems.check(!blank(theme), "theme", "Required: a theme code");
            LocalDate start = date(problems, "from", from);
            LocalDate end = date(problems, "to", to);
            Interval chosen = null;
            if (blank(interval)) {
                problems.reject("interval", "Required: day or week");
            } else {
                chosen = collect(problems, () -> Interval.ofCode(interval));
            }
            if (start != null && end != null && end.isBefore(start)) {
                problems.reject("to", "Must be on or after from");
            }
            return new Query(theme, start, end, chosen);
        }
    }

    private static LocalDate date(InvalidInput.Collector problems, String field, String value) {
        if (blank(value)) {
            problems.reject(field, "Required: a date as YYYY-MM-DD");
            return null;
        }
        return JsonInput.parseDate(field, value, problems);
    }

    private static Integer whole(InvalidInput.Collector problems, String field, String value) {
        if (blank(value)) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            problems.reject(field, "Must be a whole number");
            return null;
        }
    }

    private static Double number(InvalidInput.Collector problems, String field, String value) {
        if (blank(value)) {
            return null;
        }
        try {
            double d = Double.parseDouble(value.strip());
            if (!Double.isFinite(d)) {
                problems.reject(field, "Must be a number");
                return null;
            }
            return d;
        } catch (NumberFormatException e) {
            problems.reject(field, "Must be a number");
            return null;
        }
    }

    private static <T> T collect(InvalidInput.Collector problems, java.util.function.Supplier<T> parse) {
        try {
            return parse.get();
        } catch (InvalidInput invalid) {
            invalid.errors().forEach(e -> problems.reject(e.field(), e.message()));
            return null;
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
