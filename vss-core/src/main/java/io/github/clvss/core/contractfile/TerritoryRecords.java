package io.github.clvss.core.contractfile;

import io.github.clvss.core.access.TerritoryId;
import io.github.clvss.core.contractfile.FileRecords.PopulationV1;
import io.github.clvss.core.contractfile.FileRecords.TerritoryV1;
import io.github.clvss.core.shared.Parsed;
import io.github.clvss.core.shared.Problem;
import io.github.clvss.core.shared.Provenance;
import io.github.clvss.core.shared.Texts;
import io.github.clvss.core.shared.Validation;
import io.github.clvss.core.territory.DepartmentCode;
import io.github.clvss.core.territory.InseeCode;
import io.github.clvss.core.territory.Population;
import io.github.clvss.core.territory.Siren;
import io.github.clvss.core.territory.Siret;
import io.github.clvss.core.territory.Territory;
import io.github.clvss.core.territory.TerritoryFacts;
import io.github.clvss.core.territory.TerritoryKind;
import java.time.DateTimeException;
import java.time.Year;
import java.time.ZoneId;
import java.util.Optional;

/** The territory's section of the contract file: its record read and written. */
final class TerritoryRecords {

    private TerritoryRecords() {
    }

    static Parsed<Territory> territory(TerritoryV1 t, String path) {
        Validation check = new Validation();
        Optional<TerritoryId> id = check.take(TerritoryId.parse(t.id(), path + ".id"));
        TerritoryKind kind = TerritoryKind.valueOf(t.kind());
        Optional<String> name = check.take(Texts.required(t.name(), path + ".name", TerritoryFacts.NAME_MAX));
        Optional<Optional<InseeCode>> insee = check.take(FileValues.optional(t.inseeCode(), raw -> InseeCode.parse(raw, path + ".inseeCode")));
        Optional<DepartmentCode> department = check.take(DepartmentCode.parse(t.department(), path + ".department"));
        Optional<Siren> siren = check.take(Siren.parse(t.siren(), path + ".siren"));
        Optional<Optional<Siret>> siret = check.take(FileValues.optional(t.siret(), raw -> Siret.parse(raw, path + ".siret")));
        Optional<Optional<Population>> population = check.take(FileValues.optional(t.population(), p -> population(p, path + ".population")));
        Optional<ZoneId> zone = check.take(zone(t.timeZone(), path + ".timeZone"));
        Provenance provenance = Provenance.valueOf(t.provenance());
        if (name.isPresent() && insee.isPresent() && department.isPresent() && siren.isPresent() && siret.isPresent()) {
            check.addAll(TerritoryFacts.inconsistencies(kind, name.get(), insee.get(), department.get(), siren.get(),
                    siret.get(), path));
        }
        return check.build(() -> new Territory(id.orElseThrow(), 0, new TerritoryFacts(kind, name.orElseThrow(),
                insee.orElseThrow(), department.orElseThrow(), siren.orElseThrow(), siret.orElseThrow(),
                population.orElseThrow(), zone.orElseThrow()), provenance));
    }

    static Parsed<Population> population(PopulationV1 p, String path) {
        return Population.invalid(p.inhabitants(), p.year(), Optional.of(path)).<Parsed<Population>>map(problem -> Parsed.invalid(problem))
                .orElseGet(() -> Parsed.valid(new Population(p.inhabitants(), Year.of(p.year()))));
    }

    static Parsed<ZoneId> zone(String raw, String path) {
        try {
            ZoneId zone = ZoneId.of(raw);
            if (zone.getId().contains("/")) {
                return Parsed.valid(zone);
            }
        } catch (DateTimeException e) {
            // reported below
        }
        return Parsed.invalid(Problem.error("timezone.unknown", path, raw));
    }

    static TerritoryV1 territory(Territory territory) {
        TerritoryFacts f = territory.facts();
        return new TerritoryV1(
                territory.id().toString(),
                f.kind().name(),
                f.name(),
                f.inseeCode().map(InseeCode::value).orElse(null),
                f.department().value(),
                f.siren().value(),
                f.siret().map(Siret::value).orElse(null),
                f.population().map(p -> new PopulationV1(p.inhabitants(), p.year().getValue())).orElse(null),
                f.timeZone().getId(),
                territory.provenance().name());
    }
}
