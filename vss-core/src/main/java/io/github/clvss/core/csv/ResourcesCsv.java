package io.github.clvss.core.csv;

import io.github.clvss.core.access.AccessPolicy;
import io.github.clvss.core.access.Actor;
import io.github.clvss.core.journal.Act;
import io.github.clvss.core.journal.Acts;
import io.github.clvss.core.access.TerritoryId;
import io.github.clvss.core.resource.Audience;
import io.github.clvss.core.resource.Resource;
import io.github.clvss.core.resource.ResourceId;
import io.github.clvss.core.resource.ResourceKind;
import io.github.clvss.core.resource.ResourceRegistry;
import io.github.clvss.core.resource.ResourceScope;
import io.github.clvss.core.shared.Language;
import io.github.clvss.core.shared.Parsed;
import io.github.clvss.core.shared.PhoneNumber;
import io.github.clvss.core.shared.Problem;
import io.github.clvss.core.shared.Provenance;
import io.github.clvss.core.shared.Texts;
import io.github.clvss.core.shared.Validation;
import io.github.clvss.core.shared.Verification;
import io.github.clvss.core.territory.Territory;
import io.github.clvss.core.territory.TerritoryAdministration;
import java.time.Clock;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Adds a territory's useful addresses from a spreadsheet, all or none. Columns (French or
 * English headers): {@code nom/name}, {@code portée/scope} (local, départemental),
 * {@code type/kind}, {@code description} (French), {@code description_en}, {@code téléphone/phone},
 * {@code sms}, {@code site/web}, {@code adresse/address}, {@code horaires/hours},
 * {@code langues/languages}, {@code accessibilité/accessibility}, {@code gratuit/free},
 * {@code anonyme/anonymous}, {@code public/audiences} (victimes, proches, enfants,
 * professionnels, separated by commas).
 */
public final class ResourcesCsv {

    /** The columns the file may have. */
    public static final List<CsvImport.Column> COLUMNS = List.of(
            new CsvImport.Column("name", List.of("nom"), true),
            new CsvImport.Column("scope", List.of("portée", "portee"), false),
            new CsvImport.Column("kind", List.of("type"), true),
            new CsvImport.Column("description", List.of(), true),
            new CsvImport.Column("description_en", List.of("description anglais"), false),
            new CsvImport.Column("phone", List.of("téléphone", "telephone", "tel"), false),
            new CsvImport.Column("sms", List.of(), false),
            new CsvImport.Column("web", List.of("site", "site web"), false),
            new CsvImport.Column("address", List.of("adresse"), false),
            new CsvImport.Column("hours", List.of("horaires"), false),
            new CsvImport.Column("languages", List.of("langues"), false),
            new CsvImport.Column("accessibility", List.of("accessibilité", "accessibilite"), false),
            new CsvImport.Column("free", List.of("gratuit"), false),
            new CsvImport.Column("anonymous", List.of("anonyme"), false),
            new CsvImport.Column("audiences", List.of("public"), false));

    private static final Map<String, ResourceKind> KINDS = Map.ofEntries(
            Map.entry("urgence", ResourceKind.EMERGENCY), Map.entry("ecoute", ResourceKind.LISTENING),
            Map.entry("protection de l enfance", ResourceKind.CHILD_PROTECTION), Map.entry("hebergement", ResourceKind.ACCOMMODATION),
            Map.entry("aide aux victimes", ResourceKind.VICTIM_SUPPORT), Map.entry("juridique", ResourceKind.LEGAL),
            Map.entry("sante", ResourceKind.HEALTH), Map.entry("police", ResourceKind.POLICE),
            Map.entry("information", ResourceKind.INFORMATION), Map.entry("autre", ResourceKind.OTHER));
    private static final Map<String, Audience> AUDIENCES = Map.of("victimes", Audience.VICTIMS, "proches", Audience.RELATIVES,
            "enfants", Audience.CHILDREN, "professionnels", Audience.PROFESSIONALS);

    private final ResourceRegistry resources;
    private final TerritoryAdministration territories;
    private final Acts acts;
    private final CsvImport.Limits limits;
    private final Clock clock;

