package io.github.clvss.core.contractfile;

import io.github.clvss.core.access.PartnerId;
import io.github.clvss.core.access.TerritoryId;
import io.github.clvss.core.contract.ContractId;
import io.github.clvss.core.contractfile.ContractData.FollowUp;
import io.github.clvss.core.contractfile.FileRecords.ActionV1;
import io.github.clvss.core.contractfile.FileRecords.ContractV1;
import io.github.clvss.core.contractfile.FileRecords.DecisionV1;
import io.github.clvss.core.contractfile.FileRecords.DiagnosticNoteV1;
import io.github.clvss.core.contractfile.FileRecords.EvidenceV1;
import io.github.clvss.core.contractfile.FileRecords.IndicatorV1;
import io.github.clvss.core.contractfile.FileRecords.InviteeV1;
import io.github.clvss.core.contractfile.FileRecords.MeasurementV1;
import io.github.clvss.core.contractfile.FileRecords.MeetingV1;
import io.github.clvss.core.contractfile.FileRecords.ObligationV1;
import io.github.clvss.core.followup.Action;
import io.github.clvss.core.followup.ActionId;
import io.github.clvss.core.followup.ActionStatus;
import io.github.clvss.core.followup.Attendance;
import io.github.clvss.core.followup.Evidence;
import io.github.clvss.core.followup.Invitee;
import io.github.clvss.core.followup.Meeting;
import io.github.clvss.core.followup.MeetingDecision;
import io.github.clvss.core.followup.MeetingId;
import io.github.clvss.core.followup.MeetingKind;
import io.github.clvss.core.followup.Obligation;
import io.github.clvss.core.followup.ObligationKind;
import io.github.clvss.core.indicator.DiagnosticNote;
import io.github.clvss.core.indicator.Direction;
import io.github.clvss.core.indicator.Indicator;
import io.github.clvss.core.indicator.IndicatorId;
import io.github.clvss.core.indicator.Measurement;
import io.github.clvss.core.indicator.Period;
import io.github.clvss.core.indicator.ValueKind;
import io.github.clvss.core.institution.InstitutionId;
import io.github.clvss.core.shared.InvalidInputException;
import io.github.clvss.core.shared.Parsed;
import io.github.clvss.core.shared.Problem;
import io.github.clvss.core.shared.Provenance;
import io.github.clvss.core.shared.Validation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * A contract's follow-up in the contract file (format 1.5): its obligations, actions, meetings,
 * indicators with their measurements, and the diagnostic's notes. Values are checked with the
 * domain's own rules; what they point at (commitments of the contract's current text, partners
 * of the contract, actions and indicators of the contract) must be in the file.
 */
final class FollowUpRecords {

    private FollowUpRecords() {
    }

    /** What a contract's follow-up may point at in the file. */
    record Scope(TerritoryId territory, ContractId contract, Set<String> commitments, Set<String> partners) {
    }

    // ---- reading

