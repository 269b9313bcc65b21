package org.ecdp.web.mentoring;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.ecdp.mentoring.dashboard.boundary.Dashboard;
import org.ecdp.mentoring.dashboard.control.DashboardFigures;
import org.ecdp.mentoring.renewal.boundary.Reminders;
import org.ecdp.mentoring.renewal.control.Renewals;
import org.ecdp.mentoring.renewal.entity.Reminder;
import org.ecdp.web.shell.Messages;

/**
 * /mentoring/dashboard.xhtml: the waiting list by days waiting, time from referral to match by
 * month, volunteer utilisation, DBS and training renewals within 60 days, and the reminders sent.
 * Every figure is a plain table.
 */
@Named("mentoringDashboardBacking")
@ViewScoped
public class DashboardBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Dashboard dashboard;

    @Inject
    Reminders reminders;

    private LocalDate today;
    private List<DashboardFigures.Band> bands;
    private List<DashboardFigures.MonthFigures> months;
    private DashboardFigures.Utilisation utilisation;
    private List<Renewals.Renewal> expiring;
    private List<Reminder> recent;

    @PostConstruct
    void init() {
        today = dashboard.today();
        bands = dashboard.waitingBands();
        months = dashboard.timeToMatch();
        utilisation = dashboard.utilisation();
        expiring = reminders.expiring();
        recent = reminders.recent(60);
    }

    public String checkReminders() {
        int added = reminders.remindNow().size();
        Messages.info(added == 0 ? "No new reminders today." : added + " new reminders recorded.");
        return "/mentoring/dashboard?faces-redirect=true";
    }

    /** A number of days to one decimal place, as the month table shows medians and 90th percentiles. */
    public String days(double value) { return String.format(Locale.UK, "%.1f", value); }
    public String percent(double share) { return String.format(Locale.UK, "%.0f%%", share * 100); }
    public String estimation() { return DashboardFigures.ESTIMATION.name().replace('_', '-'); }

    public int getWaitingTotal() { return bands.stream().mapToInt(DashboardFigures.Band::count).sum(); }
    public LocalDate getToday() { return today; }
    public List<DashboardFigures.Band> getBands() { return bands; }
    public List<DashboardFigures.MonthFigures> getMonths() { return months; }
    public DashboardFigures.Utilisation getUtilisation() { return utilisation; }
    public List<Renewals.Renewal> getExpiring() { return expiring; }
    public List<Reminder> getRecent() { return recent; }
}
