package io.github.clvss.core.csv;

import io.github.clvss.core.access.Actor;

import io.github.clvss.core.contract.ContractId;
import io.github.clvss.core.institution.InstitutionDirectory;
import io.github.clvss.core.partner.Partner;
import io.github.clvss.core.partner.PartnerRegister;
import io.github.clvss.core.partner.Referent;
import io.github.clvss.core.partner.ReferentDetails;
import io.github.clvss.core.partner.ReferentRegister;
import io.github.clvss.core.shared.EmailAddress;
import io.github.clvss.core.shared.PageRequest;
import io.github.clvss.core.shared.Parsed;
import io.github.clvss.core.shared.PhoneNumber;
import io.github.clvss.core.shared.Problem;
import io.github.clvss.core.shared.Provenance;
import io.github.clvss.core.shared.Texts;
import io.github.clvss.core.shared.Validation;
import java.text.Normalizer;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

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

    private final PartnerRegister partners;
    private final InstitutionDirectory institutions;
    private final ReferentRegister referents;
    private final Clock clock;

    /**
     * @param partners the contract's partners
     * @param institutions to match partners by their institution's name
     * @param referents appoints the référents
     * @param clock the new records' ids
     */
    public ReferentsCsv(PartnerRegister partners, InstitutionDirectory institutions, ReferentRegister referents, Clock clock) {
        this.partners = Objects.requireNonNull(partners, "partners");
        this.institutions = Objects.requireNonNull(institutions, "institutions");
        this.referents = Objects.requireNonNull(referents, "referents");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Reads the file for a contract: the référents it would appoint, or every problem with its line and column. */
    public Parsed<List<CsvImport.Line<Referent>>> read(Actor actor, ContractId contract, byte[] file, CsvImport.Progress progress) {
        Map<String, Partner> byKey = new HashMap<>();
        for (Partner partner : PageRequest.readAll(page -> partners.list(actor, contract, page))) {
            byKey.put(partner.id().toString(), partner);
            byKey.put(key(institutions.find(actor, partner.institution()).name()), partner);
        }
        return new CsvImport<>(COLUMNS, row -> referent(row, byKey)).read(file, progress);
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
