package io.github.clvss.core.document;

import io.github.clvss.core.access.Actor;
import io.github.clvss.core.access.PartnerId;
import io.github.clvss.core.access.TerritoryId;
import io.github.clvss.core.contract.Contract;
import io.github.clvss.core.contract.ContractId;
import io.github.clvss.core.contract.ContractManagement;
import io.github.clvss.core.indicator.Diagnostic;
import io.github.clvss.core.indicator.IndicatorBoard;
import io.github.clvss.core.shared.Language;
import io.github.clvss.core.shared.Provenance;
import io.github.clvss.core.territory.Territory;
import io.github.clvss.core.territory.TerritoryAdministration;
import io.github.clvss.core.path.DeclineReason;
import io.github.clvss.core.path.HandoverStatus;
import io.github.clvss.core.path.PathRegister;
import io.github.clvss.core.path.PathStatistics;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.TreeMap;

/** The yearly diagnostic of a contract for the CLSPD, every figure masked by the disclosure policy, and the indicators at a glance. */
final class DiagnosticDocument {

    private final DocumentRenderer renderer;
    private final ContractManagement contracts;
    private final TerritoryAdministration territories;
    private final IndicatorBoard indicators;
    private final Clock clock;
    private final Optional<PathRegister> paths;
    private final Optional<Documents.Directory> directory;

    DiagnosticDocument(DocumentRenderer renderer, ContractManagement contracts, TerritoryAdministration territories, IndicatorBoard indicators, Clock clock) {
        this(renderer, contracts, territories, indicators, clock, Optional.empty(), Optional.empty());
    }

    DiagnosticDocument(DocumentRenderer renderer, ContractManagement contracts, TerritoryAdministration territories, IndicatorBoard indicators,
            Clock clock, Optional<PathRegister> paths, Optional<Documents.Directory> directory) {
        this.paths = paths;
        this.directory = directory;
        this.renderer = renderer;
        this.contracts = contracts;
        this.territories = territories;
        this.indicators = indicators;
        this.clock = clock;
    }

    List<Documents.IndicatorSummary> summaries(Actor actor, ContractId id, int year, Language language) {
        Diagnostic diagnostic = indicators.diagnostic(actor, id, year);
        DiagnosticFormat format = new DiagnosticFormat(language, diagnostic.threshold(), true);
        List<Documents.IndicatorSummary> summaries = new ArrayList<>();
        for (var section : diagnostic.sections()) {
            for (var row : section.rows()) {
                var indicator = row.indicator();
                String title = indicator.name() + " (" + indicator.unit() + ")";
                summaries.add(new Documents.IndicatorSummary(section.commitment(), title, format.figure(row.current()),
                        format.change(row.change()), IndicatorChart.draw(title, IndicatorChart.describe(row.series(), format),
                                row.series(), indicator.target(), format)));
            }
        }
        return List.copyOf(summaries);
    }