    /**
     * @param resources adds the resources
     * @param territories the territory and its département
     * @param acts refusals and their journal
     * @param limits the largest file accepted
     * @param clock the new records' ids and verification
     */
    public ResourcesCsv(ResourceRegistry resources, TerritoryAdministration territories, Acts acts, CsvImport.Limits limits,
            Clock clock) {
        this.resources = Objects.requireNonNull(resources, "resources");
        this.territories = Objects.requireNonNull(territories, "territories");
        this.acts = Objects.requireNonNull(acts, "acts");
        this.limits = Objects.requireNonNull(limits, "limits");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Reads the file for a territory: the resources it would add, or every problem with its line
     * and column. Only the territory's coordinator may import: anyone else is refused, and
     * journaled, before the file is read.
     */
    public Parsed<List<CsvImport.Line<Resource>>> read(Actor actor, TerritoryId territory, byte[] file, CsvImport.Progress progress) {
        acts.refuseUnless(AccessPolicy.changeTerritory(actor, territory), actor,
                Act.onTerritory("resource.import", "resource", territory));
        Territory place = territories.find(actor, territory);
        return new CsvImport<>(COLUMNS, limits, row -> resource(actor, place, row)).read(file, progress);
    }

    /** The open-data columns, in their documented order ({@code docs/open-data.md}), with what each holds. */
    public static final List<CsvWriter.Column> OPEN_DATA_COLUMNS = List.of(
            new CsvWriter.Column("id", CsvWriter.Kind.CODE),
            new CsvWriter.Column("scope", CsvWriter.Kind.CODE),
            new CsvWriter.Column("department", CsvWriter.Kind.CODE),
            new CsvWriter.Column("kind", CsvWriter.Kind.CODE),
            new CsvWriter.Column("name", CsvWriter.Kind.TEXT),
            new CsvWriter.Column("description_fr", CsvWriter.Kind.TEXT),
            new CsvWriter.Column("description_en", CsvWriter.Kind.TEXT),
            new CsvWriter.Column("phone", CsvWriter.Kind.PHONE),
            new CsvWriter.Column("sms", CsvWriter.Kind.PHONE),
            new CsvWriter.Column("web", CsvWriter.Kind.LINK),
            new CsvWriter.Column("address", CsvWriter.Kind.TEXT),
            new CsvWriter.Column("hours", CsvWriter.Kind.TEXT),
            new CsvWriter.Column("languages", CsvWriter.Kind.TEXT),
            new CsvWriter.Column("accessibility", CsvWriter.Kind.TEXT),
            new CsvWriter.Column("free", CsvWriter.Kind.CODE),
            new CsvWriter.Column("anonymous", CsvWriter.Kind.CODE),
            new CsvWriter.Column("audiences", CsvWriter.Kind.CODE),
            new CsvWriter.Column("verified_at", CsvWriter.Kind.DATE));

    /**
     * One resource as open data, by column name ({@link #OPEN_DATA_COLUMNS}): exact values, typed
     * (booleans as booleans), an unknown value absent. The JSON open data is this map as it is.
     */
    public static Map<String, Object> openData(Resource r) {
        Map<String, Object> row = new java.util.LinkedHashMap<>();
        row.put("id", r.id().toString());
        row.put("scope", r.scope().name());
        r.department().ifPresent(d -> row.put("department", d.value()));
        row.put("kind", r.kind().name());
        row.put("name", r.name());
        row.put("description_fr", r.description().getOrDefault(Language.FR, ""));
        Optional.ofNullable(r.description().get(Language.EN)).ifPresent(text -> row.put("description_en", text));
        r.phone().map(PhoneNumber::value).ifPresent(p -> row.put("phone", p));
        r.sms().map(PhoneNumber::value).ifPresent(p -> row.put("sms", p));
        r.web().ifPresent(w -> row.put("web", w));
        r.address().ifPresent(a -> row.put("address", a));
        r.hours().ifPresent(h -> row.put("hours", h));
        r.languages().ifPresent(l -> row.put("languages", l));
        r.accessibility().ifPresent(a -> row.put("accessibility", a));
        row.put("free", r.free());
        row.put("anonymous", r.anonymous());
        row.put("audiences", String.join(",", r.audiences().stream().map(Enum::name).sorted().toList()));
        row.put("verified_at", r.verified().at().toString());
        return row;
    }

    /** Writes resources as an open-data CSV file ({@link CsvWriter#openData}), one line each in the given order. */
    public static void openData(List<Resource> all, java.io.Writer out) {
        try (CsvWriter csv = CsvWriter.openData(out, OPEN_DATA_COLUMNS)) {
            for (Resource resource : all) {
                Map<String, Object> row = openData(resource);
                csv.row(OPEN_DATA_COLUMNS.stream().map(c -> String.valueOf(row.getOrDefault(c.name(), ""))).toList());
            }
        }
    }

    /** Adds the resources read from a file, all or none. */
    public List<Resource> add(Actor actor, List<CsvImport.Line<Resource>> lines) {
        return resources.addAll(actor, lines.stream().map(CsvImport.Line::value).toList());
    }

    private Parsed<Resource> resource(Actor actor, Territory territory, CsvRow row) {
        Validation check = new Validation();
        Optional<String> name = check.take(Texts.required(row.value("name").orElse(""), row.path("name"), Resource.NAME_MAX));
        ResourceScope scope = switch (ReferentsCsv.key(row.value("scope").orElse("local"))) {
            case "local", "locale", "communal", "communale" -> ResourceScope.LOCAL;
            case "departemental", "departementale" -> ResourceScope.DEPARTMENTAL;
            default -> {
                check.add(Problem.error("csv.scope.unknown", row.path("scope"), row.value("scope").orElseThrow()));
                yield ResourceScope.LOCAL;
            }
        };
        Optional<ResourceKind> kind = Optional.ofNullable(KINDS.get(ReferentsCsv.key(row.value("kind").orElse(""))))
                .or(() -> kindByName(row.value("kind").orElse("")));
        if (kind.isEmpty()) {
            check.add(Problem.error("csv.kind.unknown", row.path("kind"), row.value("kind").orElse(""), String.join(", ",
                    KINDS.keySet().stream().sorted().toList())));
        }
        Map<Language, String> description = new EnumMap<>(Language.class);
        check.take(Texts.required(row.value("description").orElse(""), row.path("description"), Resource.TEXT_MAX))
                .ifPresent(text -> description.put(Language.FR, text));
        row.value("description_en").ifPresent(text -> description.put(Language.EN, text));
        Optional<Optional<PhoneNumber>> phone = check.take(PhoneNumber.parseOptional(row.value("phone"), row.path("phone")));
        Optional<Optional<PhoneNumber>> sms = check.take(PhoneNumber.parseOptional(row.value("sms"), row.path("sms")));
        Optional<Boolean> free = check.take(ReferentsCsv.yesNo(row, "free"));
        Optional<Boolean> anonymous = check.take(ReferentsCsv.yesNo(row, "anonymous"));
        Set<Audience> audiences = EnumSet.noneOf(Audience.class);
        for (String audience : row.value("audiences").orElse("").split("[,;|]")) {
            if (!audience.isBlank()) {
                Optional.ofNullable(AUDIENCES.get(ReferentsCsv.key(audience))).ifPresentOrElse(audiences::add,
                        () -> check.add(Problem.error("csv.audience.unknown", row.path("audiences"), audience.strip())));
            }
        }
        Optional<TerritoryId> place = scope == ResourceScope.LOCAL ? Optional.of(territory.id()) : Optional.empty();
        if (name.isPresent() && phone.isPresent() && sms.isPresent()) {
            Resource.inconsistencies(scope, Optional.of(territory.facts().department()), place, name.get(), description,
                    phone.get(), sms.get(), row.value("web"), row.value("address"), "").stream()
                    .filter(p -> !p.code().equals("resource.description.french"))
                    .map(p -> new Problem(p.code(), p.arguments(), Optional.of(row.path(column(p))), p.severity()))
                    .forEach(check::add);
        }
        return check.build(() -> new Resource(ResourceId.next(clock), 0, scope, Optional.of(territory.facts().department()),
                place, kind.orElseThrow(), name.orElseThrow(), description, phone.orElseThrow(), sms.orElseThrow(),
                row.value("web"), row.value("address"), row.value("hours"), row.value("languages"), row.value("accessibility"),
                free.orElseThrow(), anonymous.orElseThrow(), audiences, Verification.now(clock, actor.id()), Provenance.ENTERED));
    }

    private static Optional<ResourceKind> kindByName(String raw) {
        try {
            return Optional.of(ResourceKind.valueOf(raw.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The CSV column a domain rule's path points at ({@code .web} → {@code web}); the whole line otherwise. */
    private static String column(Problem problem) {
        String path = problem.path().orElse("");
        return path.startsWith(".") ? path.substring(1) : "";
    }
}
