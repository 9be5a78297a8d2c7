package io.github.clvss.core.csv;

import io.github.clvss.core.access.AccessDecision;
import io.github.clvss.core.access.AccessPolicy;
import io.github.clvss.core.access.Actor;
import io.github.clvss.core.access.TerritoryId;
import io.github.clvss.core.contract.ContractManagement;
import io.github.clvss.core.journal.Act;
import io.github.clvss.core.journal.Acts;

import io.github.clvss.core.contract.ContractId;
import io.github.clvss.core.institution.InstitutionDirectory;
import io.github.clvss.core.partner.Partner;
import io.github.clvss.core.access.PartnerId;
import io.github.clvss.core.partner.PartnerRegister;
import io.github.clvss.core.partner.Referent;
import io.github.clvss.core.partner.ReferentDetails;
import io.github.clvss.core.partner.ReferentQuery;
import io.github.clvss.core.partner.ReferentRegister;
import io.github.clvss.core.shared.EmailAddress;
import io.github.clvss.core.shared.PageRequest;
import io.github.clvss.core.shared.Parsed;
import io.github.clvss.core.shared.PhoneNumber;
import io.github.clvss.core.shared.Problem;
import io.github.clvss.core.shared.Provenance;
import io.github.clvss.core.shared.Texts;
import io.github.clvss.core.shared.Validation;
import java.io.Writer;
import java.text.Normalizer;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Appoints référents from a spreadsheet, all or none. Columns (French or English headers):
 * {@code partenaire/partner} (the institution's name as in vss, or the partner's id),
 * {@code nom/name}, {@code fonction/function}, {@code téléphone/phone}, {@code courriel/email},
 * {@code disponibilité/availability}, {@code début/from} (JJ/MM/AAAA or AAAA-MM-JJ),
 * {@code principal/main} (oui/non).
 */
public final class ReferentsCsv {

    /** The columns the file may have. */
    public static final List<CsvImport.Column> COLUMNS = List.of(
            new CsvImport.Column("partner", List.of("partenaire", "institution"), true),
            new CsvImport.Column("name", List.of("nom"), true),
            new CsvImport.Column("function", List.of("fonction"), true),
            new CsvImport.Column("phone", List.of("téléphone", "telephone", "tel"), false),
            new CsvImport.Column("email", List.of("courriel", "e-mail", "mail"), false),
            new CsvImport.Column("availability", List.of("disponibilité", "disponibilite"), false),
            new CsvImport.Column("from", List.of("début", "debut", "depuis"), false),
            new CsvImport.Column("main", List.of("principal", "contact principal"), false));

    private final ContractManagement contracts;
    private final PartnerRegister partners;
    private final InstitutionDirectory institutions;
    private final ReferentRegister referents;
    private final Acts acts;
    private final CsvImport.Limits limits;
    private final Clock clock;

    /**
     * @param contracts the contract's territory
     * @param partners the contract's partners
     * @param institutions to match partners by their institution's name
     * @param referents appoints the référents
     * @param acts refusals and their journal
     * @param limits the largest file accepted
     * @param clock the new records' ids
     */
    public ReferentsCsv(ContractManagement contracts, PartnerRegister partners, InstitutionDirectory institutions,
            ReferentRegister referents, Acts acts, CsvImport.Limits limits, Clock clock) {
        this.contracts = Objects.requireNonNull(contracts, "contracts");
        this.partners = Objects.requireNonNull(partners, "partners");
        this.institutions = Objects.requireNonNull(institutions, "institutions");
        this.referents = Objects.requireNonNull(referents, "referents");
        this.acts = Objects.requireNonNull(acts, "acts");
        this.limits = Objects.requireNonNull(limits, "limits");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Reads the file for a contract: the référents it would appoint, or every problem with its
     * line and column. Who may import is checked before the file is read: the territory's
     * coordinator for every partner, a partner's user for their own partner only (a line naming
     * another partner is refused at its line, and the refusal journaled); anyone else is refused
     * and journaled.
     */
    public Parsed<List<CsvImport.Line<Referent>>> read(Actor actor, ContractId contract, byte[] file, CsvImport.Progress progress) {
        TerritoryId territory = contracts.find(actor, contract).territory();
        Act act = Act.onTerritory("referent.import", "referent", territory);
        Map<String, Partner> byKey = new HashMap<>();
        List<String> own = new ArrayList<>();
        Set<PartnerId> allowed = new HashSet<>();
        for (Partner partner : PageRequest.readAll(page -> partners.list(actor, contract, page), x -> x.id().value())) {
            String name = institutions.find(actor, partner.institution()).name();
            byKey.put(partner.id().toString(), partner);
            byKey.put(key(name), partner);
            if (AccessPolicy.changePartner(actor, territory, partner.id()) instanceof AccessDecision.Allowed) {
                allowed.add(partner.id());
                own.add(name);
            }
        }
        if (allowed.isEmpty()) {
            acts.refuseUnless(AccessPolicy.changeTerritory(actor, territory), actor, act);
        }
        boolean everyPartner = AccessPolicy.changeTerritory(actor, territory) instanceof AccessDecision.Allowed;
        Set<Integer> refusedLines = new HashSet<>();
        Parsed<List<CsvImport.Line<Referent>>> read = new CsvImport<>(COLUMNS, limits, row -> {
            Parsed<Referent> referent = referent(row, byKey);
            if (!everyPartner && referent.isValid() && !allowed.contains(referent.orElseThrow().partner())) {
                refusedLines.add(row.line());
                return Parsed.invalid(Problem.error("csv.partner.not-yours", row.path("partner"), row.value("partner").orElse(""),
                        String.join(", ", own)));
            }
            return referent;
        }).read(file, progress);
        if (!refusedLines.isEmpty()) {
            acts.recordRefusal(actor, act, AccessPolicy.PARTNER_ONLY);
        }
        return read;
    }

