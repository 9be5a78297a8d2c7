package io.github.clvss.admin.contract;

import io.github.clvss.core.followup.ActionPlan;
import io.github.clvss.core.followup.ObligationWatch;
import java.time.Clock;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import io.github.clvss.admin.base.ContractFrame;
import io.github.clvss.admin.base.FollowUpContract;
import io.github.clvss.admin.security.CurrentUser;
import io.github.clvss.core.access.Actor;
import io.github.clvss.core.contract.Contract;
import io.github.clvss.core.document.Documents;
import io.github.clvss.core.followup.Action;
import io.github.clvss.core.followup.Compliance;
import io.github.clvss.core.followup.ComplianceStatus;
import io.github.clvss.core.shared.Language;
import io.github.clvss.core.shared.PageRequest;
import io.github.clvss.core.territory.Territory;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.stream.IntStream;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.context.annotation.Scope;

/**
 * The coordinator's home page for one contract: recurring obligations and whether they are
 * met, late actions and the next deadlines, the indicators with their small charts (drawn on
 * the server, small counts masked), the yearly diagnostic to download, and the partner and
 * address records that need checking.
 */
@org.springframework.stereotype.Component
@Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
final class Dashboard extends Section {

    private static final int SHOWN = 5;

    private final transient ActionPlan actions;

    private final transient ObligationWatch obligations;

    private final transient Documents documents;

    private final transient Clock clock;
    private final CurrentUser user;
    private final StaleRecords stale;
    private final transient ContractFrame contractFrame;
    private Actor actor;
    private FollowUpContract known;

    Dashboard(ActionPlan actions, ObligationWatch obligations, Documents documents, Clock clock, CurrentUser user, StaleRecords stale,
            ContractFrame contractFrame) {
        this.contractFrame = contractFrame;
        this.actions = actions;
        this.obligations = obligations;
        this.documents = documents;
        this.clock = clock;
        this.user = user;
        this.stale = stale;
        addClassName("vss-dashboard");
        setId("dashboard");
    }

    /** Shows the contract's dashboard, as the signed-in person may read it. */
    Dashboard show(Territory territory, Contract contract) {
        actor = user.actor();
        known = contractFrame.of(actor, contract);
        removeAll();
        add(new H2(getTranslation("dashboard.title")));
        Div cards = new Div(obligations(contract), late(contract), deadlines(contract), stale.show(territory, contract));
        cards.addClassName("vss-cards");
        add(cards, indicators(territory, contract));
        return this;
    }

    private Component obligations(Contract contract) {
        Div card = card("dashboard.obligations");
        List<Compliance> all = obligations.compliance(actor, contract.id());
        if (all.isEmpty()) {
            card.add(new Paragraph(getTranslation("dashboard.obligations.none")));
        }
        UnorderedList list = new UnorderedList();
        list.setId("dashboard-obligations");
        for (Compliance c : all) {
            Span status = new Span(getTranslation("dashboard.compliance." + c.status().name()));
            status.addClassNames("vss-tag", c.status() == ComplianceStatus.OVERDUE ? "vss-tag-urgent"
                    : c.status() == ComplianceStatus.MET ? "vss-tag-good" : "vss-tag-plain");
            list.add(new ListItem(status, new Span(" " + getTranslation("dashboard.obligation", known.number(c.obligation().commitment()),
                    c.lastFulfilled().map(this::date).orElse(getTranslation("dashboard.never")), date(c.due())))));
        }
        card.add(list);
        return card;
    }

    private Component late(Contract contract) {
        Div card = card("dashboard.late");
        long count = actions.countLate(actor, contract.id());
        Paragraph total = new Paragraph(getTranslation("dashboard.late.count", count));
        total.setId("dashboard-late-count");
        card.add(total, actions(actions.late(actor, contract.id(), PageRequest.first(SHOWN))));
        return card;
    }

