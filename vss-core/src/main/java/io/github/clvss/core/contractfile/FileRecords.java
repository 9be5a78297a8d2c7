package io.github.clvss.core.contractfile;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The contract file's records, format version 1, exactly as they are written: strings as in
 * the file, {@code null} for an absent optional field. Their order of properties is the
 * canonical order of the export.
 */
final class FileRecords {

    private FileRecords() {
    }

    @JsonPropertyOrder({"formatVersion", "territory", "institutions", "contracts", "resources", "circuits", "deliberations"})
    record ContractFileV1(String formatVersion, TerritoryV1 territory, @Nullable List<InstitutionV1> institutions,
            List<ContractV1> contracts, @Nullable List<ResourceV1> resources, @Nullable List<CircuitV1> circuits,
            @Nullable List<DeliberationRecords.DeliberationV1> deliberations) {
    }

    @JsonPropertyOrder({"name", "when", "target", "urgency", "channel", "reason"})
    record CircuitV1(String name, WhenV1 when, String target, String urgency, String channel, String reason) {
    }

    @JsonPropertyOrder({"ages", "vulnerabilities", "relations", "violences", "recencies", "immediateDanger", "emprise",
        "childrenExposed", "cannotSpeak", "needsShelter", "consents", "askers", "contexts", "offences", "lifeInDanger",
        "childVictim", "dangerousWithWeapon", "deafOrHardOfHearing", "institutions", "learnedInFunctions",
        "judicialPoliceOfficer"})
    record WhenV1(@Nullable List<String> ages, @Nullable List<String> vulnerabilities, @Nullable List<String> relations,
            @Nullable List<String> violences, @Nullable List<String> recencies, @Nullable List<Boolean> immediateDanger,
            @Nullable List<Boolean> emprise, @Nullable List<Boolean> childrenExposed, @Nullable List<Boolean> cannotSpeak,
            @Nullable List<Boolean> needsShelter, @Nullable List<String> consents, @Nullable List<String> askers,
            @Nullable List<String> contexts, @Nullable List<String> offences, @Nullable List<Boolean> lifeInDanger,
            @Nullable List<Boolean> childVictim, @Nullable List<Boolean> dangerousWithWeapon,
            @Nullable List<Boolean> deafOrHardOfHearing, @Nullable List<String> institutions,
            @Nullable List<Boolean> learnedInFunctions, @Nullable List<Boolean> judicialPoliceOfficer) {

        /** The facts a circuit could test from format 1.6 on, by name, when the file sets them. */
        java.util.Map<String, Object> since16() {
            java.util.Map<String, Object> set = new java.util.LinkedHashMap<>();
            java.util.function.BiConsumer<String, @Nullable Object> put = (k, v) -> {
                if (v != null) {
                    set.put(k, v);
                }
            };
            put.accept("offences", offences);
            put.accept("lifeInDanger", lifeInDanger);
            put.accept("childVictim", childVictim);
            put.accept("dangerousWithWeapon", dangerousWithWeapon);
            put.accept("deafOrHardOfHearing", deafOrHardOfHearing);
            put.accept("institutions", institutions);
            put.accept("learnedInFunctions", learnedInFunctions);
            put.accept("judicialPoliceOfficer", judicialPoliceOfficer);
            return set;
        }
    }

    @JsonPropertyOrder({"id", "name", "sector", "siret", "parentId", "provenance"})
    record InstitutionV1(String id, String name, String sector, @Nullable String siret, @Nullable String parentId,
            String provenance) {
    }

    @JsonPropertyOrder({"phone", "email", "web", "address"})
    record ContactV1(@Nullable String phone, @Nullable String email, @Nullable String web, @Nullable String address) {
    }

    @JsonPropertyOrder({"title", "name"})
    record RepresentativeV1(String title, String name) {
    }

    @JsonPropertyOrder({"at", "by"})
    record VerifiedV1(String at, String by) {
    }

    @JsonPropertyOrder({"id", "institutionId", "role", "initiatives", "contact", "representative", "signatory", "verified",
        "provenance", "referents"})
    record PartnerV1(String id, String institutionId, String role, List<String> initiatives, @Nullable ContactV1 contact,
            @Nullable RepresentativeV1 representative, boolean signatory, VerifiedV1 verified, String provenance,
            List<ReferentV1> referents) {
    }

    @JsonPropertyOrder({"id", "erased", "name", "function", "phone", "email", "availability", "from", "until", "main",
        "provenance"})
    record ReferentV1(String id, @Nullable Boolean erased, @Nullable String name, @Nullable String function,
            @Nullable String phone, @Nullable String email, @Nullable String availability, @Nullable String from,
            @Nullable String until, boolean main, String provenance) {
    }

    @JsonPropertyOrder({"id", "scope", "department", "kind", "name", "description", "phone", "sms", "web", "address", "hours",
        "languages", "accessibility", "free", "anonymous", "audiences", "verified", "provenance"})
    record ResourceV1(String id, String scope, String department, String kind, String name,
            java.util.Map<String, String> description, @Nullable String phone, @Nullable String sms, @Nullable String web,
            @Nullable String address, @Nullable String hours, @Nullable String languages, @Nullable String accessibility,
            boolean free, boolean anonymous, List<String> audiences, VerifiedV1 verified, String provenance) {
    }

