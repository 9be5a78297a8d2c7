package io.github.clvss.core.csv;

import io.github.clvss.core.access.Actor;
import io.github.clvss.core.journal.AuditTrail;
import io.github.clvss.core.journal.JournalQuery;
import java.io.Writer;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The audit journal's entries as a spreadsheet ({@link CsvWriter#spreadsheet}): when (ISO-8601 in
 * the reader's time zone), who (an account id, never a name), what, on which record, every
 * territory it concerns (separated by spaces), done or refused and why (a code). The export itself is journaled.
 */
public final class JournalCsv {

    /** The columns, in their order. */
    public static final List<CsvWriter.Column> COLUMNS = List.of(
            new CsvWriter.Column("at", CsvWriter.Kind.DATE),
            new CsvWriter.Column("actor", CsvWriter.Kind.CODE),
            new CsvWriter.Column("action", CsvWriter.Kind.CODE),
            new CsvWriter.Column("record_type", CsvWriter.Kind.CODE),
            new CsvWriter.Column("record_id", CsvWriter.Kind.CODE),
            new CsvWriter.Column("territory", CsvWriter.Kind.CODE),
            new CsvWriter.Column("outcome", CsvWriter.Kind.CODE),
            new CsvWriter.Column("reason", CsvWriter.Kind.CODE));

    private final AuditTrail journal;

    /** @param journal the entries (access checked there) */
    public JournalCsv(AuditTrail journal) {
        this.journal = Objects.requireNonNull(journal, "journal");
    }

    /** Writes the entries {@code query} finds, newest first, as {@link AuditTrail#export} hands them (one query, streamed). */
    public void export(Actor actor, JournalQuery query, ZoneId zone, Writer out) {
        DateTimeFormatter iso = DateTimeFormatter.ISO_OFFSET_DATE_TIME.withZone(zone);
        try (CsvWriter csv = CsvWriter.spreadsheet(out, COLUMNS)) {
            journal.export(actor, query, e -> csv.row(List.of(iso.format(e.at()), e.actor(), e.act().action(),
                    e.act().recordType(), e.act().recordId().orElse(""),
                    e.act().territories().stream().map(Object::toString).collect(Collectors.joining(" ")),
                    e.outcome().name(), e.reason().orElse(""))));
        }
    }
}
