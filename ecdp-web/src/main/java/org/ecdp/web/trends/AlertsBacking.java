package org.ecdp.web.trends;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.ecdp.domain.validation.InvalidInput;
import org.ecdp.logging.alert.boundary.Alerts;
import org.ecdp.logging.alert.entity.Alert;
import org.ecdp.logging.alert.entity.AlertStatus;
import org.ecdp.web.shell.Messages;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * /trends/alerts.xhtml: the officer's alerts by status (a GET parameter), each with its
 * figures and a link to the entries behind it; review, open a response, or dismiss with a
 * reason. Every action redirects back (Post-Redirect-Get).
 */
@Named
@ViewScoped
public class AlertsBacking implements Serializable {

    @Inject
    transient Alerts alerts;

    private String status;
    private LazyDataModel<Alert> model;
    private Long dismissing;
    private String dismissingLabel;
    private String reason;

    /** f:viewAction: runs after the view parameters are set. */
    public void load() {
        AlertStatus chosen = Arrays.stream(AlertStatus.values()).filter(s -> s.name().equals(status)).findFirst().orElse(null);
        status = chosen == null ? null : chosen.name();
        model = new LazyDataModel<>() {
            @Override
            public int count(Map<String, FilterMeta> filterBy) {
                return (int) Math.min(Integer.MAX_VALUE, alerts.count(chosen));
            }

            @Override
            public List<Alert> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
                return alerts.list(chosen, first, pageSize);
            }

            @Override
            public String getRowKey(Alert alert) {
                return String.valueOf(alert.getId());
            }
        };
    }

    public String review(Alert alert) {
        return act(() -> alerts.review(alert.getId()), "Alert for " + alert.getTheme().getName() + " marked reviewed.");
    }

    /**
     * Takes the officer to the responses page with the alert's theme and the alert filled in;
     * the alert is marked "response opened" when the response is, in the same transaction.
     */
    public String openResponse(Alert alert) {
        return "/evidence/responses?faces-redirect=true&theme=" + alert.getTheme().getCode() + "&alert=" + alert.getId();
    }

    public void startDismiss(Alert alert) {
        dismissing = alert.getId();
        dismissingLabel = alert.getTheme().getLabel() + ", " + TrendChart.longDate(alert.getPeriod());
        reason = null;
    }

    public String dismiss() {
        try {
            alerts.dismiss(dismissing, reason);
            Messages.info("Alert dismissed.");
            return redirect();
        } catch (InvalidInput invalid) {
            Messages.invalid(invalid, Map.of("reason", "dismissForm:reason"));
            return null;
        }
    }

    public String cancelDismiss() {
        dismissing = null;
        return null;
    }

    private String act(Runnable action, String done) {
        try {
            action.run();
            Messages.info(done);
            return redirect();
        } catch (InvalidInput invalid) {
            Messages.invalid(invalid, Map.of());
            return null;
        }
    }

    private String redirect() {
        return "/trends/alerts?faces-redirect=true&includeViewParams=true";
    }

    public String entriesLink(Alert alert) {
        return "/log/entries.xhtml?theme=" + alert.getTheme().getCode() + "&from=" + alert.getFirstDay() + "&to=" + alert.getLastDay();
    }

    public String dashboardLink(Alert alert) {
        return "/trends/dashboard.xhtml?theme=" + alert.getTheme().getCode() + "&interval=" + alert.getInterval().code()
                + "&method=" + alert.getMethod().code() + "&to=" + alert.getLastDay();
    }

    public String label(java.time.LocalDate date) {
        return TrendChart.longDate(date);
    }

    public AlertStatus[] getStatuses() { return AlertStatus.values(); }
    public LazyDataModel<Alert> getModel() { return model; }
    public Long getDismissing() { return dismissing; }
    public String getDismissingLabel() { return dismissingLabel; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public String getStatus() { return status; }
    public void setStatus(String status) { this.status = status; }
}
