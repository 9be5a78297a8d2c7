package io.github.clvss.core.contractfile;

import io.github.clvss.core.access.TerritoryId;
import io.github.clvss.core.contractfile.FileRecords.ResourceV1;
import io.github.clvss.core.resource.Audience;
import io.github.clvss.core.resource.Resource;
import io.github.clvss.core.resource.ResourceId;
import io.github.clvss.core.resource.ResourceKind;
import io.github.clvss.core.resource.ResourceScope;
import io.github.clvss.core.shared.Language;
import io.github.clvss.core.shared.PhoneNumber;
import io.github.clvss.core.shared.Verification;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import io.github.clvss.core.shared.Parsed;
import io.github.clvss.core.shared.Problem;
import io.github.clvss.core.shared.Provenance;
import io.github.clvss.core.shared.Validation;
import io.github.clvss.core.territory.DepartmentCode;
import io.github.clvss.core.territory.Territory;
import java.util.Optional;
import java.util.Set;

/** The useful addresses' section of the contract file: the territory's own resources, read and written. */
final class ResourceRecords {

    private ResourceRecords() {
    }

    static Parsed<Resource> resource(ResourceV1 r, Optional<Territory> territory, TerritoryId owner, String path) {
        Validation check = new Validation();
        Optional<ResourceId> id = check.take(ResourceId.parse(r.id(), path + ".id"));
        ResourceScope scope = ResourceScope.valueOf(r.scope());
        if (scope == ResourceScope.NATIONAL) {
            check.add(Problem.error("file.resource.national", path + ".scope"));
        }
        Optional<DepartmentCode> department = check.take(DepartmentCode.parse(r.department(), path + ".department"));
        if (territory.isPresent() && department.isPresent() && !department.get().equals(territory.get().facts().department())) {
            check.add(Problem.error("file.resource.department", path + ".department", department.get(),
                    territory.get().facts().department()));
        }
        Map<Language, String> description = new EnumMap<>(Language.class);
        r.description().forEach((language, text) -> description.put(Language.valueOf(language), text));
        Optional<Optional<PhoneNumber>> phone = check.take(FileValues.optional(r.phone(), raw -> PhoneNumber.parse(raw, path + ".phone")));
        Optional<Optional<PhoneNumber>> sms = check.take(FileValues.optional(r.sms(), raw -> PhoneNumber.parse(raw, path + ".sms")));
        Optional<Verification> verified = check.take(FileValues.verification(r.verified(), path + ".verified"));
        Optional<TerritoryId> place = scope == ResourceScope.LOCAL ? Optional.of(owner) : Optional.empty();
        if (phone.isPresent() && sms.isPresent() && department.isPresent() && scope != ResourceScope.NATIONAL) {
            check.addAll(Resource.inconsistencies(scope, department, place, r.name(), description, phone.get(), sms.get(),
                    Optional.ofNullable(r.web()), Optional.ofNullable(r.address()), path));
        }
        Set<Audience> audiences = EnumSet.noneOf(Audience.class);
        r.audiences().forEach(a -> audiences.add(Audience.valueOf(a)));
        return check.build(() -> new Resource(id.orElseThrow(), 0, scope, department, place, ResourceKind.valueOf(r.kind()),
                r.name(), description, phone.orElseThrow(), sms.orElseThrow(), Optional.ofNullable(r.web()),
                Optional.ofNullable(r.address()), Optional.ofNullable(r.hours()), Optional.ofNullable(r.languages()),
                Optional.ofNullable(r.accessibility()), r.free(), r.anonymous(), audiences, verified.orElseThrow(),
                Provenance.valueOf(r.provenance())));
    }

    static ResourceV1 resource(Resource r) {
        java.util.TreeMap<String, String> description = new java.util.TreeMap<>();
        r.description().forEach((language, text) -> description.put(language.name(), text));
        return new ResourceV1(r.id().toString(), r.scope().name(), r.department().map(DepartmentCode::value).orElseThrow(),
                r.kind().name(), r.name(), description, r.phone().map(PhoneNumber::value).orElse(null),
                r.sms().map(PhoneNumber::value).orElse(null), r.web().orElse(null), r.address().orElse(null),
                r.hours().orElse(null), r.languages().orElse(null), r.accessibility().orElse(null), r.free(), r.anonymous(),
                r.audiences().stream().map(Enum::name).sorted().toList(), FileValues.verified(r.verified()), r.provenance().name());
    }
}
