package io.github.clvss.core.referral;

import io.github.clvss.core.shared.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * vss's built-in French rules as a table a reviewer reads without Java: for each rule, the
 * article it applies, what it says in one line, may or must, the period it is in force and the
 * text that created it. {@code docs/referral/rules.md} is generated from it (a test fails when
 * the two disagree) and {@code vss refer --rules} prints it.
 */
public final class RuleTable {

    private RuleTable() {
    }

    /**
     * One rule.
     *
     * @param id the rule's id, e.g. {@code fr.226-14-3}; its one-line meaning is the text of this code
     * @param article the article it applies, e.g. {@code art. 226-14 3° du code pénal}
     * @param modality may or must, when it is a reporting rule; empty for an orientation
     * @param inForce the days it is in force
     * @param source the text that created it (or gave it its present number)
     * @param dateChecked whether vss's authors checked the date against the published text;
     *     {@code false} means "best knowledge, to be checked"
     */
    public record Row(String id, String article, Optional<Modality> modality, InForce inForce, String source,
            boolean dateChecked) {

        public Row {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(article, "article");
            Objects.requireNonNull(modality, "modality");
            Objects.requireNonNull(inForce, "inForce");
            Objects.requireNonNull(source, "source");
        }
    }

    /** Every built-in rule, in the order they are evaluated. */
    public static List<Row> rows() {
        return FrenchRules.all().stream().map(rule -> {
            FrenchRules.BuiltIn b = (FrenchRules.BuiltIn) rule;
            return new Row(b.id(), b.legalBasis(), b.modality(), b.period(), b.createdBy(), b.dateChecked());
        }).toList();
    }

    /** The table in Markdown, its texts in {@code locale}. */
    public static String markdown(Locale locale) {
        Messages m = Messages.of(locale);
        List<String> lines = new ArrayList<>();
        lines.add("| " + String.join(" | ", headings(m)) + " |");
        lines.add("|---|---|---|---|---|---|---|");
        for (Row row : rows()) {
            lines.add("| " + String.join(" | ", cells(row, m).stream().map(c -> c.replace("|", "\\|")).toList()) + " |");
        }
        return String.join("\n", lines) + "\n";
    }

    /** The column headings in the messages' language. */
    public static List<String> headings(Messages m) {
        return List.of("rules.table.id", "rules.table.article", "rules.table.meaning", "rules.table.modality",
                "rules.table.from", "rules.table.until", "rules.table.source").stream().map(k -> m.text(k, List.of())).toList();
    }

    /** A row's cells in the messages' language; dates are ISO in the docs, to be stable and sortable. */
    public static List<String> cells(Row row, Messages m) {
        String modality = row.modality().map(x -> m.text("referral.modality." + x.name().toLowerCase(Locale.ROOT)
                .replace('_', '-'), List.of())).orElse(m.text("rules.table.orientation", List.of()));
        String from = row.inForce().from() + (row.dateChecked() ? "" : " " + m.text("rules.table.to-check", List.of()));
        return List.of("`" + row.id() + "`", row.article(), m.text(row.id(), List.of()), modality, from,
                row.inForce().until().map(Object::toString).orElse("—"), row.source());
    }
}
