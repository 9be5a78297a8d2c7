package io.github.clvss.core.csv;

import io.github.clvss.core.access.AccessPolicy;
import io.github.clvss.core.access.Actor;
import io.github.clvss.core.journal.Act;
import io.github.clvss.core.journal.Acts;
import io.github.clvss.core.access.Grant;
import io.github.clvss.core.access.TerritoryId;
import io.github.clvss.core.account.Account;
import io.github.clvss.core.account.AccountAdministration;
import io.github.clvss.core.account.AccountAdministration.Opening;
import io.github.clvss.core.account.Login;
import io.github.clvss.core.shared.EmailAddress;
import io.github.clvss.core.shared.InvalidInputException;
import io.github.clvss.core.shared.Language;
import io.github.clvss.core.shared.Parsed;
import io.github.clvss.core.shared.Problem;
import io.github.clvss.core.shared.Texts;
import io.github.clvss.core.shared.Validation;
import io.github.clvss.core.territory.InseeCode;
import io.github.clvss.core.territory.Siren;
import io.github.clvss.core.territory.Territory;
import io.github.clvss.core.territory.TerritoryAdministration;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Opens accounts from a spreadsheet, all or none. Columns (French or English headers):
 * {@code identifiant/login}, {@code nom/name}, {@code courriel/email}, {@code langue/language}
 * (fr, en), {@code role} (coordinateur, observateur, administrateur) and {@code territoire/territory}
 * (INSEE code or SIREN) for the roles that need one. Accounts open without a password: an
 * administrator sets one.
 */
public final class AccountsCsv {

    /** The columns the file may have. */
    public static final List<CsvImport.Column> COLUMNS = List.of(
            new CsvImport.Column("login", List.of("identifiant"), true),
            new CsvImport.Column("name", List.of("nom", "nom affiche"), true),
            new CsvImport.Column("email", List.of("courriel", "e-mail", "mail"), false),
            new CsvImport.Column("language", List.of("langue"), false),
            new CsvImport.Column("role", List.of("rôle"), false),
            new CsvImport.Column("territory", List.of("territoire"), false));

    private static final Pattern INDEX = Pattern.compile("\\[(\\d+)]\\.(\\w+)");

    private final AccountAdministration accounts;
    private final TerritoryAdministration territories;
    private final Acts acts;
    private final CsvImport.Limits limits;
    private final Clock clock;

    /**
     * @param accounts opens the accounts
     * @param territories finds the territories named in the file
     * @param acts refusals and their journal
     * @param limits the largest file accepted
     * @param clock the new accounts' ids
     */
    public AccountsCsv(AccountAdministration accounts, TerritoryAdministration territories, Acts acts, CsvImport.Limits limits,
            Clock clock) {
        this.accounts = Objects.requireNonNull(accounts, "accounts");
        this.territories = Objects.requireNonNull(territories, "territories");
        this.acts = Objects.requireNonNull(acts, "acts");
        this.limits = Objects.requireNonNull(limits, "limits");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Reads the file: the accounts it would open, or every problem with its line and column. Only
     * a platform administrator may import accounts: anyone else is refused, and journaled, before
     * the file is read.
     */
    public Parsed<List<CsvImport.Line<Opening>>> read(Actor actor, byte[] file, CsvImport.Progress progress) {
        acts.refuseUnless(AccessPolicy.administerPlatform(actor), actor, Act.general("account.import", "account"));
        return new CsvImport<>(COLUMNS, limits, row -> opening(actor, row)).read(file, progress);
    }

    /**
     * Opens the accounts read from a file, all or none. A login already taken is reported at
     * its line.
     */
    public Parsed<List<Account>> open(Actor actor, List<CsvImport.Line<Opening>> lines) {
        try {
            return Parsed.valid(accounts.openAll(actor, lines.stream().map(CsvImport.Line::value).toList()));
        } catch (InvalidInputException refused) {
            return Parsed.invalid(refused.problems().stream().map(p -> atLine(p, lines)).toList());
        }
    }

    private Parsed<Opening> opening(Actor actor, CsvRow row) {
        Validation check = new Validation();
        Optional<Login> login = check.take(Login.parse(row.value("login").orElse(""), row.path("login")));
        Optional<String> name = check.take(Texts.required(row.value("name").orElse(""), row.path("name"), Account.NAME_MAX));
        Optional<Optional<EmailAddress>> email = check.take(row.value("email")
                .map(raw -> EmailAddress.parse(raw, row.path("email")).map(Optional::of))
                .orElse(Parsed.valid(Optional.empty())));
        Optional<Language> language = check.take(language(row));
        Optional<Set<Grant>> grants = check.take(grants(actor, row));
        return check.build(() -> new Opening(Account.open(clock, login.orElseThrow(), name.orElseThrow(), email.orElseThrow(),
                language.orElseThrow(), grants.orElseThrow()), Optional.empty()));
    }

    private static Parsed<Language> language(CsvRow row) {
        return switch (row.value("language").orElse("fr").toLowerCase(Locale.ROOT)) {
            case "fr", "français", "francais", "french" -> Parsed.valid(Language.FR);
            case "en", "anglais", "english" -> Parsed.valid(Language.EN);
            default -> Parsed.invalid(Problem.error("csv.language.unknown", row.path("language"), row.value("language").orElseThrow()));
        };
    }

    private Parsed<Set<Grant>> grants(Actor actor, CsvRow row) {
        Optional<String> role = row.value("role").map(r -> r.toLowerCase(Locale.ROOT));
        if (role.isEmpty()) {
            return Parsed.valid(Set.of());
        }
        if (Set.of("administrateur", "administratrice", "administrator", "admin").contains(role.get())) {
            return Parsed.valid(Set.of(Grant.platformAdministrator()));
        }
        boolean coordinator = Set.of("coordinateur", "coordinatrice", "coordinator").contains(role.get());
        boolean observer = Set.of("observateur", "observatrice", "observer").contains(role.get());
        if (!coordinator && !observer) {
            return Parsed.invalid(Problem.error("csv.role.unknown", row.path("role"), row.value("role").orElseThrow()));
        }
        return territory(actor, row).map(t -> Set.of(coordinator ? Grant.coordinator(t) : Grant.observer(t)));
    }

    private Parsed<TerritoryId> territory(Actor actor, CsvRow row) {
        String path = row.path("territory");
        Optional<String> raw = row.value("territory");
        if (raw.isEmpty()) {
            return Parsed.invalid(Problem.error("csv.territory.required", path, row.value("role").orElseThrow()));
        }
        Optional<Territory> found = InseeCode.parse(raw.get(), path).asOptional()
                .flatMap(code -> territories.findByInseeCode(actor, code))
                .or(() -> Siren.parse(raw.get(), path).asOptional().flatMap(siren -> territories.findBySiren(actor, siren)));
        return found.map(t -> Parsed.valid(t.id()))
                .orElseGet(() -> Parsed.invalid(Problem.error("csv.territory.unknown", path, raw.get())));
    }

    private static Problem atLine(Problem problem, List<CsvImport.Line<Opening>> lines) {
        Matcher index = INDEX.matcher(problem.path().orElse(""));
        if (!index.matches()) {
            return problem;
        }
        int line = lines.get(Integer.parseInt(index.group(1))).number();
        return new Problem(problem.code(), problem.arguments(), Optional.of(CsvImport.path(line, index.group(2))),
                problem.severity());
    }
}