    static Parsed<FollowUp> read(ContractV1 c, Scope scope, Set<String> ids, String path) {
        Validation check = new Validation();
        List<Obligation> obligations = new ArrayList<>();
        List<ObligationV1> obligationRecords = list(c.obligations());
        Set<String> carrying = new HashSet<>();
        for (int i = 0; i < obligationRecords.size(); i++) {
            String at = path + ".obligations[" + i + "]";
            ObligationV1 o = obligationRecords.get(i);
            commitment(check, scope, o.commitment(), at + ".commitment");
            if (!carrying.add(o.commitment())) {
                check.add(Problem.error("file.followup.duplicate", at + ".commitment", o.commitment()));
            }
            Optional<LocalDate> from = check.take(FileValues.date(o.countedFrom(), at + ".countedFrom"));
            if (from.isPresent()) {
                check.take(build(() -> new Obligation(scope.territory(), scope.contract(), o.commitment(),
                        ObligationKind.valueOf(o.kind()), o.everyMonths(), from.get(), Provenance.valueOf(o.provenance())), at))
                        .ifPresent(obligations::add);
            }
        }
        Set<String> actionIds = new HashSet<>();
        List<ActionV1> actionRecords = list(c.actions());
        actionRecords.forEach(a -> actionIds.add(a.id()));
        List<Action> actions = new ArrayList<>();
        for (int i = 0; i < actionRecords.size(); i++) {
            String at = path + ".actions[" + i + "]";
            FileValues.unique(check, ids, actionRecords.get(i).id(), at);
            check.take(action(actionRecords.get(i), scope, at)).ifPresent(actions::add);
        }
        List<Meeting> meetings = new ArrayList<>();
        List<MeetingV1> meetingRecords = list(c.meetings());
        for (int i = 0; i < meetingRecords.size(); i++) {
            String at = path + ".meetings[" + i + "]";
            FileValues.unique(check, ids, meetingRecords.get(i).id(), at);
            check.take(meeting(meetingRecords.get(i), scope, actionIds, at)).ifPresent(meetings::add);
        }
        List<IndicatorV1> indicatorRecords = list(c.indicators());
        Map<String, IndicatorV1> indicatorsById = new HashMap<>();
        indicatorRecords.forEach(r -> indicatorsById.put(r.id(), r));
        List<Indicator> indicators = new ArrayList<>();
        List<Measurement> measurements = new ArrayList<>();
        for (int i = 0; i < indicatorRecords.size(); i++) {
            String at = path + ".indicators[" + i + "]";
            IndicatorV1 record = indicatorRecords.get(i);
            FileValues.unique(check, ids, record.id(), at);
            if (record.partOfId() != null) {
                IndicatorV1 total = indicatorsById.get(record.partOfId());
                if (total == null) {
                    check.add(Problem.error("file.followup.indicator.unknown", at + ".partOfId", record.partOfId()));
                } else if (total.partOfId() != null) {
                    check.add(Problem.error("file.followup.indicator.nested", at + ".partOfId", record.partOfId()));
                }
            }
            Optional<Indicator> indicator = check.take(indicator(record, scope, at));
            indicator.ifPresent(indicators::add);
            List<MeasurementV1> values = list(record.measurements());
            Set<Period> periods = new HashSet<>();
            for (int j = 0; j < values.size(); j++) {
                String valueAt = at + ".measurements[" + j + "]";
                MeasurementV1 m = values.get(j);
                Optional<Period> period = check.take(Period.parse(m.period(), valueAt + ".period"));
                period.filter(p -> !periods.add(p)).ifPresent(p -> check.add(
                        Problem.error("file.followup.duplicate", valueAt + ".period", m.period())));
                Optional<BigDecimal> value = check.take(number(m.value(), valueAt + ".value"));
                value.ifPresent(v -> check.addAll(Indicator.valueProblems(ValueKind.valueOf(record.kind()), v,
                        valueAt + ".value")));
                if (indicator.isPresent() && period.isPresent() && value.isPresent()) {
                    measurements.add(new Measurement(indicator.get().id(), period.get(), value.get(),
                            Provenance.valueOf(m.provenance())));
                }
            }
        }
        List<DiagnosticNote> notes = new ArrayList<>();
        List<DiagnosticNoteV1> noteRecords = list(c.diagnosticNotes());
        Set<String> subjects = new HashSet<>();
        for (int i = 0; i < noteRecords.size(); i++) {
            String at = path + ".diagnosticNotes[" + i + "]";
            DiagnosticNoteV1 n = noteRecords.get(i);
            if (n.commitment() != null) {
                commitment(check, scope, n.commitment(), at + ".commitment");
            }
            if (!subjects.add(n.year() + "/" + n.commitment())) {
                check.add(Problem.error("file.followup.duplicate", at + ".year", n.year()));
            }
            check.take(build(() -> new DiagnosticNote(scope.contract(), n.year(), Optional.ofNullable(n.commitment()), n.text(),
                    Provenance.valueOf(n.provenance())), at)).ifPresent(notes::add);
        }
        return check.build(() -> new FollowUp(scope.contract(), obligations, actions, meetings, indicators, measurements,
                notes));
    }