    @JsonPropertyOrder({"id", "kind", "name", "inseeCode", "department", "siren", "siret", "population",
        "timeZone", "provenance"})
    record TerritoryV1(
            String id,
            String kind,
            String name,
            @Nullable String inseeCode,
            String department,
            String siren,
            @Nullable String siret,
            @Nullable PopulationV1 population,
            String timeZone,
            String provenance) {
    }

    @JsonPropertyOrder({"inhabitants", "year"})
    record PopulationV1(long inhabitants, int year) {
    }

    @JsonPropertyOrder({"id", "title", "startDate", "endDate", "provenance", "partners", "campaigns", "texts", "acts",
        "obligations", "actions", "meetings", "indicators", "diagnosticNotes"})
    record ContractV1(String id, String title, @Nullable String startDate, @Nullable String endDate, String provenance,
            @Nullable List<PartnerV1> partners, @Nullable List<CampaignV1> campaigns, @Nullable List<TextV1> texts,
            @Nullable List<ActV1> acts, @Nullable List<ObligationV1> obligations, @Nullable List<ActionV1> actions,
            @Nullable List<MeetingV1> meetings, @Nullable List<IndicatorV1> indicators,
            @Nullable List<DiagnosticNoteV1> diagnosticNotes) {
    }

    @JsonPropertyOrder({"commitment", "kind", "everyMonths", "countedFrom", "provenance"})
    record ObligationV1(String commitment, String kind, int everyMonths, String countedFrom, String provenance) {
    }

    @JsonPropertyOrder({"kind", "text"})
    record EvidenceV1(String kind, String text) {
    }

    @JsonPropertyOrder({"id", "commitment", "title", "leadPartnerId", "contributorPartnerIds", "deadline", "status",
        "abandonReason", "progress", "evidence", "provenance"})
    record ActionV1(String id, String commitment, String title, String leadPartnerId,
            @Nullable List<String> contributorPartnerIds, @Nullable String deadline, String status,
            @Nullable String abandonReason, int progress, @Nullable List<EvidenceV1> evidence, String provenance) {
    }

    @JsonPropertyOrder({"partnerId", "attendance"})
    record InviteeV1(String partnerId, @Nullable String attendance) {
    }

    @JsonPropertyOrder({"text", "actionId"})
    record DecisionV1(String text, @Nullable String actionId) {
    }

    @JsonPropertyOrder({"id", "kind", "title", "start", "end", "place", "agenda", "invitees", "guestInstitutionIds",
        "minutes", "decisions", "provenance"})
    record MeetingV1(String id, String kind, String title, String start, String end, @Nullable String place,
            @Nullable List<String> agenda, @Nullable List<InviteeV1> invitees, @Nullable List<String> guestInstitutionIds,
            @Nullable String minutes, @Nullable List<DecisionV1> decisions, String provenance) {
    }

    @JsonPropertyOrder({"period", "value", "provenance"})
    record MeasurementV1(String period, String value, String provenance) {
    }

    @JsonPropertyOrder({"id", "commitment", "name", "unit", "kind", "direction", "target", "source", "partOfId",
        "provenance", "measurements"})
    record IndicatorV1(String id, String commitment, String name, String unit, String kind, String direction,
            @Nullable String target, String source, @Nullable String partOfId, String provenance,
            @Nullable List<MeasurementV1> measurements) {
    }

    @JsonPropertyOrder({"year", "commitment", "text", "provenance"})
    record DiagnosticNoteV1(int year, @Nullable String commitment, String text, String provenance) {
    }

    @JsonPropertyOrder({"version", "preamble", "references", "axes", "annexes"})
    record TextV1(int version, String preamble, List<ReferenceV1> references, List<AxisV1> axes, List<AnnexV1> annexes) {
    }

    @JsonPropertyOrder({"kind", "title", "number", "date"})
    record ReferenceV1(String kind, String title, @Nullable String number, @Nullable String date) {
    }

    @JsonPropertyOrder({"number", "title", "commitments"})
    record AxisV1(@Nullable Integer number, String title, List<CommitmentV1> commitments) {
    }

    @JsonPropertyOrder({"id", "text"})
    record CommitmentV1(String id, String text) {
    }

    @JsonPropertyOrder({"title", "text"})
    record AnnexV1(String title, String text) {
    }

    @JsonPropertyOrder({"kind", "date", "deliberationId", "partnerId", "textVersion", "reason", "successorId"})
    record ActV1(String kind, String date, @Nullable String deliberationId, @Nullable String partnerId,
            @Nullable Integer textVersion, @Nullable String reason, @Nullable String successorId) {
    }

    @JsonPropertyOrder({"id", "partOf", "title", "audiences", "channels", "start", "end", "ownerPartnerId", "status",
        "peopleReached", "provenance"})
    record CampaignV1(String id, @Nullable String partOf, String title, List<String> audiences, List<String> channels,
            String start, @Nullable String end, @Nullable String ownerPartnerId, String status, @Nullable Long peopleReached,
            String provenance) {
    }
}
