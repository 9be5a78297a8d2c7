package io.github.clvss.core.contractfile;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.clvss.core.access.TerritoryId;
import io.github.clvss.core.deliberation.Deliberation;
import io.github.clvss.core.deliberation.DeliberationId;
import io.github.clvss.core.deliberation.PrefectureTransmission;
import io.github.clvss.core.deliberation.Proxy;
import io.github.clvss.core.deliberation.Session;
import io.github.clvss.core.deliberation.Subject;
import io.github.clvss.core.deliberation.VoteTally;
import io.github.clvss.core.shared.Parsed;
import io.github.clvss.core.shared.Problem;
import io.github.clvss.core.shared.Provenance;
import io.github.clvss.core.shared.Validation;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * A council deliberation as JSON, format version 1, and its one mapping to and from the domain:
 * the deliberation file is one such object with its {@code formatVersion}; the contract file
 * (from format 1.4) lists them under {@code deliberations}, without it. The records are exactly
 * as written: strings as in the file, {@code null} for an absent optional field; their order of
 * properties is the canonical order of the export.
 */
final class DeliberationRecords {

    private DeliberationRecords() {
    }

    @JsonPropertyOrder({"formatVersion", "id", "territoryId", "provenance", "object", "session", "convocationDate", "urgency",
        "reconvenedWithoutQuorum", "membersInOffice", "present", "proxies", "absent", "secretary", "rapporteur",
        "committeeOpinion", "subject", "vote", "result", "transmission", "publicationUrl"})
    record DeliberationV1(@Nullable String formatVersion, String id, String territoryId, String provenance, String object,
            @Nullable SessionV1 session, @Nullable String convocationDate, @Nullable Boolean urgency,
            @Nullable Boolean reconvenedWithoutQuorum, @Nullable List<String> membersInOffice, @Nullable List<String> present,
            @Nullable List<ProxyV1> proxies, @Nullable List<String> absent, @Nullable String secretary,
            @Nullable String rapporteur, @Nullable String committeeOpinion, @Nullable SubjectV1 subject, @Nullable VoteV1 vote,
            @Nullable String result, @Nullable TransmissionV1 transmission, @Nullable String publicationUrl) {
    }

    @JsonPropertyOrder({"date", "time", "place", "president", "remote"})
    record SessionV1(@Nullable String date, @Nullable String time, @Nullable String place, @Nullable String president,
            @Nullable Boolean remote) {
    }

    @JsonPropertyOrder({"giver", "holder"})
    record ProxyV1(String giver, String holder) {
    }

    @JsonPropertyOrder({"code", "name"})
    record SubjectV1(String code, String name) {
    }

    /** A vote; a count left out is one the act does not state (unknown, not zero). */
    @JsonPropertyOrder({"inFavour", "against", "abstentions", "blankOrSpoilt", "notTakingPart", "secretBallot", "unanimity",
        "unanimityOf", "presidentVote", "nomination"})
    record VoteV1(@Nullable Integer inFavour, @Nullable Integer against, @Nullable Integer abstentions,
            @Nullable Integer blankOrSpoilt, @Nullable Integer notTakingPart, @Nullable Boolean secretBallot,
            @Nullable Boolean unanimity, @Nullable String unanimityOf, @Nullable String presidentVote,
            @Nullable NominationV1 nomination) {
    }

    @JsonPropertyOrder({"round", "openBallotDecidedUnanimously", "runnerUp", "electedAsOldest"})
    record NominationV1(int round, @Nullable Boolean openBallotDecidedUnanimously, @Nullable Integer runnerUp,
            @Nullable Boolean electedAsOldest) {
    }

    @JsonPropertyOrder({"date", "actesId"})
    record TransmissionV1(@Nullable String date, @Nullable String actesId) {
    }