    RenderedDocument render(Actor actor, ContractId id, int year, Language language) {
        Contract contract = contracts.find(actor, id);
        Territory territory = territories.find(actor, contract.territory());
        Diagnostic diagnostic = indicators.diagnostic(actor, id, year);
        DiagnosticFormat format = new DiagnosticFormat(language, diagnostic.threshold(), true);
        ResourceBundle texts = DocumentTexts.of(language);
        DateTimeFormatter dates = DocumentTexts.dates(language);
        List<Map<String, Object>> sections = new ArrayList<>();
        for (var section : diagnostic.sections()) {
            Map<String, Object> view = new LinkedHashMap<>();
            view.put("commitment", section.commitment());
            view.put("text", section.text().orElse(texts.getString("diagnostic.commitment.gone")));
            view.put("note", paragraphs(section.note()));
            List<Map<String, Object>> rows = new ArrayList<>();
            List<Map<String, Object>> charts = new ArrayList<>();
            for (var row : section.rows()) {
                var indicator = row.indicator();
                Map<String, Object> r = new LinkedHashMap<>();
                r.put("name", indicator.name());
                r.put("part", row.part());
                r.put("unit", indicator.unit());
                r.put("previous", format.figure(row.previous()));
                r.put("current", format.figure(row.current()));
                r.put("change", format.change(row.change()));
                r.put("target", indicator.target().map(format::number).orElse("—"));
                r.put("direction", texts.getString("diagnostic.direction." + indicator.direction().name()));
                r.put("source", indicator.source());
                rows.add(r);
                String chartTitle = indicator.name() + " (" + indicator.unit() + ")";
                charts.add(Map.of("name", chartTitle, "svg", IndicatorChart.draw(chartTitle,
                        IndicatorChart.describe(row.series(), format), row.series(), indicator.target(), format)));
            }
            view.put("rows", rows);
            view.put("hasRows", !rows.isEmpty());
            view.put("charts", charts);
            sections.add(view);
        }
        Map<String, Map<String, Integer>> actions = new TreeMap<>();
        diagnostic.actions().forEach(t -> actions.computeIfAbsent(t.commitment(), c -> new LinkedHashMap<>())
                .merge(t.status(), t.count(), Integer::sum));
        List<String> statuses = List.of("PLANNED", "IN_PROGRESS", "DONE", "LATE", "ABANDONED");
        List<Map<String, Object>> actionRows = new ArrayList<>();
        actions.forEach((commitment, counts) -> {
            List<String> states = new ArrayList<>();
            counts.entrySet().stream()
                    .sorted(Comparator.comparingInt(e -> statuses.indexOf(e.getKey()) < 0 ? statuses.size()
                            : statuses.indexOf(e.getKey())))
                    .forEach(e -> states.add(statusText(texts, e.getKey()) + " : " + e.getValue()));
            actionRows.add(Map.of("commitment", commitment, "states", String.join(" · ", states)));
        });
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("territory", territory.name());
        model.put("contractTitle", contract.title());
        model.put("reference", contract.id().toString());
        model.put("year", String.valueOf(year));
        model.put("previousYear", String.valueOf(year - 1));
        model.put("firstYear", String.valueOf(diagnostic.firstYear()));
        model.put("demo", diagnostic.demo() || territory.provenance() == Provenance.DEMO);
        model.put("belowThreshold", format.belowThreshold());
        model.put("protecting", format.protecting());
        model.put("threshold", String.valueOf(diagnostic.threshold()));
        model.put("generalNote", paragraphs(diagnostic.generalNote()));
        model.put("sections", sections);
        model.put("hasSections", !sections.isEmpty());
        model.put("actions", actionRows);
        model.put("hasActions", !actionRows.isEmpty());
        paths.ifPresent(register -> pathSection(actor, register, contract.territory(), year, format, texts, model));
        model.put("generated", dates.format(territory.facts().today(clock)));
        String title = texts.getString("diagnostic.heading") + " " + year + " — " + territory.name();
        return renderer.render("diagnostic", title, model, language,
                DocumentRenderer.slug(texts.getString("diagnostic.file") + " " + year + " " + territory.name()));
    }

    /** The "victims' paths" section: handovers by partner and status, median time to acceptance, share declined and why, masked. */
    private void pathSection(Actor actor, PathRegister register, TerritoryId territory, int year, DiagnosticFormat format,
            ResourceBundle texts, Map<String, Object> model) {
        PathStatistics stats = register.statistics(actor, territory, year);
        List<Map<String, Object>> statuses = new ArrayList<>();
        for (HandoverStatus status : HandoverStatus.values()) {
            statuses.add(Map.of("name", texts.getString("diagnostic.paths.status." + status.name())));
        }
        List<Map<String, Object>> partners = new ArrayList<>();
        for (PathStatistics.PartnerRow row : stats.byPartner()) {
            List<String> cells = new ArrayList<>();
            for (HandoverStatus status : HandoverStatus.values()) {
                cells.add(format.figure(row.byStatus().get(status)));
            }
            partners.add(Map.of("partner", partnerName(actor, row.partner()), "total", format.figure(row.total()), "cells", cells));
        }
        List<String> totals = new ArrayList<>();
        for (HandoverStatus status : HandoverStatus.values()) {
            totals.add(format.figure(stats.byStatus().get(status)));
        }
        List<Map<String, Object>> reasons = new ArrayList<>();
        for (DeclineReason reason : DeclineReason.values()) {
            reasons.add(Map.of("reason", texts.getString("diagnostic.paths.reason." + reason.name()),
                    "count", format.figure(stats.declineReasons().get(reason))));
        }
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("statuses", statuses);
        view.put("partners", partners);
        view.put("total", format.figure(stats.total()));
        view.put("totals", totals);
        view.put("median", format.figure(stats.medianHoursToAcceptance()));
        view.put("declined", format.figure(stats.declinedPercent()));
        view.put("reasons", reasons);
        model.put("paths", view);
    }

    private String partnerName(Actor actor, PartnerId partner) {
        return directory.map(d -> d.institutions().find(actor, d.partners().find(actor, partner).institution()).name())
                .orElse(partner.value().toString());
    }

    private static List<String> paragraphs(Optional<String> text) {
        return text.map(t -> Arrays.stream(t.split("\\n\\s*\\n")).map(String::strip).filter(p -> !p.isEmpty())
                .toList()).orElse(List.of());
    }

    private static String statusText(ResourceBundle texts, String status) {
        return texts.containsKey("diagnostic.action." + status) ? texts.getString("diagnostic.action." + status) : status;
    }
}
