package org.ecdp.web.api.network;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.ecdp.domain.validation.InvalidInput;
import org.ecdp.housing.evaluation.entity.ShownCount;
import org.ecdp.logging.network.boundary.NetworkObservatory;
import org.ecdp.logging.theme.boundary.NetworkThemes;
import org.ecdp.logging.network.entity.PooledDetections;
import org.ecdp.logging.network.entity.PooledPeriod;
import org.ecdp.logging.trend.entity.DetectionMethod;
import org.ecdp.logging.trend.entity.DetectionSettings;
import org.ecdp.logging.trend.entity.Interval;
import org.ecdp.logging.trend.entity.PeriodDetection;
import org.ecdp.web.api.JsonInput;

/**
 * What the network shares: its themes (any signed-in user), and the observatory's pooled counts
 * and spike detection over the organisations that share aggregates (the network admin and those
 * organisations' officers), every count by the small-cell rule ({@link PooledPublication}).
 */
@Path("network")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class NetworkResource {

    /** As {@code GET /api/themes} answers a theme; a network theme is never retired. */
    public record NetworkThemeView(String code, String name, String parent, boolean retired) {
    }

    /** A pooled period: {@code entries} a number or "&lt;10", {@code organisations} how many logged any. */
    public record PooledPoint(LocalDate period, ShownCount entries, int organisations) {
    }

    /**
     * As {@code GET /api/trends/detection} answers a period, the observed count shown by the same rule;
     * {@code expected}, {@code upperBound} and {@code alarm} null where they are withheld because a count
     * they are computed from is hidden ({@link PooledPublication#published}).
     */
    @JsonbNillable
    public record PooledDetectionPoint(LocalDate period, ShownCount observed, Double expected, Double upperBound,
                                       Boolean alarm, int organisations, String method, String interval) {
    }

    /** A request's dates, read once the caller may ask at all. */
    private record Range(LocalDate from, LocalDate to) {
    }

    @Inject
    NetworkThemes themes;

    @Inject
    NetworkObservatory observatory;

    @GET
    @Path("themes")
    @Operation(summary = "The network's shared themes, which every organisation's themes map to")
    public List<NetworkThemeView> themes() {
        return themes.all().stream().map(t -> new NetworkThemeView(t.getCode(), t.getName(), t.getParentCode(), false)).toList();
    }

    @GET
    @Path("series")
    @RolesAllowed({"NETWORK_ADMIN", "OFFICER"})
    @Operation(summary = "A network theme's entries per ISO week pooled over the organisations that share aggregates;"
            + " counts 1-9 read \"<10\"")
    public List<PooledPoint> series(@QueryParam("theme") String theme, @QueryParam("from") String from,
                                    @QueryParam("to") String to, @QueryParam("interval") String interval) {
        Range range = range(from, to, problems -> problems.check(interval == null || interval.isBlank()
                || "week".equalsIgnoreCase(interval.strip()), "interval", "The pooled series is by week: interval=week"));
        List<PooledPeriod> periods = observatory.series(theme, range.from(), range.to(), Interval.WEEK);
        List<ShownCount> shown = PooledPublication.shown(periods);
        List<PooledPoint> points = new ArrayList<>(periods.size());
        for (int i = 0; i < periods.size(); i++) {
            points.add(new PooledPoint(periods.get(i).period(), shown.get(i), periods.get(i).organisations()));
        }
        return points;
    }

    @GET
    @Path("detection")
    @RolesAllowed({"NETWORK_ADMIN", "OFFICER"})
    @Operation(summary = "Spike detection on a network theme's pooled entries: method=ears (EARS C2 on working days)"
            + " or method=farrington (Farrington flexible on ISO weeks); a figure computed from a hidden count is null")
    public List<PooledDetectionPoint> detection(@QueryParam("theme") String theme, @QueryParam("from") String from,
                                                @QueryParam("to") String to, @QueryParam("method") String method) {
        DetectionSettings settings = settings(method);
        Range range = range(from, to, problems -> problems.check(settings != null, "method",
                "Required: ears (daily spike check, EARS C2) or farrington (weekly seasonal check)"));
        PooledDetections detections = observatory.detection(theme, range.from(), range.to(), settings);
        return PooledPublication.published(detections).stream().map(p -> {
            PeriodDetection f = p.figures();
            return new PooledDetectionPoint(p.period(), p.observed(), f == null ? null : f.expected(),
                    f == null ? null : f.upperBound(), f == null ? null : f.alarm(), p.organisations(),
                    settings.method().code(), settings.interval().code());
        }).toList();
    }

    /** The network's two checks, as one organisation's alerts run them: EARS C2 on days, Farrington on weeks. */
    public static DetectionSettings settings(String method) {
        if (method == null) {
            return null;
        }
        return switch (method.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "ears", "ears-c2" -> DetectionSettings.of(DetectionMethod.EARS_C2, Interval.DAY, null, null, null);
            case "farrington" -> DetectionSettings.of(DetectionMethod.FARRINGTON, Interval.WEEK, null, null, null);
            default -> null;
        };
    }

    /**
     * The caller first, so that one who may not read the pool learns nothing from how a request is
     * checked; then the dates and whatever else {@code more} checks, every problem reported at once.
     */
    private Range range(String from, String to, Consumer<InvalidInput.Collector> more) {
        if (!observatory.mayRead()) {
            throw new SecurityException("Only the network admin and the officers of organisations that share aggregates"
                    + " may read the network's pooled counts");
        }
        InvalidInput.Collector problems = new InvalidInput.Collector();
        Range range = new Range(date(problems, "from", from), date(problems, "to", to));
        more.accept(problems);
        problems.throwIfAny();
        return range;
    }

    private static LocalDate date(InvalidInput.Collector problems, String field, String value) {
        if (value == null || value.isBlank()) {
            problems.reject(field, "Required: a date as YYYY-MM-DD");
            return null;
        }
        return JsonInput.parseDate(field, value, problems);
    }
}
