package io.github.clvss.core.csv;

import io.github.clvss.core.access.Actor;
import io.github.clvss.core.access.TerritoryId;
import io.github.clvss.core.deliberation.ActesId;
import io.github.clvss.core.deliberation.Deliberation;
import io.github.clvss.core.deliberation.DeliberationRegister;
import io.github.clvss.core.deliberation.Subject;
import io.github.clvss.core.shared.PageRequest;
import io.github.clvss.core.shared.Problem;
import io.github.clvss.core.territory.Siret;
import io.github.clvss.core.territory.Territory;
import io.github.clvss.core.territory.TerritoryAdministration;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A territory's deliberations as open data, in the SCDL "Délibérations" schema (Socle commun
 * des données locales, OpenDataFrance, version 2.1): exactly its 17 columns in its order
 * ({@link #COLUMNS}), one line per deliberation, oldest session first; UTF-8 without byte-order
 * mark, comma-separated, RFC 4180 quoting, ISO dates ({@code YYYY-MM-DD}), written by {@link CsvWriter}:
 * dates, numbers and codes keep their exact values, and a text cell a spreadsheet would run as a
 * formula gets an apostrophe in front ({@code docs/open-data.md}). A value vss does not know is
 * left empty. How each column is
 * filled is in {@code docs/deliberation/README.md}; in short:
 *
 * <ul>
 *   <li>{@code COLL_NOM} the territory's name, {@code COLL_SIRET} its SIRET (empty when unknown);</li>
 *   <li>{@code DELIB_ID} the authority's own number for the act (the internal number of
 *       its {@literal @}ctes identifier), else vss's id;</li>
 *   <li>{@code DELIB_MATIERE_CODE}, {@code DELIB_MATIERE_NOM} the @ctes matière as recorded;</li>
 *   <li>{@code BUDGET_ANNEE}, {@code BUDGET_NOM} empty (vss does not record budgets);</li>
 *   <li>{@code PREF_ID} {@code PREF} and the three-character département of the @ctes
 *       identifier (the préfecture that received it), {@code PREF_DATE} the transmission date;</li>
 *   <li>{@code VOTE_EFFECTIF} the members in office, {@code VOTE_REEL} the members who took part
 *       in the vote: present and represented, less those not taking part;</li>
 *   <li>{@code VOTE_POUR}, {@code VOTE_CONTRE}, {@code VOTE_ABSTENTION} as the act counts them.</li>
 * </ul>
 *
 * <p>The file holds counts, not names: it is not personal data, and its export is not journaled
 * (reading the deliberations still needs a grant on the territory).
 */
public final class DeliberationsCsv {

    /** The schema's columns, in its order, with what each holds. */
    public static final List<CsvWriter.Column> TYPED_COLUMNS = List.of(
            new CsvWriter.Column("COLL_NOM", CsvWriter.Kind.TEXT),
            new CsvWriter.Column("COLL_SIRET", CsvWriter.Kind.CODE),
            new CsvWriter.Column("DELIB_ID", CsvWriter.Kind.CODE),
            new CsvWriter.Column("DELIB_DATE", CsvWriter.Kind.DATE),
            new CsvWriter.Column("DELIB_MATIERE_CODE", CsvWriter.Kind.TEXT),
            new CsvWriter.Column("DELIB_MATIERE_NOM", CsvWriter.Kind.TEXT),
            new CsvWriter.Column("DELIB_OBJET", CsvWriter.Kind.TEXT),
            new CsvWriter.Column("BUDGET_ANNEE", CsvWriter.Kind.NUMBER),
            // always empty: vss does not record budgets
            new CsvWriter.Column("BUDGET_NOM", CsvWriter.Kind.CODE),
            new CsvWriter.Column("PREF_ID", CsvWriter.Kind.CODE),
            new CsvWriter.Column("PREF_DATE", CsvWriter.Kind.DATE),
            new CsvWriter.Column("VOTE_EFFECTIF", CsvWriter.Kind.NUMBER),
            new CsvWriter.Column("VOTE_REEL", CsvWriter.Kind.NUMBER),
            new CsvWriter.Column("VOTE_POUR", CsvWriter.Kind.NUMBER),
            new CsvWriter.Column("VOTE_CONTRE", CsvWriter.Kind.NUMBER),
            new CsvWriter.Column("VOTE_ABSTENTION", CsvWriter.Kind.NUMBER),
            new CsvWriter.Column("DELIB_URL", CsvWriter.Kind.LINK));

    /** The schema's columns, in its order. */
    public static final List<String> COLUMNS = TYPED_COLUMNS.stream().map(CsvWriter.Column::name).toList();

    /**
     * The columns the SCDL "Délibérations" schema 2.1.2 requires ("valeur obligatoire"): a line
     * with one of them empty breaks the schema, and {@link #gaps} names it.
     */
    public static final List<String> REQUIRED = List.of("COLL_NOM", "COLL_SIRET", "DELIB_ID", "DELIB_DATE",
            "DELIB_MATIERE_CODE", "DELIB_MATIERE_NOM", "DELIB_OBJET");

    private final DeliberationRegister deliberations;
    private final TerritoryAdministration territories;

    /**
     * @param deliberations the territory's deliberations
     * @param territories its name and SIRET
     */
    public DeliberationsCsv(DeliberationRegister deliberations, TerritoryAdministration territories) {
        this.deliberations = Objects.requireNonNull(deliberations, "deliberations");
        this.territories = Objects.requireNonNull(territories, "territories");
    }

    /** The territory's deliberations as an SCDL "Délibérations" CSV file (anyone with a grant on it). */
    public byte[] export(Actor actor, TerritoryId territory) {
        Territory place = territories.find(actor, territory);
        List<Deliberation> all = PageRequest.readAll(page -> deliberations.list(actor, territory, page), x -> x.id().value()).stream()
                .sorted(Comparator.comparing((Deliberation d) -> d.session().date().orElse(LocalDate.MAX))
                        .thenComparing(d -> d.id().value()))
                .toList();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Writer out = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
                CsvWriter csv = CsvWriter.openData(out, TYPED_COLUMNS)) {
            for (Deliberation d : all) {
                csv.row(row(place, d));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /**
     * The lines of the territory's export that would break the schema: one warning per
     * deliberation and required column left empty, saying which act, which column and what to
     * record ({@code scdl.required.*}); empty when the file is valid. The export still writes
     * those lines (a publisher fixes them or leaves them out), but a screen shows these first.
     */
    public List<Problem> gaps(Actor actor, TerritoryId territory) {
        Territory place = territories.find(actor, territory);
        List<Problem> found = new ArrayList<>();
        PageRequest.readAll(page -> deliberations.list(actor, territory, page), x -> x.id().value()).stream()
                .sorted(Comparator.comparing((Deliberation d) -> d.session().date().orElse(LocalDate.MAX))
                        .thenComparing(d -> d.id().value()))
                .forEach(d -> found.addAll(gaps(place, d)));
        return found;
    }

    /** One deliberation's required columns left empty, as warnings (see {@link #gaps(Actor, TerritoryId)}). */
    static List<Problem> gaps(Territory territory, Deliberation d) {
        List<String> line = row(territory, d);
        List<Problem> found = new ArrayList<>();
        String act = d.object().isBlank() ? d.id().toString() : d.object();
        for (String column : REQUIRED) {
            if (line.get(COLUMNS.indexOf(column)).isBlank()) {
                found.add(new Problem("scdl.required." + column, List.of(act, territory.name()), Optional.empty(),
                        Problem.Severity.WARNING));
            }
        }
        return found;
    }

    /** One line, in the order of {@link #COLUMNS}. */
    static List<String> row(Territory territory, Deliberation d) {
        Optional<ActesId> actes = d.transmission().actesId();
        int members = d.membersInOffice().size();
        int tookPart = Math.max(0, d.voters() - d.vote().notTakingPart());
        return List.of(
                territory.name(),
                territory.facts().siret().map(Siret::value).orElse(""),
                actes.map(ActesId::internalNumber).orElse(d.id().toString()),
                text(d.session().date()),
                d.subject().map(Subject::code).orElse(""),
                d.subject().map(Subject::name).orElse(""),
                d.object(),
                "",
                "",
                actes.map(id -> "PREF" + id.department().threeCharacters()).orElse(""),
                text(d.transmission().date()),
                members == 0 ? "" : String.valueOf(members),
                tookPart == 0 ? "" : String.valueOf(tookPart),
                String.valueOf(d.vote().inFavour()),
                String.valueOf(d.vote().against()),
                String.valueOf(d.vote().abstentions()),
                d.publicationUrl().orElse(""));
    }

    private static String text(Optional<LocalDate> date) {
        return date.map(LocalDate::toString).orElse("");
    }
}