    private static Parsed<Action> action(ActionV1 a, Scope scope, String path) {
        Validation check = new Validation();
        Optional<ActionId> id = check.take(ActionId.parse(a.id(), path + ".id"));
        commitment(check, scope, a.commitment(), path + ".commitment");
        Optional<PartnerId> lead = check.take(partner(scope, a.leadPartnerId(), path + ".leadPartnerId"));
        List<String> contributorIds = list(a.contributorPartnerIds());
        List<PartnerId> contributors = new ArrayList<>();
        for (int i = 0; i < contributorIds.size(); i++) {
            check.take(partner(scope, contributorIds.get(i), path + ".contributorPartnerIds[" + i + "]"))
                    .ifPresent(contributors::add);
        }
        Optional<Optional<LocalDate>> deadline = check.take(FileValues.optional(a.deadline(), raw -> FileValues.date(raw, path + ".deadline")));
        List<Evidence> evidence = list(a.evidence()).stream()
                .map(e -> "NOTE".equals(e.kind()) ? (Evidence) new Evidence.Note(e.text()) : new Evidence.Document(e.text()))
                .toList();
        ActionStatus status = ActionStatus.valueOf(a.status());
        if (lead.isPresent() && contributors.size() == contributorIds.size()) {
            check.addAll(Action.inconsistencies(a.commitment(), a.title(), lead.get(), contributors, status,
                    Optional.ofNullable(a.abandonReason()), a.progress(), evidence, path).stream()
                    .map(p -> renamed(p, path)).toList());
        }
        if (check.hasErrors()) {
            return Parsed.invalid(check.problems());
        }
        return build(() -> new Action(id.orElseThrow(), 0, scope.territory(), scope.contract(), a.commitment(), a.title(),
                lead.orElseThrow(), contributors, deadline.orElseThrow(), status, Optional.ofNullable(a.abandonReason()),
                a.progress(), evidence, Provenance.valueOf(a.provenance())), path);
    }

    /** The domain names the fields as the record does; the file names the partners' fields with their ids. */
    private static Problem renamed(Problem problem, String path) {
        String at = problem.path().orElse(path);
        String field = at.startsWith(path + ".contributors") ? at.replace(path + ".contributors", path + ".contributorPartnerIds")
                : at.equals(path + ".lead") ? path + ".leadPartnerId" : at;
        return field.equals(at) ? problem : new Problem(problem.code(), problem.arguments(), Optional.of(field), problem.severity());
    }

    private static Parsed<Meeting> meeting(MeetingV1 m, Scope scope, Set<String> actionIds, String path) {
        Validation check = new Validation();
        Optional<MeetingId> id = check.take(MeetingId.parse(m.id(), path + ".id"));
        Optional<LocalDateTime> start = check.take(dateTime(m.start(), path + ".start"));
        Optional<LocalDateTime> end = check.take(dateTime(m.end(), path + ".end"));
        List<InviteeV1> inviteeRecords = list(m.invitees());
        List<Invitee> invitees = new ArrayList<>();
        for (int i = 0; i < inviteeRecords.size(); i++) {
            InviteeV1 invitee = inviteeRecords.get(i);
            check.take(partner(scope, invitee.partnerId(), path + ".invitees[" + i + "].partnerId")).ifPresent(p -> invitees.add(
                    new Invitee(p, Optional.ofNullable(invitee.attendance()).map(Attendance::valueOf))));
        }
        List<String> guestRecords = list(m.guestInstitutionIds());
        List<InstitutionId> guests = new ArrayList<>();
        for (int i = 0; i < guestRecords.size(); i++) {
            check.take(InstitutionId.parse(guestRecords.get(i), path + ".guestInstitutionIds[" + i + "]")).ifPresent(guests::add);
        }
        List<DecisionV1> decisionRecords = list(m.decisions());
        List<MeetingDecision> decisions = new ArrayList<>();
        for (int i = 0; i < decisionRecords.size(); i++) {
            DecisionV1 d = decisionRecords.get(i);
            String at = path + ".decisions[" + i + "]";
            if (d.actionId() != null && !actionIds.contains(d.actionId())) {
                check.add(Problem.error("file.followup.action.unknown", at + ".actionId", d.actionId()));
            }
            check.take(FileValues.optional(d.actionId(), raw -> ActionId.parse(raw, at + ".actionId")))
                    .ifPresent(action -> decisions.add(new MeetingDecision(d.text(), action)));
        }
        if (start.isPresent() && end.isPresent() && invitees.size() == inviteeRecords.size()
                && decisions.size() == decisionRecords.size()) {
            check.addAll(Meeting.inconsistencies(m.title(), start.get(), end.get(), Optional.ofNullable(m.place()), list(m.agenda()),
                    invitees, guests, Optional.ofNullable(m.minutes()), decisions, path));
        }
        if (check.hasErrors()) {
            return Parsed.invalid(check.problems());
        }
        return build(() -> new Meeting(id.orElseThrow(), 0, scope.territory(), scope.contract(), MeetingKind.valueOf(m.kind()),
                m.title(), start.orElseThrow(), end.orElseThrow(), Optional.ofNullable(m.place()), list(m.agenda()), invitees,
                guests, Optional.ofNullable(m.minutes()), decisions, Provenance.valueOf(m.provenance())), path);
    }