    /**
     * A deliberation as written, canonically.
     *
     * @param formatVersion the deliberation file's version; {@code null} inside a contract file
     */
    static DeliberationV1 record(Deliberation d, @Nullable String formatVersion) {
        Session s = d.session();
        SessionV1 session = s.equals(Session.UNKNOWN) ? null
                : new SessionV1(text(s.date()), text(s.time().map(DeliberationRecords::time)), s.place().orElse(null),
                        s.president().orElse(null), s.remote() ? true : null);
        VoteTally v = d.vote();
        PrefectureTransmission t = d.transmission();
        TransmissionV1 transmission = t.equals(PrefectureTransmission.NONE) ? null
                : new TransmissionV1(text(t.date()), t.actesIdText().orElse(null));
        return new DeliberationV1(formatVersion, d.id().toString(), d.territory().toString(),
                d.provenance().name(), d.object(), session, text(d.convocationDate()), d.urgency(), d.reconvenedWithoutQuorum(),
                d.membersInOffice(), d.present(), d.proxies().stream().map(p -> new ProxyV1(p.giver(), p.holder())).toList(),
                d.absent(), d.secretary().orElse(null), d.rapporteur().orElse(null), d.committeeOpinion().orElse(null),
                d.subject().map(subject -> new SubjectV1(subject.code(), subject.name())).orElse(null),
                new VoteV1(known(v, VoteTally.Count.IN_FAVOUR, v.inFavour()), known(v, VoteTally.Count.AGAINST, v.against()),
                        known(v, VoteTally.Count.ABSTENTIONS, v.abstentions()),
                        known(v, VoteTally.Count.BLANK_OR_SPOILT, v.blankOrSpoilt()),
                        known(v, VoteTally.Count.NOT_TAKING_PART, v.notTakingPart()), v.secretBallot(), v.unanimity(),
                        v.unanimityOf() == VoteTally.UnanimityOf.NOT_SAID ? null : v.unanimityOf().name(),
                        v.presidentVote().map(Enum::name).orElse(null),
                        v.nomination().map(n -> new NominationV1(n.round(), n.openBallotDecidedUnanimously() ? true : null,
                                n.runnerUp().orElse(null), n.electedAsOldest() ? true : null)).orElse(null)),
                d.result().map(Enum::name).orElse(null), transmission, d.publicationUrl().orElse(null));
    }

