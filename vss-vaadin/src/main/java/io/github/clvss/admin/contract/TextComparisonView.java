package io.github.clvss.admin.contract;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import io.github.clvss.admin.security.CurrentUser;
import io.github.clvss.core.contract.Contract;
import io.github.clvss.core.contract.ContractLifecycle;
import io.github.clvss.core.contract.ContractManagement;
import io.github.clvss.core.contract.LegalReference;
import io.github.clvss.core.contract.TextVersion;
import jakarta.annotation.security.PermitAll;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Optional;

/**
 * Two versions of a contract's text side by side — by default the last one and the one before —
 * in two columns, part by part, each changed, added, removed or moved part marked in words
 * ({@link TextComparison}); the person picks any two versions.
 */
@Route("versions-contrat")
@PermitAll
final class TextComparisonView extends ContractPage {

    private final transient ContractLifecycle lifecycle;
    private final Div table = new Div();
    private final com.vaadin.flow.component.checkbox.Checkbox changesOnly = new com.vaadin.flow.component.checkbox.Checkbox();

    TextComparisonView(ContractManagement contracts, ContractLifecycle lifecycle, CurrentUser user) {
        super(contracts, user.actor());
        this.lifecycle = lifecycle;
    }

    @Override
    void show(Contract contract) {
        title(getTranslation("compare.title", contract.title()));
        Paragraph subtitle = new Paragraph(contract.title());
        subtitle.addClassName("vss-subtitle");
        add(new H1(getTranslation("compare.title.heading")), subtitle);
        RouterLink back = new RouterLink(getTranslation("text.back"), ContractView.class, contract.id().toString());
        List<TextVersion> versions = lifecycle.textHistory(actor(), contract.id());
        if (versions.size() < 2) {
            add(new Paragraph(getTranslation("compare.one-version")), back);
            return;
        }
        Select<TextVersion> from = picker("compare.from", versions, "compare-from");
        Select<TextVersion> to = picker("compare.to", versions, "compare-to");
        from.setValue(versions.get(versions.size() - 2));
        to.setValue(versions.getLast());
        changesOnly.setLabel(getTranslation("compare.changes-only"));
        changesOnly.setValue(true);
        changesOnly.setId("compare-changes-only");
        from.addValueChangeListener(change -> fill(from.getValue(), to.getValue()));
        to.addValueChangeListener(change -> fill(from.getValue(), to.getValue()));
        changesOnly.addValueChangeListener(change -> fill(from.getValue(), to.getValue()));
        Div pickers = new Div(from, to, changesOnly);
        pickers.addClassName("vss-toolbar");
        add(new Paragraph(getTranslation("compare.help")), pickers, table, back);
        fill(from.getValue(), to.getValue());
    }

    private Select<TextVersion> picker(String key, List<TextVersion> versions, String id) {
        Select<TextVersion> select = new Select<>();
        select.setLabel(getTranslation(key));
        select.setItems(versions);
        select.setItemLabelGenerator(this::version);
        select.setId(id);
        return select;
    }

    private String version(TextVersion version) {
        return version.approvedOn().map(d -> getTranslation("compare.version", version.number(), date(Optional.of(d))))
                .orElseGet(() -> getTranslation("compare.version.draft", version.number()));
    }

    private void fill(TextVersion before, TextVersion after) {
        table.removeAll();
        table.getElement().removeAllChildren();
        List<TextComparison.Row> rows = TextComparison.compare(before.text(), after.text(), this::reference);
        long changes = rows.stream().filter(r -> r.change() != TextComparison.Change.SAME).count();
        Paragraph summary = new Paragraph(getTranslation("compare.summary", changes));
        summary.setId("compare-summary");
        table.add(summary);
        Element grid = new Element("table");
        grid.getClassList().add("vss-compare");
        grid.setAttribute("id", "text-comparison");
        Element caption = new Element("caption").setText(getTranslation("compare.caption", before.number(), after.number()));
        Element head = new Element("tr").appendChild(
                new Element("th").setAttribute("scope", "col").setText(getTranslation("compare.part")),
                new Element("th").setAttribute("scope", "col").setText(version(before)),
                new Element("th").setAttribute("scope", "col").setText(version(after)));
        Element body = new Element("tbody");
        for (TextComparison.Row row : rows) {
            if (changesOnly.getValue() && row.change() == TextComparison.Change.SAME && row.part() != TextComparison.Part.AXIS) {
                continue;
            }
            Element tr = new Element("tr");
            tr.getClassList().add("vss-compare-" + row.change().name().toLowerCase(java.util.Locale.ROOT));
            if (row.part() == TextComparison.Part.AXIS) {
                tr.getClassList().add("vss-compare-axis");
            }
            Span mark = new Span(getTranslation("compare.change." + row.change().name()));
            mark.addClassNames("vss-tag", row.change() == TextComparison.Change.SAME ? "vss-tag-plain" : "vss-tag-warn");
            Element label = new Element("th").setAttribute("scope", "row")
                    .appendChild(new Element("span").setText(label(row) + " "), mark.getElement());
            tr.appendChild(label, cell(row.before(), version(before)), cell(row.after(), version(after)));
            body.appendChild(tr);
        }
        grid.appendChild(caption, new Element("thead").appendChild(head), body);
        Div scroll = new Div();
        scroll.addClassName("vss-compare-frame");
        scroll.getElement().appendChild(grid);
        table.add(scroll);
    }

    private Element cell(String text, String version) {
        Element td = new Element("td").setAttribute("data-label", version);
        if (text.isBlank()) {
            td.appendChild(new Element("span").setText(getTranslation("compare.absent")));
            td.getClassList().add("vss-muted");
        } else {
            text.lines().filter(l -> !l.isBlank()).forEach(line -> td.appendChild(new Element("p").setText(line)));
        }
        return td;
    }

    private String label(TextComparison.Row row) {
        return switch (row.part()) {
            case PREAMBLE -> getTranslation("contract.preamble");
            case REFERENCE -> getTranslation("text.reference", row.ref());
            case AXIS -> row.ref().isEmpty() ? getTranslation("compare.objectives") : getTranslation("contract.axis", row.ref());
            case COMMITMENT -> getTranslation("text.commitment", row.ref());
            case ANNEX -> getTranslation("text.annex", row.ref());
        };
    }

    private String reference(LegalReference r) {
        return getTranslation("contract.reference.kind." + r.kind().name())
                + r.number().map(n -> " " + getTranslation("contract.reference.number", n)).orElse("")
                + r.date().map(d -> " " + getTranslation("contract.reference.dated", date(Optional.of(d)))).orElse("")
                + " — " + r.title();
    }

    private String date(Optional<LocalDate> date) {
        return date.map(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(getLocale())::format)
                .orElse(getTranslation("value.unknown"));
    }
}
