package io.github.clvss.core.deliberation;

import io.github.clvss.core.access.TerritoryId;
import io.github.clvss.core.shared.InvalidInputException;
import io.github.clvss.core.shared.Problem;
import io.github.clvss.core.shared.Provenance;
import io.github.clvss.core.shared.WebAddresses;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A council deliberation (délibération du conseil municipal) as its register extract records
 * it: the session, the convocation, who was in office, present, represented and absent, the
 * officers of the session, the object, the vote and its result, and the transmission to the
 * préfecture.
 *
 * <p>A form builds it as the person types, so the value accepts incomplete or inconsistent
 * facts: the constructor refuses only missing components ({@code null}) and impossible values
 * (a negative count, a negative version). Whether the facts hold together and satisfy the law
 * is what {@link DeliberationCheck} says, as findings. Names are as the act writes them,
 * without the civility; they are compared with {@link #sameName}.
 *
 * @param id the deliberation's id
 * @param version the stored version this value was read at (0 before it is first saved)
 * @param territory the territory whose council deliberated
 * @param object what was put to the deliberation (objet mis en délibération)
 * @param session the session: date, time, place, president
 * @param convocationDate when the members were convoked (written notice sent)
 * @param urgency whether the convocation period was shortened for urgency
 * @param reconvenedWithoutQuorum whether the act says this session was convoked again after a
 *     session without quorum, so that it deliberates validly without one (CGCT L2121-17)
 * @param membersInOffice the council's members in office (conseillers en exercice), in the act's order
 * @param present the members present (présents), in the act's order
 * @param proxies the proxies given (excusés représentés), in the act's order
 * @param absent the members the act lists as absent, neither present nor represented
 * @param secretary the secretary of the session (secrétaire de séance)
 * @param rapporteur who reported the matter to the council
 * @param committeeOpinion the opinion of a council committee, as the act cites it
 * @param subject the @ctes matière, for open data
 * @param vote how the council voted
 * @param result the result the act states (adopté, rejeté)
 * @param transmission the transmission to the préfecture and its @ctes identifier
 * @param publicationUrl where the act is published online
 * @param provenance where the facts come from
 */
public record Deliberation(
        DeliberationId id,
        long version,
        TerritoryId territory,
        String object,
        Session session,
        Optional<LocalDate> convocationDate,
        boolean urgency,
        boolean reconvenedWithoutQuorum,
        List<String> membersInOffice,
        List<String> present,
        List<Proxy> proxies,
        List<String> absent,
        Optional<String> secretary,
        Optional<String> rapporteur,
        Optional<String> committeeOpinion,
        Optional<Subject> subject,
        VoteTally vote,
        Optional<Result> result,
        PrefectureTransmission transmission,
        Optional<String> publicationUrl,
        Provenance provenance) {

    /** The result of the vote, as the act states it. */
    public enum Result {
        /** Adopté. */
        ADOPTED,
        /** Rejeté. */
        REJECTED
    }

    /** Longest name of a member, a president, a secretary or a rapporteur. */
    public static final int NAME_MAX = 200;
    /** Longest object or committee opinion. */
    public static final int TEXT_MAX = 2000;
    /** Longest place of session or matière name. */
    public static final int PLACE_MAX = 300;
    /** Longest publication address. */
    public static final int URL_MAX = 500;
    /** Longest @ctes identifier as written. */
    public static final int CODE_MAX = 60;
    /** Longest @ctes matière code ({@code 9.1}, {@code 5.7.2}): what the register stores. */
    public static final int SUBJECT_CODE_MAX = 10;

    public Deliberation {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(territory, "territory");
        Objects.requireNonNull(object, "object");
        Objects.requireNonNull(session, "session");
        Objects.requireNonNull(convocationDate, "convocationDate");
        membersInOffice = List.copyOf(membersInOffice);
        present = List.copyOf(present);
        proxies = List.copyOf(proxies);
        absent = List.copyOf(absent);
        Objects.requireNonNull(secretary, "secretary");
        Objects.requireNonNull(rapporteur, "rapporteur");
        Objects.requireNonNull(committeeOpinion, "committeeOpinion");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(vote, "vote");
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(transmission, "transmission");
        Objects.requireNonNull(publicationUrl, "publicationUrl");
        Objects.requireNonNull(provenance, "provenance");
        if (version < 0) {
            throw new InvalidInputException(Problem.general("deliberation.version.negative", version));
        }
    }

    /** An empty deliberation of a territory, about to be filled in and recorded. */
    public static Deliberation draft(Clock clock, TerritoryId territory) {
        return new Deliberation(DeliberationId.next(clock), 0, territory, "", Session.UNKNOWN, Optional.empty(), false, false,
                List.of(), List.of(), List.of(), List.of(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), VoteTally.NONE, Optional.empty(), PrefectureTransmission.NONE, Optional.empty(),
                Provenance.ENTERED);
    }

    /** Whether two names written on an act name the same person: spaces and case do not count. */
    public static boolean sameName(String one, String other) {
        return key(one).equals(key(other));
    }

    /** A name's form for comparison: trimmed, single spaces, lower case. */
    static String key(String name) {
        return name.strip().replaceAll("\\s+", " ").toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * The texts longer than vss keeps, as {@code text.too-long} problems at their paths in the
     * deliberation file, and a publication address that is not a web one ({@link WebAddresses}):
     * recording refuses them (a form stops the typing before).
     */
    public List<Problem> oversized() {
        List<Problem> problems = new java.util.ArrayList<>();
        limit(problems, object, "$.object", TEXT_MAX);
        session.place().ifPresent(place -> limit(problems, place, "$.session.place", PLACE_MAX));
        session.president().ifPresent(name -> limit(problems, name, "$.session.president", NAME_MAX));
        names(problems, membersInOffice, "$.membersInOffice");
        names(problems, present, "$.present");
        names(problems, absent, "$.absent");
        for (int i = 0; i < proxies.size(); i++) {
            limit(problems, proxies.get(i).giver(), "$.proxies[" + i + "].giver", NAME_MAX);
            limit(problems, proxies.get(i).holder(), "$.proxies[" + i + "].holder", NAME_MAX);
        }
        secretary.ifPresent(name -> limit(problems, name, "$.secretary", NAME_MAX));
        rapporteur.ifPresent(name -> limit(problems, name, "$.rapporteur", NAME_MAX));
        committeeOpinion.ifPresent(text -> limit(problems, text, "$.committeeOpinion", TEXT_MAX));
        subject.ifPresent(s -> {
            limit(problems, s.code(), "$.subject.code", SUBJECT_CODE_MAX);
            limit(problems, s.name(), "$.subject.name", PLACE_MAX);
        });
        transmission.actesIdText().ifPresent(text -> limit(problems, text, "$.transmission.actesId", CODE_MAX));
        publicationUrl.ifPresent(url -> limit(problems, url, "$.publicationUrl", URL_MAX));
        WebAddresses.problem(publicationUrl, "$.publicationUrl").ifPresent(problems::add);
        return List.copyOf(problems);
    }

    private static void names(List<Problem> problems, List<String> names, String path) {
        for (int i = 0; i < names.size(); i++) {
            limit(problems, names.get(i), path + "[" + i + "]", NAME_MAX);
        }
    }

    private static void limit(List<Problem> problems, String text, String path, int max) {
        if (text.length() > max) {
            problems.add(Problem.error("text.too-long", path, text.length(), max));
        }
    }

    /** The members represented by a proxy (the givers), in the act's order. */
    public List<String> represented() {
        return proxies.stream().map(Proxy::giver).toList();
    }

    /** How many may vote: the members present and the proxies they hold. */
    public int voters() {
        return present.size() + proxies.size();
    }

    /** A copy to change some facts of, e.g. in a form or a test. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** The same deliberation at another stored version (storage adapters set it). */
    public Deliberation withVersion(long newVersion) {
        return toBuilder().version(newVersion).build();
    }

    /** Changes a deliberation's facts one at a time; {@link #build} makes the new value. */
    public static final class Builder {
        private DeliberationId id;
        private long version;
        private TerritoryId territory;
        private String object;
        private Session session;
        private Optional<LocalDate> convocationDate;
        private boolean urgency;
        private boolean reconvenedWithoutQuorum;
        private List<String> membersInOffice;
        private List<String> present;
        private List<Proxy> proxies;
        private List<String> absent;
        private Optional<String> secretary;
        private Optional<String> rapporteur;
        private Optional<String> committeeOpinion;
        private Optional<Subject> subject;
        private VoteTally vote;
        private Optional<Result> result;
        private PrefectureTransmission transmission;
        private Optional<String> publicationUrl;
        private Provenance provenance;

        private Builder(Deliberation d) {
            id = d.id;
            version = d.version;
            territory = d.territory;
            object = d.object;
            session = d.session;
            convocationDate = d.convocationDate;
            urgency = d.urgency;
            reconvenedWithoutQuorum = d.reconvenedWithoutQuorum;
            membersInOffice = d.membersInOffice;
            present = d.present;
            proxies = d.proxies;
            absent = d.absent;
            secretary = d.secretary;
            rapporteur = d.rapporteur;
            committeeOpinion = d.committeeOpinion;
            subject = d.subject;
            vote = d.vote;
            result = d.result;
            transmission = d.transmission;
            publicationUrl = d.publicationUrl;
            provenance = d.provenance;
        }

        /** Sets the id. */
        public Builder id(DeliberationId value) {
            id = value;
            return this;
        }

        /** Sets the stored version. */
        public Builder version(long value) {
            version = value;
            return this;
        }

        /** Sets the territory. */
        public Builder territory(TerritoryId value) {
            territory = value;
            return this;
        }

        /** Sets the object. */
        public Builder object(String value) {
            object = value;
            return this;
        }

        /** Sets the session. */
        public Builder session(Session value) {
            session = value;
            return this;
        }

        /** Sets the convocation date. */
        public Builder convocationDate(Optional<LocalDate> value) {
            convocationDate = value;
            return this;
        }

        /** Sets whether the convocation was shortened for urgency. */
        public Builder urgency(boolean value) {
            urgency = value;
            return this;
        }

        /** Sets whether the session was convoked again after one without quorum. */
        public Builder reconvenedWithoutQuorum(boolean value) {
            reconvenedWithoutQuorum = value;
            return this;
        }

        /** Sets the members in office. */
        public Builder membersInOffice(List<String> value) {
            membersInOffice = value;
            return this;
        }

        /** Sets the members present. */
        public Builder present(List<String> value) {
            present = value;
            return this;
        }

        /** Sets the proxies. */
        public Builder proxies(List<Proxy> value) {
            proxies = value;
            return this;
        }

        /** Sets the members listed as absent. */
        public Builder absent(List<String> value) {
            absent = value;
            return this;
        }

        /** Sets the secretary of the session. */
        public Builder secretary(Optional<String> value) {
            secretary = value;
            return this;
        }

        /** Sets the rapporteur. */
        public Builder rapporteur(Optional<String> value) {
            rapporteur = value;
            return this;
        }

        /** Sets the committee's opinion. */
        public Builder committeeOpinion(Optional<String> value) {
            committeeOpinion = value;
            return this;
        }

        /** Sets the open-data matière. */
        public Builder subject(Optional<Subject> value) {
            subject = value;
            return this;
        }

        /** Sets the vote. */
        public Builder vote(VoteTally value) {
            vote = value;
            return this;
        }

        /** Sets the stated result. */
        public Builder result(Optional<Result> value) {
            result = value;
            return this;
        }

        /** Sets the transmission to the préfecture. */
        public Builder transmission(PrefectureTransmission value) {
            transmission = value;
            return this;
        }

        /** Sets the publication address. */
        public Builder publicationUrl(Optional<String> value) {
            publicationUrl = value;
            return this;
        }

        /** Sets the provenance. */
        public Builder provenance(Provenance value) {
            provenance = value;
            return this;
        }

        /** The deliberation with these facts. */
        public Deliberation build() {
            return new Deliberation(id, version, territory, object, session, convocationDate, urgency, reconvenedWithoutQuorum,
                    membersInOffice, present, proxies, absent, secretary, rapporteur, committeeOpinion, subject, vote, result,
                    transmission, publicationUrl, provenance);
        }
    }
}
