package org.ecdp.web.trends;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.ecdp.domain.service.boundary.Services;
import org.ecdp.domain.service.entity.Service;
import org.ecdp.domain.validation.InvalidInput;
import org.ecdp.domain.vocabulary.Locality;
import org.ecdp.logging.theme.boundary.Themes;
import org.ecdp.logging.theme.entity.Theme;
import org.ecdp.logging.trend.boundary.Trends;
import org.ecdp.web.shell.Messages;

/**
 * /trends/dashboard.xhtml: a theme's trend with its threshold and alarms, compared with up to
 * three more themes (compare=, repeated) and narrowed to a service and an area (service=,
 * locality=), as a chart and tables from bookmarkable GET parameters (see {@link ThemeComparison});
 * the themes rising this week; and a service × theme heat map for a {@link HeatPeriod} whose
 * every number links to its entries.
 */
@Named
@ViewScoped
public class DashboardBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Trends trends;

    @Inject
    Themes themes;

    @Inject
    Services services;

    @Inject
    Clock clock;

    private String theme;
    private String interval;
    private String method;
    private LocalDate from;
    private LocalDate to;

    private String service;
    private String locality;
    private List<String> compare = List.of();
    private final HeatPeriod heatPeriod = new HeatPeriod();

    // what load() works out on every GET from the parameters above (the page has no postback)
    private transient List<Theme> themeChoices;
    private transient List<Service> serviceChoices;
    private transient ThemeComparison trend;
    private transient List<Trends.ThemeWeek> rising;
    private transient ThemesByService heat;

    /** f:viewAction: runs after the view parameters are set. */
    public void load() {
        LocalDate today = LocalDate.now(clock);
        themeChoices = themes.all().stream().filter(t -> t.getMergedInto() == null).toList();
        serviceChoices = services.all();
        rising = trends.risingThisWeek(today);
        if (theme == null || theme.isBlank()) {
            theme = rising.isEmpty() ? themeChoices.stream().findFirst().map(Theme::getCode).orElse(null)
                    : rising.get(0).theme().getCode();
        }
        String[] asked = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterValuesMap().get("compare");
        compare = asked == null ? List.of()
                : Arrays.stream(asked).filter(c -> c != null && !c.isBlank()).map(String::strip).distinct().toList();
        service = upper(service);
        locality = upper(locality);
        interval = interval == null || interval.isBlank() ? "day" : interval;
        method = method == null || method.isBlank() ? "ears-c2" : method;
        to = to == null ? today : to;
        if (from == null) {
            from = "week".equals(interval) ? to.minusWeeks(26) : to.minusWeeks(8);
        }
        heat = heatPeriod.heatMap(trends, today);
        if (theme != null) {
            loadTrend();
        }
    }

    /** The chosen themes' detection, or what is wrong with what was asked, beside its field. */
    private void loadTrend() {
        List<String> codes = new ArrayList<>(List.of(theme));
        codes.addAll(compare);
        try {
            trend = ThemeComparison.detect(trends, themes, serviceChoices, codes, new Trends.Scope(service, locality), from, to, method,
                    interval);
        } catch (InvalidInput invalid) {
            Messages.invalid(invalid, Map.of("theme", "d-theme", "compare", "d-compare1", "service", "d-service", "locality", "d-locality",
                    "from", "d-from", "to", "d-to", "interval", "d-interval", "method", "d-method"));
        }
    }

    private static String upper(String code) {
        return code == null || code.isBlank() ? null : code.strip().toUpperCase(Locale.ROOT);
    }

    public String label(LocalDate date) {
        return TrendChart.longDate(date);
    }

    public ThemesByService getHeat() { return heat; }
    public HeatPeriod getHeatPeriod() { return heatPeriod; }
    public List<Theme> getThemeChoices() { return themeChoices; }
    public List<Service> getServiceChoices() { return serviceChoices; }
    public Locality[] getLocalityChoices() { return Locality.values(); }
    public ThemeComparison getTrend() { return trend; }
    /** The themes chosen to compare with, as asked (compare=..., repeated). */
    public List<String> getCompare() { return compare; }
    /** The theme code the n-th "compare with" select shows (1-based), or null. */
    public String compared(int n) { return compare.size() >= n ? compare.get(n - 1) : null; }
    public String getService() { return service; }
    public void setService(String service) { this.service = service; }
    public String getLocality() { return locality; }
    public void setLocality(String locality) { this.locality = locality; }
    public List<Trends.ThemeWeek> getRising() { return rising; }
    public String getTheme() { return theme; }
    public void setTheme(String theme) { this.theme = theme; }
    public String getInterval() { return interval; }
    public void setInterval(String interval) { this.interval = interval; }
    public String getMethod() { return method; }
    public void setMethod(String method) { this.method = method; }
    public LocalDate getFrom() { return from; }
    public void setFrom(LocalDate from) { this.from = from; }
    public LocalDate getTo() { return to; }
    public void setTo(LocalDate to) { this.to = to; }
}