    private static Parsed<Indicator> indicator(IndicatorV1 r, Scope scope, String path) {
        Validation check = new Validation();
        Optional<IndicatorId> id = check.take(IndicatorId.parse(r.id(), path + ".id"));
        commitment(check, scope, r.commitment(), path + ".commitment");
        Optional<Optional<BigDecimal>> target = check.take(FileValues.optional(r.target(), raw -> number(raw, path + ".target")));
        Optional<Optional<IndicatorId>> partOf = check.take(FileValues.optional(r.partOfId(), raw -> IndicatorId.parse(raw,
                path + ".partOfId")));
        ValueKind kind = ValueKind.valueOf(r.kind());
        if (target.isPresent()) {
            check.addAll(Indicator.inconsistencies(r.commitment(), r.name(), r.unit(), kind, target.get(), r.source(), path));
        }
        if (r.id().equals(r.partOfId())) {
            check.add(Problem.error("indicator.part-of.itself", path + ".partOfId"));
        }
        if (check.hasErrors()) {
            return Parsed.invalid(check.problems());
        }
        return build(() -> new Indicator(id.orElseThrow(), 0, scope.territory(), scope.contract(), r.commitment(), r.name(),
                r.unit(), kind, Direction.valueOf(r.direction()), target.orElseThrow(), r.source(), partOf.orElseThrow(),
                Provenance.valueOf(r.provenance())), path);
    }

    private static void commitment(Validation check, Scope scope, String commitment, String path) {
        if (!scope.commitments().contains(commitment)) {
            check.add(Problem.error("file.followup.commitment.unknown", path, commitment));
        }
    }

    private static Parsed<PartnerId> partner(Scope scope, String raw, String path) {
        if (!scope.partners().contains(raw)) {
            return Parsed.invalid(Problem.error("file.followup.partner.unknown", path, raw));
        }
        return PartnerId.parse(raw, path);
    }

    /** A value the domain's rules were checked for already; any rule left is reported at the record's path. */
    private static <T> Parsed<T> build(Supplier<T> value, String path) {
        try {
            return Parsed.valid(value.get());
        } catch (InvalidInputException e) {
            return Parsed.invalid(e.problems().stream()
                    .map(p -> new Problem(p.code(), p.arguments(), Optional.of(path), p.severity())).toList());
        }
    }

    private static Parsed<LocalDateTime> dateTime(String raw, String path) {
        try {
            return Parsed.valid(LocalDateTime.parse(raw));
        } catch (DateTimeParseException e) {
            return Parsed.invalid(Problem.error("file.followup.date-time.format", path, raw));
        }
    }

    private static Parsed<BigDecimal> number(String raw, String path) {
        if (!raw.matches("-?[0-9]{1,20}(\\.[0-9]{1,20})?")) {
            return Parsed.invalid(Problem.error("file.followup.number.format", path, raw));
        }
        return Parsed.valid(new BigDecimal(raw));
    }

