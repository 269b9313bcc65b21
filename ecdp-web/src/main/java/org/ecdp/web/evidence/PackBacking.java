package org.ecdp.web.evidence;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ecdp.domain.validation.InvalidInput;
import org.ecdp.logging.evidence.boundary.EvidencePacks;
import org.ecdp.logging.evidence.entity.EvidencePack;
import org.ecdp.logging.theme.boundary.Themes;
import org.ecdp.logging.theme.entity.Theme;
import org.ecdp.web.shell.Messages;
import org.ecdp.web.shell.Downloads;

/** /evidence/pack.xhtml: choose themes and dates, pick quotes, preview, download PDF or XLSX. */
@Named
@ViewScoped
public class PackBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final int QUOTE_CHOICES = 30;

    private static final Map<String, String> FIELDS = Map.of("themes", "pack:themes", "from", "pack:from", "to", "pack:to");

    @Inject
    EvidencePacks packs;

    @Inject
    Themes themes;

    @Inject
    Clock clock;

    private List<Theme> liveThemes;
    private List<String> themeCodes = new ArrayList<>();
    private LocalDate from;
    private LocalDate to;
    private boolean external = true;
    private String title;
    private List<Long> quotes = new ArrayList<>();
    private EvidencePack pack;
    private List<EvidencePack.QuoteCandidate> candidates = List.of();
    private String releaseClash;

    @PostConstruct
    void init() {
        liveThemes = themes.live();
        to = LocalDate.now(clock);
        from = to.minusWeeks(8);
    }

    /** f:viewParam theme: open with a theme chosen, e.g. from an alert. */
    public void setTheme(String code) {
        if (code != null && !code.isBlank() && !themeCodes.contains(code)) {
            themeCodes.add(code);
        }
    }

    public String getTheme() {
        return null;
    }

    /** Builds the pack to show on the page, and lists the entries behind it (redacted) to choose quotes from. */
    public void preview() {
        try {
            pack = packs.build(title, themeCodes, from, to, quotes, external);
            candidates = packs.quoteCandidates(themeCodes, from, to, QUOTE_CHOICES);
            releaseClash = pack.external() ? packs.clash(pack).map(c -> c.errors().get(0).message()).orElse(null) : null;
        } catch (InvalidInput invalid) {
            pack = null;
            Messages.invalid(invalid, FIELDS);
        }
    }

    public void downloadPdf() throws IOException {
        download(EvidencePacks.Format.PDF, "application/pdf", "pdf");
    }

    public void downloadXlsx() throws IOException {
        download(EvidencePacks.Format.XLSX, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");
    }

    private void download(EvidencePacks.Format format, String type, String extension) throws IOException {
        try {
            EvidencePack built = packs.build(title, themeCodes, from, to, quotes, external);
            byte[] bytes = packs.render(built, format);
            FacesContext faces = FacesContext.getCurrentInstance();
            ExternalContext ext = faces.getExternalContext();
            Downloads.start(ext, type, built.fileName(extension));
            ext.setResponseContentLength(bytes.length);
            ext.getResponseOutputStream().write(bytes);
            faces.responseComplete();
        } catch (InvalidInput invalid) {
            Messages.invalid(invalid, FIELDS);
        }
    }

    public List<Theme> getLiveThemes() { return liveThemes; }
    public List<String> getThemeCodes() { return themeCodes; }
    public void setThemeCodes(List<String> themeCodes) { this.themeCodes = themeCodes; }
    public LocalDate getFrom() { return from; }
    public void setFrom(LocalDate from) { this.from = from; }
    public LocalDate getTo() { return to; }
    public void setTo(LocalDate to) { this.to = to; }
    public boolean isExternal() { return external; }
    public void setExternal(boolean external) { this.external = external; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public List<Long> getQuotes() { return quotes; }
    public void setQuotes(List<Long> quotes) { this.quotes = quotes; }
    public EvidencePack getPack() { return pack; }
    public List<EvidencePack.QuoteCandidate> getCandidates() { return candidates; }
    /** Why downloading this pack for publication would be refused (it overlaps an earlier release), or null. */
    public String getReleaseClash() { return releaseClash; }
}
