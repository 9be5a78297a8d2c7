package io.github.clvss.admin.base;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.provider.Query;
import java.util.List;

/**
 * How every list of the screens shows its rows, the one way: a line that says how many there
 * are ("8 partenaires"), then the grid — sized to its rows when they are few (no scroll inside a
 * scroll, nothing clipped), to the page when they are many (it scrolls, and the line says how
 * many there are). A row just added is selected and scrolled to. On a narrow screen (a phone),
 * the columns a list marks as secondary are hidden and cells wrap.
 */
public final class Rows {

    /** Up to this many rows, a grid shows them all; beyond, it takes the page's height and scrolls. */
    public static final int ALL_SHOWN_UP_TO = 25;

    /** Narrower than this (in CSS pixels), a screen is a phone's: secondary columns are hidden. */
    static final int NARROW = 640;

    private static final String COUNTED = "vss-rows-counted";

    private Rows() {
    }

    /**
     * The grid under its count line, kept true after every change of its rows.
     *
     * @param countKey the translation key of the count line, given the number of rows (a
     *     {@code choice} format: "Aucun partenaire|1 partenaire|{0} partenaires")
     */
    public static <T> Component counted(Grid<T> grid, String countKey) {
        Span count = new Span();
        count.addClassName("vss-count");
        count.getElement().setAttribute("aria-live", "polite");
        grid.addClassName(COUNTED);
        grid.getGenericDataView().addItemCountChangeListener(change -> {
            if (!change.isItemCountEstimated()) {
                size(grid, count, countKey, change.getItemCount());
            }
        });
        Div box = new Div(count, grid);
        box.addClassName("vss-rows");
        return box;
    }

    private static void size(Grid<?> grid, Span count, String countKey, int rows) {
        count.setText(grid.getTranslation(countKey, rows));
        boolean few = rows <= ALL_SHOWN_UP_TO;
        grid.setAllRowsVisible(few);
        grid.setClassName("vss-rows-long", !few);
    }

    /**
     * Hides these columns on a phone's screen (and shows them again on a wider one): what a
     * person needs to recognise a row stays, the rest is one click away (the row's "Ouvrir").
     */
    @SafeVarargs
    public static <T> void secondary(Grid<T> grid, Grid.Column<T>... columns) {
        List<Grid.Column<T>> hidden = List.of(columns);
        grid.addAttachListener(attach -> {
            UI ui = attach.getUI();
            ui.getPage().retrieveExtendedClientDetails(details -> show(hidden, details.getWindowInnerWidth()));
            attach.getUI().getPage().addBrowserWindowResizeListener(resize -> show(hidden, resize.getWidth()));
        });
    }

    private static <T> void show(List<Grid.Column<T>> columns, int width) {
        columns.forEach(column -> column.setVisible(width >= NARROW));
    }

    /**
     * Selects a row just added or changed (the first the grid lists that {@code isIt} accepts)
     * and brings it into sight: the grid scrolls to it (a long list) or the page does (a short one).
     */
    public static <T> void show(Grid<T> grid, java.util.function.Predicate<T> isIt) {
        grid.getDataProvider().refreshAll();
        int index = 0;
        for (int offset = 0;; offset += 100) {
            List<T> page = grid.getDataProvider().fetch(new Query<>(offset, 100, List.of(), null, null)).toList();
            for (T row : page) {
                if (isIt.test(row)) {
                    grid.select(row);
                    grid.scrollToIndex(index);
                    grid.getElement().executeJs("""
                            const grid = this;
                            requestAnimationFrame(() => requestAnimationFrame(() => {
                              const row = grid.shadowRoot && grid.shadowRoot.querySelector('tr[selected]');
                              (row || grid).scrollIntoView({block: 'center'});
                            }));
                            """);
                    return;
                }
                index++;
            }
            if (page.size() < 100) {
                return;
            }
        }
    }
}
