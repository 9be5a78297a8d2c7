package io.github.clvss.admin.indicator;

import io.github.clvss.admin.base.Paging;
import io.github.clvss.admin.base.ContractFrame;
import io.github.clvss.core.csv.CsvImport;
import io.github.clvss.core.csv.MeasurementsCsv;
import io.github.clvss.core.indicator.IndicatorBoard;
import java.time.Clock;
import io.github.clvss.admin.base.CsvImportDialog;
import io.github.clvss.admin.base.FollowUpContract;
import io.github.clvss.admin.base.PageForm;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import io.github.clvss.admin.security.CurrentUser;
import io.github.clvss.admin.security.TerritoryContext;
import io.github.clvss.core.access.Actor;
import io.github.clvss.core.contract.Contract;
import io.github.clvss.core.indicator.Change;
import io.github.clvss.core.indicator.DiagnosticNote;
import io.github.clvss.core.indicator.Indicator;
import io.github.clvss.core.indicator.Figure;
import io.github.clvss.core.indicator.IndicatorBoard.Reading;
import io.github.clvss.core.indicator.Measurement;
import io.github.clvss.core.shared.PageRequest;
import io.github.clvss.core.shared.Parsed;
import io.github.clvss.core.territory.Territory;
import jakarta.annotation.security.PermitAll;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.List;
import java.util.Optional;

/**
 * The contract's indicators under its commitments, with their last value and its change from
 * the period before. The coordinator defines them, records values by hand or from a CSV file,
 * and writes the qualitative note of each year's diagnostic; everyone downloads the
 * diagnostic (small counts masked) as PDF, HTML or CSV.
 */
@Menu(order = 320, title = "nav.indicators", icon = "vaadin:chart")
@Route("indicateurs")
@PermitAll
final class IndicatorsView extends Main implements HasDynamicTitle {

    private final transient IndicatorBoard indicators;

    private final transient MeasurementsCsv measurementsCsv;

    private final transient CsvImport.Limits csvLimits;

    private final transient Clock clock;

    private final transient ContractFrame contractFrame;
    private final Actor actor;
    private final Div content = new Div();
    /** Each listed indicator's last measurement, read once per page shown. */
    private final java.util.Map<io.github.clvss.core.indicator.IndicatorId, Optional<Reading>> lasts = new java.util.HashMap<>();

    IndicatorsView(IndicatorBoard indicators, MeasurementsCsv measurementsCsv, CsvImport.Limits csvLimits, Clock clock, ContractFrame contractFrame, CurrentUser user, TerritoryContext territories) {
        this.indicators = indicators;
        this.measurementsCsv = measurementsCsv;
        this.csvLimits = csvLimits;
        this.clock = clock;
        this.contractFrame = contractFrame;
        this.actor = user.actor();
        contractFrame.frame(this, actor, territories.current(), "indicators", content, this::show);
    }