    /**
     * The deliberation a record holds, checking each value's form (ids, dates, times, lengths);
     * every problem's path starts with {@code path}, the record's place in its file ({@code $}
     * for the deliberation file, {@code $.deliberations[2]} in a contract file). What the law
     * says of the act is not checked here.
     */
    static Parsed<Deliberation> deliberation(DeliberationV1 f, String path) {
        Validation check = new Validation();
        Optional<DeliberationId> id = check.take(DeliberationId.parse(f.id(), path + ".id"));
        Optional<TerritoryId> territory = check.take(TerritoryId.parse(f.territoryId(), path + ".territoryId"));
        SessionV1 s = Optional.ofNullable(f.session()).orElse(new SessionV1(null, null, null, null, null));
        Optional<Optional<LocalDate>> sessionDate = check.take(optional(s.date(), raw -> date(raw, path + ".session.date")));
        Optional<Optional<LocalTime>> sessionTime = check.take(optional(s.time(), raw -> time(raw, path + ".session.time")));
        Optional<Optional<LocalDate>> convocation = check.take(optional(f.convocationDate(),
                raw -> date(raw, path + ".convocationDate")));
        TransmissionV1 t = Optional.ofNullable(f.transmission()).orElse(new TransmissionV1(null, null));
        Optional<Optional<LocalDate>> sent = check.take(optional(t.date(), raw -> date(raw, path + ".transmission.date")));
        VoteV1 v = Optional.ofNullable(f.vote()).orElse(new VoteV1(0, 0, 0, 0, 0, null, null, null, null, null));
        java.util.Set<VoteTally.Count> unknown = java.util.EnumSet.noneOf(VoteTally.Count.class);
        if (v.inFavour() == null) {
            unknown.add(VoteTally.Count.IN_FAVOUR);
        }
        if (v.against() == null) {
            unknown.add(VoteTally.Count.AGAINST);
        }
        if (v.abstentions() == null) {
            unknown.add(VoteTally.Count.ABSTENTIONS);
        }
        if (v.blankOrSpoilt() == null) {
            unknown.add(VoteTally.Count.BLANK_OR_SPOILT);
        }
        if (v.notTakingPart() == null) {
            unknown.add(VoteTally.Count.NOT_TAKING_PART);
        }
        Optional<VoteTally.Nomination> nomination = Optional.empty();
        if (v.nomination() != null) {
            if (v.nomination().round() < 1 || v.nomination().round() > 3) {
                check.add(Problem.error("deliberation.nomination.round", path + ".vote.nomination.round", v.nomination().round()));
            } else {
                nomination = Optional.of(new VoteTally.Nomination(v.nomination().round(),
                        Boolean.TRUE.equals(v.nomination().openBallotDecidedUnanimously()),
                        Optional.ofNullable(v.nomination().runnerUp()), Boolean.TRUE.equals(v.nomination().electedAsOldest())));
            }
        }
        Optional<VoteTally.Nomination> ballot = nomination;
        Parsed<Deliberation> built = check.build(() -> new Deliberation(id.orElseThrow(), 0, territory.orElseThrow(), f.object(),
                new Session(sessionDate.orElseThrow(), sessionTime.orElseThrow(), Optional.ofNullable(s.place()),
                        Optional.ofNullable(s.president()), Boolean.TRUE.equals(s.remote())),
                convocation.orElseThrow(), Boolean.TRUE.equals(f.urgency()), Boolean.TRUE.equals(f.reconvenedWithoutQuorum()),
                list(f.membersInOffice()), list(f.present()),
                list(f.proxies()).stream().map(p -> new Proxy(p.giver(), p.holder())).toList(), list(f.absent()),
                Optional.ofNullable(f.secretary()), Optional.ofNullable(f.rapporteur()), Optional.ofNullable(f.committeeOpinion()),
                Optional.ofNullable(f.subject()).map(subject -> new Subject(subject.code(), subject.name())),
                new VoteTally(count(v.inFavour()), count(v.against()), count(v.abstentions()), count(v.blankOrSpoilt()),
                        count(v.notTakingPart()), Boolean.TRUE.equals(v.secretBallot()), Boolean.TRUE.equals(v.unanimity()),
                        unknown, Optional.ofNullable(v.unanimityOf()).map(VoteTally.UnanimityOf::valueOf)
                                .orElse(VoteTally.UnanimityOf.NOT_SAID),
                        Optional.ofNullable(v.presidentVote()).map(VoteTally.PresidentVote::valueOf), ballot),
                Optional.ofNullable(f.result()).map(Deliberation.Result::valueOf),
                new PrefectureTransmission(sent.orElseThrow(), Optional.ofNullable(t.actesId())),
                Optional.ofNullable(f.publicationUrl()), Provenance.valueOf(f.provenance())));
        return built.flatMap(d -> d.oversized().isEmpty() ? Parsed.valid(d)
                : Parsed.invalid(d.oversized().stream().map(p -> under(p, path)).toList()));
    }

    /** A problem whose path is relative to one deliberation ({@code $.object}), placed under {@code path}. */
    private static Problem under(Problem problem, String path) {
        return new Problem(problem.code(), problem.arguments(),
                problem.path().map(relative -> path + relative.substring(1)), problem.severity());
    }

    private static <T> List<T> list(@Nullable List<T> values) {
        return values == null ? List.of() : values;
    }

    private static @Nullable Integer known(VoteTally vote, VoteTally.Count count, int value) {
        return vote.known(count) ? value : null;
    }

    private static int count(@Nullable Integer value) {
        return value == null ? 0 : value;
    }

    private static Parsed<LocalDate> date(String raw, String path) {
        try {
            return Parsed.valid(LocalDate.parse(raw));
        } catch (DateTimeParseException e) {
            return Parsed.invalid(Problem.error("date.format", path, raw));
        }
    }

    private static Parsed<LocalTime> time(String raw, String path) {
        if (!raw.matches("[0-9]{2}:[0-9]{2}")) {
            return Parsed.invalid(Problem.error("time.format", path, raw));
        }
        try {
            return Parsed.valid(LocalTime.parse(raw));
        } catch (DateTimeParseException e) {
            return Parsed.invalid(Problem.error("time.format", path, raw));
        }
    }

    private static String time(LocalTime time) {
        return String.format("%02d:%02d", time.getHour(), time.getMinute());
    }

    private static <R, T> Parsed<Optional<T>> optional(@Nullable R raw, Function<R, Parsed<T>> parser) {
        return raw == null ? Parsed.valid(Optional.empty()) : parser.apply(raw).map(Optional::of);
    }

    private static @Nullable String text(Optional<?> value) {
        return value.map(Object::toString).orElse(null);
    }
}
