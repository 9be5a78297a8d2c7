package io.github.clvss.core.internal.persistence;

import static io.github.clvss.core.internal.persistence.schema.Tables.VSS_RESOURCE;
import static io.github.clvss.core.internal.persistence.schema.Tables.VSS_RESOURCE_TEXT;

import io.github.clvss.core.access.TerritoryId;
import io.github.clvss.core.internal.persistence.schema.Indexes;
import io.github.clvss.core.internal.persistence.schema.tables.records.VssResourceRecord;
import io.github.clvss.core.internal.persistence.schema.tables.records.VssResourceTextRecord;
import io.github.clvss.core.resource.Audience;
import io.github.clvss.core.resource.Resource;
import io.github.clvss.core.resource.ResourceId;
import io.github.clvss.core.resource.ResourceKind;
import io.github.clvss.core.resource.ResourceScope;
import io.github.clvss.core.resource.Resources;
import io.github.clvss.core.shared.Language;
import io.github.clvss.core.shared.PageRequest;
import io.github.clvss.core.shared.PhoneNumber;
import io.github.clvss.core.shared.Provenance;
import io.github.clvss.core.shared.Verification;
import io.github.clvss.core.territory.DepartmentCode;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jooq.Condition;
import org.jooq.DSLContext;

/** Resources in {@code vss_resource}, their descriptions per language in {@code vss_resource_text}. */
final class JooqResources implements Resources {

    private final DSLContext db;

    JooqResources(DSLContext db) {
        this.db = db;
    }

    @Override
    public Resource add(Resource resource) {
        Resource stored = withVersion(resource, 1);
        db.executeInsert(record(stored));
        insertTexts(stored);
        return stored;
    }

    @Override
    public Resource update(Resource resource) {
        Resource stored = withVersion(resource, resource.version() + 1);
        VersionedRows.update(db, VSS_RESOURCE, record(stored), VSS_RESOURCE.ID, VSS_RESOURCE.VERSION, resource.version(), "resource");
        db.deleteFrom(VSS_RESOURCE_TEXT).where(VSS_RESOURCE_TEXT.RESOURCE_ID.eq(resource.id().value())).execute();
        insertTexts(stored);
        return stored;
    }

    @Override
    public void remove(ResourceId id) {
        db.deleteFrom(VSS_RESOURCE_TEXT).where(VSS_RESOURCE_TEXT.RESOURCE_ID.eq(id.value())).execute();
        db.deleteFrom(VSS_RESOURCE).where(VSS_RESOURCE.ID.eq(id.value())).execute();
    }

    @Override
    public Optional<Resource> find(ResourceId id) {
        return db.selectFrom(VSS_RESOURCE).where(VSS_RESOURCE.ID.eq(id.value())).fetchOptional()
                .map(r -> resource(r, texts(List.of(r.getId())).getOrDefault(r.getId(), Map.of())));
    }

    /** The national resources, then the département's, then the territory's; each by name, then id, on an index. */
    @Override
    public List<Resource> serving(TerritoryId territory, DepartmentCode department, PageRequest page) {
        List<VssResourceRecord> rows = Seek.pageInParts(db, VSS_RESOURCE, List.of(
                new Seek.Part(VSS_RESOURCE.SCOPE.eq("NATIONAL"), Indexes.VSS_RESOURCE_DEPARTMENT_IX,
                        List.of(VSS_RESOURCE.SCOPE, VSS_RESOURCE.DEPARTMENT)),
                new Seek.Part(VSS_RESOURCE.SCOPE.eq("DEPARTMENTAL").and(VSS_RESOURCE.DEPARTMENT.eq(department.value())),
                        Indexes.VSS_RESOURCE_DEPARTMENT_IX, List.of(VSS_RESOURCE.SCOPE, VSS_RESOURCE.DEPARTMENT)),
                new Seek.Part(VSS_RESOURCE.SCOPE.eq("LOCAL").and(VSS_RESOURCE.TERRITORY_ID.eq(territory.value())),
                        Indexes.VSS_RESOURCE_TERRITORY_IX, List.of(VSS_RESOURCE.SCOPE, VSS_RESOURCE.TERRITORY_ID))),
                VSS_RESOURCE.ID, List.of(VSS_RESOURCE.NAME.asc(), VSS_RESOURCE.ID.asc()), page);
        Map<UUID, Map<Language, String>> texts = texts(rows.stream().map(VssResourceRecord::getId).toList());
        return rows.stream().map(r -> resource(r, texts.getOrDefault(r.getId(), Map.of()))).toList();
    }

