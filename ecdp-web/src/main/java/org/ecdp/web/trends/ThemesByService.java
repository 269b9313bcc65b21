package org.ecdp.web.trends;

import java.util.List;
import org.ecdp.logging.trend.boundary.Trends;

/**
 * The dashboard's "Themes by service" heat map as the page shows it: the rows worth a line,
 * each count's shade (always beside its number) with the legend's ranges, and the link from a
 * count to exactly its entries.
 */
public final class ThemesByService {

    private final Trends.HeatMap heatMap;

    public ThemesByService(Trends.HeatMap heatMap) {
        this.heatMap = heatMap;
    }

    public Trends.HeatMap getMap() {
        return heatMap;
    }

    /** The rows worth showing: every theme in use, and retired ones only where they have entries. */
    public List<Trends.HeatRow> getRows() {
        return heatMap.rows().stream().filter(r -> r.theme().isLive() || r.total() > 0).toList();
    }

    /** Shade 0 (none) to 4 (the busiest quarter): the cell's colour, always beside its number. */
    public int band(long count) {
        if (count <= 0 || heatMap.max() == 0) {
            return 0;
        }
        return (int) Math.max(1, Math.min(4, Math.ceil(4.0 * count / heatMap.max())));
    }

    /** The lowest and highest count of a shade, for the legend. */
    public String bandRange(int band) {
        long max = heatMap.max();
        long low = band == 1 ? 1 : (long) Math.floor(max * (band - 1) / 4.0) + 1;
        long high = (long) Math.floor(max * band / 4.0);
        return low >= high ? String.valueOf(Math.max(low, high)) : low + " to " + high;
    }

    /** The entries behind a cell: one service, one theme (with its sub-themes), the period. */
    public String link(String serviceCode, String themeCode) {
        return "/log/entries.xhtml?service=" + serviceCode + "&theme=" + themeCode + "&from=" + heatMap.from() + "&to=" + heatMap.to();
    }
}
