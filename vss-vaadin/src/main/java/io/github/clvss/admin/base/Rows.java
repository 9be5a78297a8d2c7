package io.github.clvss.admin.base;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.function.ValueProvider;
import java.util.List;
import java.util.Map;

/**
 * How every list of the screens shows its rows, the one way: a line that says how many there
 * are ("8 partenaires"), then the grid — sized to its rows when they are few (no scroll inside a
 * scroll, nothing clipped), to the page when they are many (it scrolls, and the line says how
 * many there are). A row just added is selected and scrolled to. On a narrow screen (a phone), a
 * list that marks secondary columns reads as cards: each row's fields stacked, each under its
 * column's name, the row's buttons included.
 */
public final class Rows {

    /** Up to this many rows, a grid shows them all; beyond, it takes the page's height and scrolls. */
    public static final int ALL_SHOWN_UP_TO = 25;

    /** Narrower than this (in CSS pixels), a screen is a phone's: the rows read as cards. */
    static final int NARROW = 640;

    /** Narrower than this (a tablet's screen, a narrow window), the secondary columns are hidden. */
    static final int MEDIUM = 900;

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
     * A column of text, added to the grid and known to {@link #secondary}: on a phone its value is
     * shown in the row's card, under the column's name.
     */
    public static <T> Grid.Column<T> column(Grid<T> grid, ValueProvider<T, ?> value) {
        Grid.Column<T> column = grid.addColumn(value);
        texts(grid).put(column, value);
        return column;
    }

    /**
     * Marks the columns a wide screen shows and a narrower one hides (what a person needs to
     * recognise a row stays, the rest is one click away: the row's "Ouvrir"); on a phone's screen
     * (and back on a wider one) the grid shows one card per row instead of its columns: every
     * column's value under the column's name — the text columns added with {@link #column}, and
     * the component columns (badges, buttons) drawn again for the card.
     */
    @SafeVarargs
    public static <T> void secondary(Grid<T> grid, Grid.Column<T>... columns) {
        grid.addAttachListener(attach -> {
            UI ui = attach.getUI();
            List<Grid.Column<T>> secondary = List.of(columns);
            ui.getPage().retrieveExtendedClientDetails(details -> stack(grid, secondary, details.getWindowInnerWidth()));
            attach.getUI().getPage().addBrowserWindowResizeListener(resize -> stack(grid, secondary, resize.getWidth()));
        });
    }

    private static final String CARD = "vss-rows-card";
    private static final String TEXTS = "vss-rows-texts";

    @SuppressWarnings("unchecked")
    private static <T> Map<Grid.Column<T>, ValueProvider<T, ?>> texts(Grid<T> grid) {
        Map<Grid.Column<T>, ValueProvider<T, ?>> texts = (Map<Grid.Column<T>, ValueProvider<T, ?>>) ComponentUtil.getData(grid, TEXTS);
        if (texts == null) {
            texts = new java.util.HashMap<>();
            ComponentUtil.setData(grid, TEXTS, texts);
        }
        return texts;
    }

    @SuppressWarnings("unchecked")
    private static <T> Grid.Column<T> cardOf(Grid<T> grid) {
        return (Grid.Column<T>) ComponentUtil.getData(grid, CARD);
    }

    /** The columns (the secondary ones only on a wide screen) or the cards (on a phone), for a screen {@code width} wide. */
    private static <T> void stack(Grid<T> grid, List<Grid.Column<T>> secondary, int width) {
        boolean narrow = width < NARROW;
        if (narrow && cardOf(grid) == null) {
            // the cards' column, added the first time the screen is narrow, after the view's own columns
            ComponentUtil.setData(grid, CARD, grid.addComponentColumn(item -> card(grid, item))
                    .setHeader(grid.getAriaLabel().orElse("")));
        }
        Grid.Column<T> card = cardOf(grid);
        grid.getColumns().forEach(column -> column.setVisible(column == card ? narrow
                : !narrow && (width >= MEDIUM || !secondary.contains(column))));
        grid.setClassName("vss-rows-cards", narrow);
    }

    /** One row as a card: each column's name, then its value. */
    private static <T> Component card(Grid<T> grid, T item) {
        Grid.Column<T> card = cardOf(grid);
        Map<Grid.Column<T>, ValueProvider<T, ?>> texts = texts(grid);
        Div fields = new Div();
        fields.addClassName("vss-card-row");
        for (Grid.Column<T> column : grid.getColumns()) {
            if (column == card) {
                continue;
            }
            Component value;
            if (texts.containsKey(column)) {
                Object text = texts.get(column).apply(item);
                if (text == null || String.valueOf(text).isBlank()) {
                    continue;
                }
                value = new Span(String.valueOf(text));
            } else if (column.getRenderer() instanceof ComponentRenderer<?, T> drawn) {
                value = drawn.createComponent(item);
            } else {
                continue;
            }
            Div field = new Div();
            field.addClassName("vss-card-field");
            String name = column.getHeaderText();
            if (name != null && !name.isBlank()) {
                Span label = new Span(name);
                label.addClassName("vss-card-label");
                field.add(label);
            }
            field.add(value);
            fields.add(field);
        }
        return fields;
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