    private Component deadlines(Contract contract) {
        Div card = card("dashboard.deadlines");
        List<Action> next = actions.nextDeadlines(actor, contract.id(), PageRequest.first(SHOWN));
        if (next.isEmpty()) {
            card.add(new Paragraph(getTranslation("dashboard.deadlines.none")));
        }
        card.add(actions(next));
        return card;
    }

    private UnorderedList actions(List<Action> actions) {
        UnorderedList list = new UnorderedList();
        actions.forEach(a -> list.add(new ListItem(getTranslation("dashboard.action", a.title(), known.number(a.commitment()),
                a.deadline().map(this::date).orElse(getTranslation("value.unknown"))))));
        return list;
    }

    private Component indicators(Territory territory, Contract contract) {
        Section section = new Section(new H3(getTranslation("dashboard.indicators")));
        Language language = Language.of(getLocale());
        int thisYear = territory.facts().today(clock).getYear();
        List<Integer> years = IntStream.rangeClosed(thisYear - 5, thisYear).boxed().sorted((a, b) -> b - a).toList();
        // each year's summaries computed once: to find the latest year with figures, then to draw it
        java.util.Map<Integer, List<Documents.IndicatorSummary>> byYear = new java.util.HashMap<>();
        java.util.function.IntFunction<List<Documents.IndicatorSummary>> summariesOf = y -> byYear.computeIfAbsent(y,
                key -> documents.indicatorSummaries(actor, contract.id(), key, language));
        int shown = years.stream().filter(y -> summariesOf.apply(y).stream().anyMatch(s -> !"—".equals(s.figure())))
                .findFirst().orElse(thisYear - 1);
        Select<Integer> year = new Select<>();
        year.setLabel(getTranslation("dashboard.year"));
        year.setItems(years);
        year.setValue(shown);
        year.setId("dashboard-year");
        Div charts = new Div();
        charts.addClassName("vss-charts");
        Div downloads = new Div();
        downloads.addClassName("vss-links");
        Runnable draw = () -> {
            charts.removeAll();
            downloads.removeAll();
            int y = year.getValue();
            List<Documents.IndicatorSummary> summaries = summariesOf.apply(y);
            if (summaries.isEmpty()) {
                charts.add(new Paragraph(getTranslation("dashboard.indicators.none")));
            }
            for (Documents.IndicatorSummary s : summaries) {
                Div chart = new Div(new Span(s.title()), new Html(s.svg()),
                        new Paragraph(getTranslation("dashboard.indicator.figure", java.time.Year.of(y), s.figure(), s.change())));
                chart.addClassName("vss-chart");
                charts.add(chart);
            }
            String base = "documents/contracts/" + contract.id() + "/diagnostic-" + y;
            String lang = "?lang=" + language.locale().getLanguage();
            downloads.add(link(base + ".pdf" + lang, getTranslation("dashboard.diagnostic.pdf", java.time.Year.of(y)), "dashboard-diagnostic-pdf"),
                    link(base + ".html" + lang, getTranslation("dashboard.diagnostic.html", java.time.Year.of(y)), "dashboard-diagnostic-html"),
                    link(base + ".csv" + lang, getTranslation("dashboard.diagnostic.csv", java.time.Year.of(y)), "dashboard-diagnostic-csv"));
        };
        year.addValueChangeListener(change -> draw.run());
        draw.run();
        section.add(new Paragraph(getTranslation("dashboard.indicators.help")), year, downloads, charts);
        return section;
    }

    private static Anchor link(String href, String text, String id) {
        Anchor anchor = new Anchor(href, text);
        anchor.setId(id);
        anchor.getElement().setAttribute("router-ignore", true);
        return anchor;
    }

    private Div card(String heading) {
        Div card = new Div(new H3(getTranslation(heading)));
        card.addClassName("vss-card");
        return card;
    }

    private String date(LocalDate date) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(getLocale()).format(date);
    }
}