    private void show(Territory territory, Contract contract) {
        content.removeAll();
        FollowUpContract known = contractFrame.of(actor, contract);
        boolean coordinator = actor.coordinates(territory.id());
        Grid<Indicator> grid = new Grid<>();
        grid.setAriaLabel(getTranslation("indicators.grid"));
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(i -> known.number(i.commitment())).setHeader(getTranslation("actions.column.commitment")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(Indicator::name).setHeader(getTranslation("indicators.column.name")).setFlexGrow(3);
        grid.addColumn(Indicator::unit).setHeader(getTranslation("indicators.column.unit")).setAutoWidth(true);
        grid.addColumn(i -> last(i).map(m -> getTranslation("indicators.value", figure(m.figure()), m.period().toString()))
                .orElse("—")).setHeader(getTranslation("indicators.column.last")).setAutoWidth(true);
        grid.addColumn(i -> last(i).map(m -> change(indicators.change(actor, i.id(), m.period()))).orElse("—"))
                .setHeader(getTranslation("indicators.column.change")).setAutoWidth(true);
        Runnable refresh = () -> grid.getDataProvider().refreshAll();
        if (coordinator) {
            grid.addComponentColumn(i -> {
                Button record = new Button(VaadinIcon.PLUS_CIRCLE_O.create(), click -> new MeasurementEditor(indicators, actor, i, refresh).open());
                record.setAriaLabel(getTranslation("indicators.record.aria", i.name()));
                record.setTooltipText(getTranslation("indicators.record.aria", i.name()));
                record.addThemeVariants(ButtonVariant.LUMO_ICON, ButtonVariant.LUMO_TERTIARY);
                return record;
            }).setHeader(getTranslation("partners.column.actions")).setAutoWidth(true).setFlexGrow(0);
        }
        grid.setItems(query -> {
                    lasts.clear();
                    return indicators.list(actor, contract.id(), Paging.of(query)).stream();
                },
                query -> (int) indicators.count(actor, contract.id()));
        Div toolbar = new Div();
        toolbar.addClassName("vss-toolbar");
        if (coordinator) {
            Button define = new Button(getTranslation("indicators.define"), VaadinIcon.PLUS.create(),
                    click -> new IndicatorEditor(indicators, clock, actor, known, refresh).open());
            define.setId("indicators-define");
            Button csv = new Button(getTranslation("indicators.import"), VaadinIcon.UPLOAD.create(), click ->
                    new CsvImportDialog<Measurement>(getTranslation("indicators.import"), getTranslation("indicators.import.help"),
                            csvLimits,
                            (bytes, progress) -> measurementsCsv.read(actor, contract.id(), bytes, progress),
                            lines -> Parsed.valid(measurementsCsv.record(actor, lines).size()), refresh)
                            .wording("import.lines")
                            .column(getTranslation("indicators.column.name"), m -> indicators.find(actor, m.indicator()).name())
                            .column(getTranslation("indicators.period"), m -> m.period().toString())
                            .column(getTranslation("indicators.measured"), m -> number(m.value()))
                            .open());
            csv.setId("indicators-import");
            toolbar.add(define, csv);
        }
        content.add(toolbar, io.github.clvss.admin.base.Rows.counted(grid, "indicators.count"), diagnostic(territory, contract, coordinator));
    }

    private Optional<Reading> last(Indicator indicator) {
        return lasts.computeIfAbsent(indicator.id(), id -> {
            List<Reading> all = PageRequest.readAll(page -> indicators.readings(actor, id, page));
            return all.isEmpty() ? Optional.empty() : Optional.of(all.getLast());
        });
    }

    private String number(BigDecimal value) {
        NumberFormat format = NumberFormat.getNumberInstance(getLocale());
        format.setMaximumFractionDigits(Indicator.DECIMALS_MAX);
        return format.format(value);
    }

    /** A value as this person may see it: a small count is masked for partners and observers. */
    private String figure(Figure figure) {
        return switch (figure) {
            case Figure.Shown shown -> number(shown.value());
            case Figure.Masked masked -> "< " + indicators.disclosure().threshold();
            case Figure.Missing missing -> "—";
        };
    }

    private String change(Change change) {
        return switch (change) {
            case Change.Relative r -> getTranslation("indicators.change.relative", signed(r.percent()), signed(r.difference()));
            case Change.FromZero z -> z.isNew() ? getTranslation("indicators.change.new", signed(z.difference()))
                    : getTranslation("indicators.change.none");
            case Change.NotComparable n -> getTranslation("indicators.change.not-comparable");
            case Change.Withheld w -> getTranslation("indicators.change.withheld");
        };
    }

    private String signed(BigDecimal value) {
        return (value.signum() > 0 ? "+" : "") + number(value);
    }

    private Component diagnostic(Territory territory, Contract contract, boolean coordinator) {
        Div box = new Div(new H2(getTranslation("indicators.diagnostic")));
        IntegerField year = new IntegerField(getTranslation("indicators.diagnostic.year"));
        year.setValue(territory.facts().today(clock).getYear() - 1);
        year.setStepButtonsVisible(true);
        year.setId("indicators-year");
        TextArea note = new TextArea(getTranslation("indicators.diagnostic.note"));
        note.setWidthFull();
        note.setMaxLength(DiagnosticNote.TEXT_MAX);
        note.setReadOnly(!coordinator);
        note.setId("indicators-note");
        Div links = new Div();
        links.addClassName("vss-links");
        // the version of the note shown: a save over a note changed meanwhile is a conflict
        long[] shown = {0};
        Runnable load = () -> {
            links.removeAll();
            note.clear();
            shown[0] = 0;
            Integer y = year.getValue();
            if (y == null) {
                return;
            }
            indicators.notes(actor, contract.id(), y).stream().filter(n -> n.commitment().isEmpty()).findFirst()
                    .ifPresent(n -> {
                        note.setValue(n.text());
                        shown[0] = n.version();
                    });
            String base = "documents/contracts/" + contract.id() + "/diagnostic-" + y;
            String lang = "?lang=" + getLocale().getLanguage();
            links.add(link(base + ".pdf" + lang, getTranslation("dashboard.diagnostic.pdf", String.valueOf(y))),
                    link(base + ".html" + lang, getTranslation("dashboard.diagnostic.html", String.valueOf(y))),
                    link(base + ".csv" + lang, getTranslation("dashboard.diagnostic.csv", String.valueOf(y))));
        };
        year.addValueChangeListener(change -> load.run());
        load.run();
        box.add(new Paragraph(getTranslation("dashboard.indicators.help")), year, links, note);
        if (coordinator) {
            PageForm<DiagnosticNoteForm> form = PageForm.of("indicators.diagnostic.save", DiagnosticNoteForm.class,
                    new DiagnosticNoteForm(), typed -> {
                        if (typed.getText().isBlank()) {
                            indicators.removeNote(actor, contract.id(), typed.getYear(), Optional.empty(), shown[0]);
                            shown[0] = 0;
                        } else {
                            shown[0] = indicators.writeNote(actor, DiagnosticNoteMapping.MAP.toNote(typed, contract.id(), shown[0]))
                                    .version();
                        }
                        return getTranslation("indicators.diagnostic.saved", String.valueOf(typed.getYear()));
                    });
            form.binder().forField(form.at("$.year", year)).asRequired(getTranslation("followup.required"))
                    .bind(DiagnosticNoteForm::getYear, DiagnosticNoteForm::setYear);
            form.binder().forField(form.at("$.text", note)).bind(DiagnosticNoteForm::getText, DiagnosticNoteForm::setText);
            Button save = form.saveButton();
            save.setId("indicators-note-save");
            box.add(form, save);
        }
        return box;
    }

    private static Anchor link(String href, String text) {
        Anchor anchor = new Anchor(href, text);
        anchor.getElement().setAttribute("download", true);
        return anchor;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("indicators.title");
    }
}