    /** The columns of the référents export, in their order (French headers, as the import reads them). */
    public static final List<CsvWriter.Column> EXPORT_COLUMNS = List.of(
            new CsvWriter.Column("partenaire", CsvWriter.Kind.TEXT),
            new CsvWriter.Column("nom", CsvWriter.Kind.TEXT),
            new CsvWriter.Column("fonction", CsvWriter.Kind.TEXT),
            // a checked number in its French display form: vss's own writing
            new CsvWriter.Column("téléphone", CsvWriter.Kind.CODE),
            new CsvWriter.Column("courriel", CsvWriter.Kind.TEXT),
            new CsvWriter.Column("disponibilité", CsvWriter.Kind.TEXT),
            new CsvWriter.Column("début", CsvWriter.Kind.DATE),
            new CsvWriter.Column("fin", CsvWriter.Kind.DATE),
            new CsvWriter.Column("principal", CsvWriter.Kind.CODE));

    /**
     * Writes every référent matching {@code query} as a spreadsheet ({@link CsvWriter#spreadsheet}):
     * an export of personal data, journaled whoever makes it.
     */
    public void export(Actor actor, ReferentQuery query, Writer out) {
        Map<PartnerId, String> names = new HashMap<>();
        try (CsvWriter csv = CsvWriter.spreadsheet(out, EXPORT_COLUMNS)) {
            referents.exportEach(actor, query, r -> {
                String partner = names.computeIfAbsent(r.partner(),
                        id -> institutions.find(actor, partners.find(actor, id).institution()).name());
                Optional<ReferentDetails> d = r.details();
                csv.row(List.of(partner, d.map(ReferentDetails::name).orElse(""), d.map(ReferentDetails::function).orElse(""),
                        d.flatMap(ReferentDetails::phone).map(PhoneNumber::display).orElse(""),
                        d.flatMap(ReferentDetails::email).map(EmailAddress::value).orElse(""),
                        d.flatMap(ReferentDetails::availability).orElse(""), r.from().map(LocalDate::toString).orElse(""),
                        r.until().map(LocalDate::toString).orElse(""), r.main() ? "oui" : "non"));
            });
        }
    }

    /** Appoints the référents read from a file, all or none. */
    public List<Referent> appoint(Actor actor, List<CsvImport.Line<Referent>> lines) {
        return referents.appointAll(actor, lines.stream().map(CsvImport.Line::value).toList());
    }

    private Parsed<Referent> referent(CsvRow row, Map<String, Partner> partnersByKey) {
        Validation check = new Validation();
        String partnerText = row.value("partner").orElse("");
        Optional<Partner> partner = Optional.ofNullable(partnersByKey.get(partnerText.strip()))
                .or(() -> Optional.ofNullable(partnersByKey.get(key(partnerText))));
        if (partner.isEmpty()) {
            check.add(Problem.error("csv.partner.unknown", row.path("partner"), partnerText));
        }
        Optional<String> name = check.take(Texts.required(row.value("name").orElse(""), row.path("name"), ReferentDetails.NAME_MAX));
        Optional<String> function = check.take(Texts.required(row.value("function").orElse(""), row.path("function"),
                ReferentDetails.TEXT_MAX));
        Optional<Optional<PhoneNumber>> phone = check.take(PhoneNumber.parseOptional(row.value("phone"), row.path("phone")));
        Optional<Optional<EmailAddress>> email = check.take(row.value("email")
                .map(raw -> EmailAddress.parse(raw, row.path("email")).map(Optional::of)).orElse(Parsed.valid(Optional.empty())));
        Optional<Optional<LocalDate>> from = check.take(row.value("from").map(raw -> date(raw, row.path("from")).map(Optional::of))
                .orElse(Parsed.valid(Optional.empty())));
        Optional<Boolean> main = check.take(yesNo(row, "main"));
        return check.build(() -> Referent.appoint(clock, partner.orElseThrow().id(), partner.orElseThrow().territory(),
                new ReferentDetails(name.orElseThrow(), function.orElseThrow(), phone.orElseThrow(), email.orElseThrow(),
                        row.value("availability")), from.orElseThrow(), main.orElseThrow(), Provenance.ENTERED));
    }

    static Parsed<Boolean> yesNo(CsvRow row, String column) {
        return switch (row.value(column).orElse("non").toLowerCase(Locale.ROOT)) {
            case "oui", "o", "yes", "y", "1", "vrai", "true", "x" -> Parsed.valid(true);
            case "non", "n", "no", "0", "faux", "false" -> Parsed.valid(false);
            default -> Parsed.invalid(Problem.error("csv.yes-no", row.path(column), row.value(column).orElseThrow()));
        };
    }

    static Parsed<LocalDate> date(String raw, String path) {
        for (DateTimeFormatter format : List.of(DateTimeFormatter.ISO_LOCAL_DATE, DateTimeFormatter.ofPattern("dd/MM/uuuu"))) {
            try {
                return Parsed.valid(LocalDate.parse(raw.strip(), format));
            } catch (DateTimeParseException e) {
                // the next format, else refused below
            }
        }
        return Parsed.invalid(Problem.error("csv.date", path, raw));
    }

    /** A name compared without case, accents, or punctuation: "Centre hospitalier Ambroise-Paré" ~ "centre hospitalier ambroise pare". */
    static String key(String name) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").strip();
    }

}
