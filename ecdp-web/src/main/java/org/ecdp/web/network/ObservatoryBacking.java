package org.ecdp.web.network;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.ecdp.domain.validation.InvalidInput;
import org.ecdp.logging.network.boundary.NetworkObservatory;
import org.ecdp.logging.theme.boundary.NetworkThemes;
import org.ecdp.logging.theme.entity.NetworkTheme;
import org.ecdp.web.shell.Messages;

/**
 * /network/observatory.xhtml: a network theme's weekly entries pooled over the organisations that
 * share aggregates, from bookmarkable GET parameters (theme, from, to; by default the first theme
 * over the last 26 weeks). An officer of an organisation that does not share is told so and shown nothing.
 */
@Named
@RequestScoped
public class ObservatoryBacking {

    @Inject
    NetworkObservatory pool;

    @Inject
    NetworkThemes networkThemes;

    @Inject
    Clock clock;

    private String theme;
    private LocalDate from;
    private LocalDate to;
    private List<NetworkTheme> themeChoices = List.of();
    private Observatory shown;
    private boolean offered;

    /** f:viewAction: runs after the view parameters are set. */
    public void load() {
        offered = pool.mayRead();
        if (!offered) {
            return;
        }
        themeChoices = networkThemes.all();
        if ((theme == null || theme.isBlank()) && !themeChoices.isEmpty()) {
            theme = themeChoices.get(0).getCode();
        }
        to = to == null ? LocalDate.now(clock) : to;
        from = from == null ? to.minusWeeks(26) : from;
        String name = themeChoices.stream().filter(t -> t.getCode().equals(theme)).map(NetworkTheme::getName).findFirst().orElse(theme);
        try {
            shown = Observatory.of(pool, theme, name, from, to);
        } catch (InvalidInput invalid) {
            Messages.invalid(invalid, Map.of("theme", "o-theme", "from", "o-from", "to", "o-to"));
        }
    }

    public String label(LocalDate date) { return Observatory.label(date); }

    public String getTheme() { return theme; }
    public void setTheme(String theme) { this.theme = theme; }
    public LocalDate getFrom() { return from; }
    public void setFrom(LocalDate from) { this.from = from; }
    public LocalDate getTo() { return to; }
    public void setTo(LocalDate to) { this.to = to; }
    public List<NetworkTheme> getThemeChoices() { return themeChoices; }
    public Observatory getShown() { return shown; }
    public boolean isOffered() { return offered; }
}