    private static <T> List<T> list(@Nullable List<T> list) {
        return list == null ? List.of() : list;
    }

    // ---- writing

    /** The follow-up's fields of a contract record, canonical: by commitment, by id, by period, by year. */
    static ContractV1 write(ContractV1 c, FollowUp f) {
        List<ObligationV1> obligations = f.obligations().stream()
                .sorted(Comparator.comparing(Obligation::commitment))
                .map(o -> new ObligationV1(o.commitment(), o.kind().name(), o.everyMonths(), o.countedFrom().toString(),
                        o.provenance().name()))
                .toList();
        List<ActionV1> actions = f.actions().stream().map(FollowUpRecords::action)
                .sorted(Comparator.comparing(ActionV1::id)).toList();
        List<MeetingV1> meetings = f.meetings().stream().map(FollowUpRecords::meeting)
                .sorted(Comparator.comparing(MeetingV1::id)).toList();
        List<IndicatorV1> indicators = f.indicators().stream()
                .map(i -> indicator(i, f.measurements().stream().filter(m -> m.indicator().equals(i.id())).toList()))
                .sorted(Comparator.comparing(IndicatorV1::id)).toList();
        List<DiagnosticNoteV1> notes = f.notes().stream()
                .sorted(Comparator.comparingInt(DiagnosticNote::year).thenComparing(n -> n.commitment().orElse("")))
                .map(n -> new DiagnosticNoteV1(n.year(), n.commitment().orElse(null), n.text(), n.provenance().name()))
                .toList();
        return new ContractV1(c.id(), c.title(), c.startDate(), c.endDate(), c.provenance(), c.partners(), c.campaigns(),
                c.texts(), c.acts(), orNull(obligations), orNull(actions), orNull(meetings), orNull(indicators), orNull(notes));
    }

    private static ActionV1 action(Action a) {
        return new ActionV1(a.id().toString(), a.commitment(), a.title(), a.lead().toString(),
                orNull(a.contributors().stream().map(PartnerId::toString).toList()), a.deadline().map(LocalDate::toString)
                        .orElse(null), a.status().name(), a.abandonReason().orElse(null), a.progress(),
                orNull(a.evidence().stream().map(e -> new EvidenceV1(e instanceof Evidence.Note ? "NOTE" : "DOCUMENT", e.text()))
                        .toList()),
                a.provenance().name());
    }

    private static MeetingV1 meeting(Meeting m) {
        return new MeetingV1(m.id().toString(), m.kind().name(), m.title(), m.start().toString(), m.end().toString(),
                m.place().orElse(null), orNull(m.agenda()),
                orNull(m.invitees().stream().map(i -> new InviteeV1(i.partner().toString(),
                        i.attendance().map(Enum::name).orElse(null))).toList()),
                orNull(m.guests().stream().map(InstitutionId::toString).toList()), m.minutes().orElse(null),
                orNull(m.decisions().stream().map(d -> new DecisionV1(d.text(), d.action().map(ActionId::toString).orElse(null)))
                        .toList()),
                m.provenance().name());
    }

    private static IndicatorV1 indicator(Indicator i, List<Measurement> measurements) {
        return new IndicatorV1(i.id().toString(), i.commitment(), i.name(), i.unit(), i.kind().name(), i.direction().name(),
                i.target().map(FollowUpRecords::plain).orElse(null), i.source(), i.partOf().map(IndicatorId::toString)
                        .orElse(null), i.provenance().name(),
                orNull(measurements.stream().sorted(Comparator.comparing(Measurement::period))
                        .map(m -> new MeasurementV1(m.period().toString(), plain(m.value()), m.provenance().name())).toList()));
    }

    /** A number without trailing zeros nor exponent: {@code 6.5}, {@code 125}. */
    private static String plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }

    private static <T> @Nullable List<T> orNull(List<T> list) {
        return list.isEmpty() ? null : list;
    }
}