    @Override
    public long countServing(TerritoryId territory, DepartmentCode department) {
        return db.fetchCount(VSS_RESOURCE, serving(territory, department));
    }

    private static Condition serving(TerritoryId territory, DepartmentCode department) {
        return VSS_RESOURCE.SCOPE.eq("NATIONAL")
                .or(VSS_RESOURCE.SCOPE.eq("DEPARTMENTAL").and(VSS_RESOURCE.DEPARTMENT.eq(department.value())))
                .or(VSS_RESOURCE.SCOPE.eq("LOCAL").and(VSS_RESOURCE.TERRITORY_ID.eq(territory.value())));
    }

    private Map<UUID, Map<Language, String>> texts(List<UUID> ids) {
        Map<UUID, Map<Language, String>> texts = new HashMap<>();
        if (ids.isEmpty()) {
            return texts;
        }
        for (VssResourceTextRecord t : db.selectFrom(VSS_RESOURCE_TEXT).where(VSS_RESOURCE_TEXT.RESOURCE_ID.in(ids)).fetch()) {
            texts.computeIfAbsent(t.getResourceId(), id -> new EnumMap<>(Language.class))
                    .put(Language.valueOf(t.getLanguage()), t.getDescription());
        }
        return texts;
    }

    private void insertTexts(Resource resource) {
        resource.description().forEach((language, text) -> {
            VssResourceTextRecord t = db.newRecord(VSS_RESOURCE_TEXT);
            t.setResourceId(resource.id().value());
            t.setLanguage(language.name());
            t.setDescription(text);
            db.executeInsert(t);
        });
    }

    private static Resource withVersion(Resource r, long version) {
        return new Resource(r.id(), version, r.scope(), r.department(), r.territory(), r.kind(), r.name(), r.description(),
                r.phone(), r.sms(), r.web(), r.address(), r.hours(), r.languages(), r.accessibility(), r.free(), r.anonymous(),
                r.audiences(), r.verified(), r.provenance());
    }

    private VssResourceRecord record(Resource x) {
        VssResourceRecord r = db.newRecord(VSS_RESOURCE);
        r.setId(x.id().value());
        r.setVersion(x.version());
        r.setScope(x.scope().name());
        r.setDepartment(x.department().map(DepartmentCode::value).orElse(null));
        r.setTerritoryId(x.territory().map(TerritoryId::value).orElse(null));
        r.setKind(x.kind().name());
        r.setName(x.name());
        r.setPhone(x.phone().map(PhoneNumber::value).orElse(null));
        r.setSms(x.sms().map(PhoneNumber::value).orElse(null));
        r.setWeb(x.web().orElse(null));
        r.setAddress(x.address().orElse(null));
        r.setHours(x.hours().orElse(null));
        r.setLanguages(x.languages().orElse(null));
        r.setAccessibility(x.accessibility().orElse(null));
        r.setIsFree(x.free());
        r.setIsAnonymous(x.anonymous());
        r.setAudiences(x.audiences().stream().map(Enum::name).sorted().collect(Collectors.joining(",")));
        r.setVerifiedAt(x.verified().at().atOffset(ZoneOffset.UTC));
        r.setVerifiedBy(x.verified().by());
        r.setProvenance(x.provenance().name());
        return r;
    }

    private static Resource resource(VssResourceRecord r, Map<Language, String> description) {
        Set<Audience> audiences = r.getAudiences().isEmpty() ? EnumSet.noneOf(Audience.class)
                : Arrays.stream(r.getAudiences().split(",")).map(Audience::valueOf).collect(Collectors.toCollection(() -> EnumSet.noneOf(Audience.class)));
        return new Resource(new ResourceId(r.getId()), r.getVersion(), ResourceScope.valueOf(r.getScope()),
                Optional.ofNullable(r.getDepartment()).map(DepartmentCode::new), Optional.ofNullable(r.getTerritoryId()).map(TerritoryId::new),
                ResourceKind.valueOf(r.getKind()), r.getName(), description, Optional.ofNullable(r.getPhone()).map(PhoneNumber::new),
                Optional.ofNullable(r.getSms()).map(PhoneNumber::new), Optional.ofNullable(r.getWeb()), Optional.ofNullable(r.getAddress()),
                Optional.ofNullable(r.getHours()), Optional.ofNullable(r.getLanguages()), Optional.ofNullable(r.getAccessibility()),
                r.getIsFree(), r.getIsAnonymous(), audiences, new Verification(r.getVerifiedAt().toInstant(), r.getVerifiedBy()),
                Provenance.valueOf(r.getProvenance()));
    }
}
