package io.github.clvss.core.deliberation;

import io.github.clvss.core.shared.Problem;
import io.github.clvss.core.territory.Population;
import io.github.clvss.core.territory.TerritoryFacts;
import io.github.clvss.core.territory.TerritoryKind;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks a deliberation against the rules of the Code général des collectivités territoriales
 * (CGCT) and of the @ctes transmission: pure, no storage, no clock. Each rule is small and
 * named; each finding names its rule and article, and is an error (the act, as recorded, breaks
 * the rule) or a warning (something to look at, or a fact the check lacks). Paths are those of
 * the deliberation file ({@code $.present[3]}, {@code $.proxies[1].holder}, {@code $.vote.inFavour}…).
 *
 * <ul>
 *   <li>{@value #REGISTER} — what the register needs: the session's date, the object, the
 *       members in office (CGCT L2121-23);</li>
 *   <li>{@value #MEMBERS} — whoever is present, represented, holds a proxy or is absent is a
 *       member in office, once (CGCT L2121-17);</li>
 *   <li>{@value #PRESENCE} — nobody is both present and represented, nor absent and present
 *       (CGCT L2121-20); a member who gave a proxy is represented, whatever list of absent or
 *       excused members the act also puts them in (a warning says so);</li>
 *   <li>{@value #QUORUM} — a majority of the members in office is present; proxies do not count;
 *       a session convoked again after one without quorum deliberates without it (CGCT L2121-17);</li>
 *   <li>{@value #PROXIES} — a member holds one proxy only, is present to hold it, and does not
 *       hold a proxy while giving one (CGCT L2121-20);</li>
 *   <li>during the health-emergency derogations ({@link HealthEmergency}: loi n° 2020-290 art. 10,
 *       ordonnance n° 2020-391, loi n° 2020-1379 art. 6, loi n° 2021-1465 art. 10), judged by the
 *       session's date: a quorum of one third of the members present and two proxies per member
 *       (a warning says the derogation was used); never outside those periods;</li>
 *   <li>{@value #VOTES} — no more votes than members present and represented (CGCT L2121-20);</li>
 *   <li>{@value #MAJORITY} — absolute majority of votes cast, abstentions, blank and spoilt
 *       ballots excluded; on a tie the president's vote decides, except in a secret ballot,
 *       where a tie rejects; the stated result follows the votes (CGCT L2121-20);</li>
 *   <li>{@value #NOMINATION} — a nomination is by secret ballot unless the council decided
 *       unanimously otherwise; absolute majority of votes cast in the first two rounds (a tie
 *       elects nobody: no casting vote), relative majority in the third, the oldest elected on a
 *       tie (CGCT L2121-21);</li>
 *   <li>{@value #UNANIMITY} — a unanimity has no vote against; "of those present" needs every
 *       present member's vote for, "of those present and represented" every vote of the present
 *       and represented members (CGCT L2121-20);</li>
 *   <li>a count the act does not state is unknown, never zero: the checks that need it say so
 *       instead of guessing; on a tie in a public vote, the president's vote, when the act gives
 *       it, decides (CGCT L2121-20).</li>
 *   <li>{@value #CONVOCATION} — convocation 5 clear days before the session from 3,500
 *       inhabitants (CGCT L2121-12), 3 below (CGCT L2121-11), at least 1 in urgency, on which the
 *       council must then rule;</li>
 *   <li>{@value #SITTING} — a municipal council sits at the town hall (CGCT L2121-7); a remote
 *       sitting is lawful only under a health-emergency derogation ({@link HealthEmergency});</li>
 *   <li>{@value #OFFICERS} — the president and the secretary are present members (CGCT L2121-14,
 *       L2121-15);</li>
 *   <li>{@value #ACTES} — the @ctes identifier is valid, dated the session's day, carries the
 *       territory's SIREN and département and the nature {@code DE}; the act is not sent before
 *       it is taken (CGCT L2131-1);</li>
 *   <li>{@value #OPEN_DATA} — what the SCDL "Délibérations" schema needs: the matière and the
 *       territory's SIRET (warnings).</li>
 * </ul>
 */
public final class DeliberationCheck {

    /** Rule: what the register needs. */
    public static final String REGISTER = "register";
    /** Rule: names are members in office. */
    public static final String MEMBERS = "members";
    /** Rule: present, represented and absent exclude one another. */
    public static final String PRESENCE = "presence";
    /** Rule: the quorum. */
    public static final String QUORUM = "quorum";
    /** Rule: one proxy per holder, held by a present member. */
    public static final String PROXIES = "proxies";
    /** Rule: votes counted within the voters. */
    public static final String VOTES = "votes";
    /** Rule: absolute majority of votes cast and the stated result. */
    public static final String MAJORITY = "majority";
    /** Rule: a nomination's ballot (CGCT L2121-21). */
    public static final String NOMINATION = "nomination";
    /** Rule: unanimity consistent with the votes. */
    public static final String UNANIMITY = "unanimity";
    /** Rule: convocation clear days. */
    public static final String CONVOCATION = "convocation";
    /** Rule: where the council sits: at the town hall, remotely only under a health-emergency derogation. */
    public static final String SITTING = "sitting";
    /** Rule: the session's president and secretary are present. */
    public static final String OFFICERS = "officers";
    /** Rule: the @ctes identifier and the transmission. */
    public static final String ACTES = "actes";
    /** Rule: what open data needs. */
    public static final String OPEN_DATA = "open-data";

    /** Communes from this many inhabitants convoke 5 clear days ahead (CGCT L2121-12). */
    public static final long LARGE_COMMUNE = 3_500;

    private static final String REGISTER_ARTICLE = "CGCT L2121-23";
    private static final String QUORUM_ARTICLE = "CGCT L2121-17";
    private static final String VOTE_ARTICLE = "CGCT L2121-20";
    private static final String NOMINATION_ARTICLE = "CGCT L2121-21";
    private static final String SITTING_ARTICLE = "CGCT L2121-7";
    private static final String LARGE_CONVOCATION_ARTICLE = "CGCT L2121-12";
    private static final String SMALL_CONVOCATION_ARTICLE = "CGCT L2121-11";
    private static final String TRANSMISSION_ARTICLE = "CGCT L2131-1";
    private static final String SCDL = "SCDL Délibérations";
    private static final Pattern SUBJECT_CODE = Pattern.compile("[0-9]\\.[0-9]{1,2}");

    private DeliberationCheck() {
    }

    /** Every finding about {@code d}, a deliberation of {@code territory}, rule by rule. */
    public static List<Finding> check(Deliberation d, TerritoryFacts territory) {
        List<Finding> findings = new ArrayList<>();
        findings.addAll(register(d));
        findings.addAll(members(d));
        findings.addAll(presence(d));
        findings.addAll(quorum(d));
        findings.addAll(proxies(d));
        findings.addAll(votes(d));
        findings.addAll(majority(d));
        findings.addAll(nomination(d));
        findings.addAll(unanimity(d));
        findings.addAll(convocation(d, territory));
        findings.addAll(officers(d));
        findings.addAll(sitting(d, territory));
        findings.addAll(actes(d, territory));
        findings.addAll(openData(d, territory));
        return List.copyOf(findings);
    }

    /** Whether some finding is an error. */
    public static boolean hasErrors(List<Finding> findings) {
        return findings.stream().anyMatch(Finding::isError);
    }

    static List<Finding> register(Deliberation d) {
        List<Finding> found = new ArrayList<>();
        if (d.session().date().isEmpty()) {
            found.add(error(REGISTER, REGISTER_ARTICLE, "deliberation.session.date.missing", "$.session.date"));
        }
        if (d.object().isBlank()) {
            found.add(error(REGISTER, REGISTER_ARTICLE, "deliberation.object.missing", "$.object"));
        }
        if (d.membersInOffice().isEmpty()) {
            found.add(error(REGISTER, REGISTER_ARTICLE, "deliberation.members.missing", "$.membersInOffice"));
        }
        if (d.result().isEmpty()) {
            found.add(warning(REGISTER, REGISTER_ARTICLE, "deliberation.result.missing", "$.result"));
        }
        return found;
    }

    static List<Finding> members(Deliberation d) {
        List<Finding> found = new ArrayList<>();
        if (d.membersInOffice().isEmpty()) {
            return found;
        }
        twice(d.membersInOffice(), "$.membersInOffice", found);
        twice(d.present(), "$.present", found);
        twice(d.absent(), "$.absent", found);
        Set<String> members = keys(d.membersInOffice());
        unknown(d.present(), "$.present", members, found);
        unknown(d.absent(), "$.absent", members, found);
        for (int i = 0; i < d.proxies().size(); i++) {
            Proxy proxy = d.proxies().get(i);
            if (!members.contains(Deliberation.key(proxy.giver()))) {
                found.add(error(MEMBERS, QUORUM_ARTICLE, "deliberation.member.unknown", "$.proxies[" + i + "].giver", proxy.giver()));
            }
            if (!members.contains(Deliberation.key(proxy.holder()))) {
                found.add(error(MEMBERS, QUORUM_ARTICLE, "deliberation.member.unknown", "$.proxies[" + i + "].holder",
                        proxy.holder()));
            }
        }
        Set<String> accounted = keys(d.present());
        accounted.addAll(keys(d.represented()));
        accounted.addAll(keys(d.absent()));
        for (int i = 0; i < d.membersInOffice().size(); i++) {
            String member = d.membersInOffice().get(i);
            if (!accounted.contains(Deliberation.key(member))) {
                found.add(warning(MEMBERS, QUORUM_ARTICLE, "deliberation.member.unaccounted", "$.membersInOffice[" + i + "]", member));
            }
        }
        return found;
    }

    static List<Finding> presence(Deliberation d) {
        List<Finding> found = new ArrayList<>();
        Set<String> present = keys(d.present());
        for (int i = 0; i < d.proxies().size(); i++) {
            String giver = d.proxies().get(i).giver();
            if (present.contains(Deliberation.key(giver))) {
                found.add(error(PRESENCE, VOTE_ARTICLE, "deliberation.presence.present-and-represented",
                        "$.proxies[" + i + "].giver", giver));
            }
        }
        Set<String> represented = keys(d.represented());
        for (int i = 0; i < d.absent().size(); i++) {
            String member = d.absent().get(i);
            if (present.contains(Deliberation.key(member))) {
                found.add(error(PRESENCE, VOTE_ARTICLE, "deliberation.presence.absent-and-counted", "$.absent[" + i + "]", member));
            } else if (represented.contains(Deliberation.key(member))) {
                // an act often lists "excusés" who gave a proxy: whatever the list, a member who gave one is represented
                found.add(warning(PRESENCE, VOTE_ARTICLE, "deliberation.presence.absent-but-represented", "$.absent[" + i + "]",
                        member));
            }
        }
        return found;
    }

    static List<Finding> quorum(Deliberation d) {
        int members = d.membersInOffice().size();
        if (members == 0) {
            return List.of();
        }
        int present = keys(d.present()).size();
        Optional<HealthEmergency.Period> derogation = derogation(d);
        if (derogation.isPresent()) {
            // one third of the members in office present
            if (3 * present >= members) {
                return List.of();
            }
            int needed = (members + 2) / 3;
            String article = QUORUM_ARTICLE + " ; " + derogation.get().text();
            if (d.reconvenedWithoutQuorum()) {
                return List.of(warning(QUORUM, article, "deliberation.quorum.reconvened", "$.reconvenedWithoutQuorum",
                        present, members, needed));
            }
            return List.of(error(QUORUM, article, "deliberation.quorum.missing-third", "$.present", present, members, needed));
        }
        if (2 * present > members) {
            return List.of();
        }
        int needed = members / 2 + 1;
        if (d.reconvenedWithoutQuorum()) {
            return List.of(warning(QUORUM, QUORUM_ARTICLE, "deliberation.quorum.reconvened", "$.reconvenedWithoutQuorum",
                    present, members, needed));
        }
        return List.of(error(QUORUM, QUORUM_ARTICLE, "deliberation.quorum.missing", "$.present", present, members, needed));
    }

    /** The health-emergency derogation the session falls under ({@link HealthEmergency}), if its date is known. */
    private static Optional<HealthEmergency.Period> derogation(Deliberation d) {
        return d.session().date().flatMap(HealthEmergency::on);
    }

    static List<Finding> proxies(Deliberation d) {
        List<Finding> found = new ArrayList<>();
        Set<String> present = keys(d.present());
        Set<String> givers = keys(d.represented());
        Map<String, Integer> held = new HashMap<>();
        Set<String> given = new HashSet<>();
        Optional<HealthEmergency.Period> derogation = derogation(d);
        int allowed = derogation.isPresent() ? 2 : 1;
        for (int i = 0; i < d.proxies().size(); i++) {
            Proxy proxy = d.proxies().get(i);
            String path = "$.proxies[" + i + "]";
            String giver = Deliberation.key(proxy.giver());
            String holder = Deliberation.key(proxy.holder());
            if (giver.equals(holder)) {
                found.add(error(PROXIES, VOTE_ARTICLE, "deliberation.proxy.self", path + ".holder", proxy.holder()));
                continue;
            }
            if (!given.add(giver)) {
                found.add(error(PROXIES, VOTE_ARTICLE, "deliberation.proxy.giver.twice", path + ".giver", proxy.giver()));
            }
            int count = held.merge(holder, 1, Integer::sum);
            if (count == allowed + 1) {
                found.add(derogation.isPresent()
                        ? error(PROXIES, VOTE_ARTICLE + " ; " + derogation.get().text(), "deliberation.proxy.holder.thrice",
                                path + ".holder", proxy.holder())
                        : error(PROXIES, VOTE_ARTICLE, "deliberation.proxy.holder.twice", path + ".holder", proxy.holder()));
            } else if (count == 2) {
                found.add(warning(PROXIES, VOTE_ARTICLE + " ; " + derogation.orElseThrow().text(),
                        "deliberation.proxy.holder.two-in-emergency", path + ".holder", proxy.holder()));
            }
            if (!present.contains(holder)) {
                found.add(error(PROXIES, VOTE_ARTICLE, "deliberation.proxy.holder.not-present", path + ".holder", proxy.holder()));
            }
            if (givers.contains(holder)) {
                found.add(error(PROXIES, VOTE_ARTICLE, "deliberation.proxy.holder.represented", path + ".holder", proxy.holder()));
            }
        }
        return found;
    }

    static List<Finding> votes(Deliberation d) {
        VoteTally vote = d.vote();
        int voters = d.voters();
        // unknown counts are read as 0: what the known ones add up to is a floor, and still cannot exceed the voters
        if (vote.cast() > voters) {
            return List.of(error(VOTES, VOTE_ARTICLE, "deliberation.votes.cast-exceed", "$.vote.inFavour", vote.cast(), voters));
        }
        if (vote.accounted() > voters) {
            return List.of(error(VOTES, VOTE_ARTICLE, "deliberation.votes.accounted-exceed", "$.vote", vote.accounted(), voters));
        }
        if (!vote.unknown().isEmpty()) {
            return List.of(warning(VOTES, VOTE_ARTICLE, "deliberation.votes.unknown", "$.vote",
                    vote.unknown().stream().map(c -> c.name()).sorted().collect(java.util.stream.Collectors.joining(", "))));
        }
        if (vote.accounted() > 0 && vote.accounted() < voters) {
            return List.of(warning(VOTES, VOTE_ARTICLE, "deliberation.votes.unaccounted", "$.vote", voters - vote.accounted(),
                    voters));
        }
        return List.of();
    }

    static List<Finding> majority(Deliberation d) {
        VoteTally vote = d.vote();
        if (vote.nomination().isPresent()) {
            return List.of();
        }
        if (!vote.known(VoteTally.Count.IN_FAVOUR) || !vote.known(VoteTally.Count.AGAINST)) {
            return d.result().isPresent() ? List.of(warning(MAJORITY, VOTE_ARTICLE, "deliberation.majority.unknown", "$.vote"))
                    : List.of();
        }
        if (vote.accounted() == 0) {
            return List.of();
        }
        List<Finding> found = new ArrayList<>();
        Optional<Deliberation.Result> expected;
        if (vote.inFavour() > vote.against()) {
            expected = Optional.of(Deliberation.Result.ADOPTED);
        } else if (vote.inFavour() < vote.against() || vote.cast() == 0) {
            expected = Optional.of(Deliberation.Result.REJECTED);
        } else if (vote.secretBallot()) {
            expected = Optional.of(Deliberation.Result.REJECTED);
            found.add(warning(MAJORITY, VOTE_ARTICLE, "deliberation.majority.secret-tie", "$.vote", vote.inFavour()));
        } else if (vote.presidentVote().isPresent()) {
            // the president's vote decides a tie; a president who did not vote for or against decides nothing
            expected = Optional.of(vote.presidentVote().get() == VoteTally.PresidentVote.FOR
                    ? Deliberation.Result.ADOPTED : Deliberation.Result.REJECTED);
            if (d.result().isPresent() && d.result().get() != expected.get()) {
                found.add(error(MAJORITY, VOTE_ARTICLE, "deliberation.result.casting-vote."
                        + vote.presidentVote().get().name().toLowerCase(java.util.Locale.ROOT), "$.result", vote.inFavour()));
                return found;
            }
        } else {
            expected = Optional.empty();
            found.add(warning(MAJORITY, VOTE_ARTICLE, "deliberation.majority.casting-vote", "$.vote", vote.inFavour()));
        }
        if (d.result().isPresent() && expected.isPresent() && d.result().get() != expected.get()) {
            String code = d.result().get() == Deliberation.Result.ADOPTED
                    ? "deliberation.result.adopted-without-majority" : "deliberation.result.rejected-with-majority";
            found.add(error(MAJORITY, VOTE_ARTICLE, code, "$.result", vote.inFavour(), vote.against()));
        }
        return found;
    }

    static List<Finding> nomination(Deliberation d) {
        VoteTally vote = d.vote();
        if (vote.nomination().isEmpty()) {
            return List.of();
        }
        VoteTally.Nomination ballot = vote.nomination().get();
        List<Finding> found = new ArrayList<>();
        if (!vote.secretBallot() && !ballot.openBallotDecidedUnanimously()) {
            found.add(error(NOMINATION, NOMINATION_ARTICLE, "deliberation.nomination.not-secret", "$.vote.secretBallot"));
        }
        boolean elected = d.result().filter(r -> r == Deliberation.Result.ADOPTED).isPresent();
        if (!elected || !vote.known(VoteTally.Count.IN_FAVOUR) || !vote.known(VoteTally.Count.AGAINST)) {
            return found;
        }
        if (ballot.round() < 3) {
            if (ballot.electedAsOldest()) {
                found.add(error(NOMINATION, NOMINATION_ARTICLE, "deliberation.nomination.oldest-too-early",
                        "$.vote.nomination.electedAsOldest", ballot.round()));
            } else if (2 * vote.inFavour() <= vote.cast()) {
                // no casting vote in a nomination: a tie elects nobody in the first two rounds
                found.add(error(NOMINATION, NOMINATION_ARTICLE, "deliberation.nomination.no-absolute-majority", "$.result",
                        ballot.round(), vote.inFavour(), vote.cast()));
            }
            return found;
        }
        ballot.runnerUp().ifPresent(runnerUp -> {
            if (vote.inFavour() < runnerUp) {
                found.add(error(NOMINATION, NOMINATION_ARTICLE, "deliberation.nomination.not-most-votes", "$.result",
                        vote.inFavour(), runnerUp));
            } else if (vote.inFavour() == runnerUp && !ballot.electedAsOldest()) {
                found.add(error(NOMINATION, NOMINATION_ARTICLE, "deliberation.nomination.tie-not-oldest",
                        "$.vote.nomination.electedAsOldest", runnerUp));
            }
        });
        return found;
    }

    static List<Finding> unanimity(Deliberation d) {
        VoteTally vote = d.vote();
        if (!vote.unanimity()) {
            return List.of();
        }
        if (vote.against() > 0) {
            return List.of(error(UNANIMITY, VOTE_ARTICLE, "deliberation.unanimity.against", "$.vote.unanimity", vote.against()));
        }
        if (!vote.known(VoteTally.Count.IN_FAVOUR)) {
            return List.of();
        }
        if (vote.inFavour() == 0) {
            return List.of(error(UNANIMITY, VOTE_ARTICLE, "deliberation.unanimity.no-vote", "$.vote.unanimity"));
        }
        int present = keys(d.present()).size();
        switch (vote.unanimityOf()) {
            case PRESENT_AND_REPRESENTED -> {
                if (vote.inFavour() != d.voters()) {
                    return List.of(error(UNANIMITY, VOTE_ARTICLE, "deliberation.unanimity.present-and-represented",
                            "$.vote.inFavour", vote.inFavour(), d.voters()));
                }
                return List.of();
            }
            case PRESENT -> {
                if (vote.inFavour() < present) {
                    return List.of(error(UNANIMITY, VOTE_ARTICLE, "deliberation.unanimity.present", "$.vote.inFavour",
                            vote.inFavour(), present));
                }
                return List.of();
            }
            default -> {
                if (vote.abstentions() + vote.blankOrSpoilt() > 0) {
                    return List.of(warning(UNANIMITY, VOTE_ARTICLE, "deliberation.unanimity.of-votes-cast", "$.vote.unanimity",
                            vote.abstentions() + vote.blankOrSpoilt()));
                }
                return List.of();
            }
        }
    }

    static List<Finding> convocation(Deliberation d, TerritoryFacts territory) {
        Optional<LocalDate> session = d.session().date();
        if (session.isEmpty()) {
            return List.of();
        }
        if (territory.kind() != TerritoryKind.COMMUNE) {
            return List.of(warning(CONVOCATION, LARGE_CONVOCATION_ARTICLE, "deliberation.convocation.not-a-commune",
                    "$.convocationDate", territory.kind()));
        }
        Optional<Long> inhabitants = territory.population().map(Population::inhabitants);
        boolean large = inhabitants.filter(n -> n >= LARGE_COMMUNE).isPresent();
        String article = inhabitants.isPresent() && !large ? SMALL_CONVOCATION_ARTICLE : LARGE_CONVOCATION_ARTICLE;
        if (d.convocationDate().isEmpty()) {
            return List.of(warning(CONVOCATION, article, "deliberation.convocation.missing", "$.convocationDate"));
        }
        LocalDate convoked = d.convocationDate().get();
        long clearDays = ChronoUnit.DAYS.between(convoked, session.get()) - 1;
        List<Finding> found = new ArrayList<>();
        if (clearDays < 0) {
            found.add(error(CONVOCATION, article, "deliberation.convocation.after-session", "$.convocationDate", convoked,
                    session.get()));
            return found;
        }
        if (inhabitants.isEmpty()) {
            found.add(warning(CONVOCATION, article, "deliberation.convocation.population-unknown", "$.convocationDate",
                    LARGE_COMMUNE));
        }
        int required = d.urgency() ? 1 : large ? 5 : 3;
        if (d.urgency()) {
            found.add(warning(CONVOCATION, article, "deliberation.convocation.urgency", "$.urgency", clearDays));
        }
        if (clearDays < required) {
            found.add(error(CONVOCATION, article, "deliberation.convocation.too-late", "$.convocationDate", clearDays, required,
                    convoked, session.get()));
        } else if (!d.urgency() && inhabitants.isEmpty() && clearDays < 5) {
            found.add(warning(CONVOCATION, LARGE_CONVOCATION_ARTICLE, "deliberation.convocation.short-for-large", "$.convocationDate",
                    clearDays, LARGE_COMMUNE));
        }
        return found;
    }

    static List<Finding> sitting(Deliberation d, TerritoryFacts territory) {
        if (!d.session().remote() || territory.kind() != TerritoryKind.COMMUNE || d.session().date().isEmpty()) {
            return List.of();
        }
        Optional<HealthEmergency.Period> derogation = derogation(d);
        if (derogation.isPresent()) {
            return List.of(warning(SITTING, SITTING_ARTICLE + " ; " + derogation.get().text(), "deliberation.session.remote-in-emergency",
                    "$.session.remote"));
        }
        return List.of(error(SITTING, SITTING_ARTICLE, "deliberation.session.remote", "$.session.remote",
                d.session().date().get()));
    }

    static List<Finding> officers(Deliberation d) {
        if (d.present().isEmpty()) {
            return List.of();
        }
        Set<String> present = keys(d.present());
        List<Finding> found = new ArrayList<>();
        d.session().president().filter(name -> !present.contains(Deliberation.key(name))).ifPresent(name -> found.add(
                warning(OFFICERS, "CGCT L2121-14", "deliberation.president.not-present", "$.session.president", name)));
        d.secretary().filter(name -> !present.contains(Deliberation.key(name))).ifPresent(name -> found.add(
                warning(OFFICERS, "CGCT L2121-15", "deliberation.secretary.not-present", "$.secretary", name)));
        return found;
    }

    static List<Finding> actes(Deliberation d, TerritoryFacts territory) {
        List<Finding> found = new ArrayList<>();
        PrefectureTransmission transmission = d.transmission();
        Optional<LocalDate> session = d.session().date();
        transmission.date().filter(sent -> session.isPresent() && sent.isBefore(session.get())).ifPresent(sent -> found.add(
                error(ACTES, TRANSMISSION_ARTICLE, "deliberation.transmission.before-session", "$.transmission.date", sent,
                        session.get())));
        Optional<String> text = transmission.actesIdText().filter(t -> !t.isBlank());
        if (text.isEmpty()) {
            return found;
        }
        var parsed = ActesId.parse(text.get(), "$.transmission.actesId");
        parsed.problems().forEach(problem -> found.add(new Finding(ACTES, TRANSMISSION_ARTICLE, problem)));
        parsed.asOptional().ifPresent(id -> {
            String path = "$.transmission.actesId";
            session.filter(day -> !day.equals(id.date())).ifPresent(day -> found.add(
                    error(ACTES, TRANSMISSION_ARTICLE, "deliberation.actes.date", path, id.date(), day)));
            if (!id.siren().equals(territory.siren())) {
                found.add(error(ACTES, TRANSMISSION_ARTICLE, "deliberation.actes.siren", path, id.siren(), territory.siren()));
            }
            if (!id.department().equals(territory.department())) {
                found.add(error(ACTES, TRANSMISSION_ARTICLE, "deliberation.actes.department", path, id.department(),
                        territory.department()));
            }
            if (id.nature() != ActesId.Nature.DE) {
                found.add(error(ACTES, TRANSMISSION_ARTICLE, "deliberation.actes.nature", path, id.nature()));
            }
        });
        return found;
    }

    static List<Finding> openData(Deliberation d, TerritoryFacts territory) {
        List<Finding> found = new ArrayList<>();
        if (d.subject().isEmpty()) {
            found.add(warning(OPEN_DATA, SCDL, "deliberation.subject.missing", "$.subject"));
        }
        d.subject().filter(s -> !SUBJECT_CODE.matcher(s.code()).matches()).ifPresent(s -> found.add(
                warning(OPEN_DATA, SCDL, "deliberation.subject.code", "$.subject.code", s.code())));
        d.subject().filter(s -> s.name().isBlank()).ifPresent(s -> found.add(
                warning(OPEN_DATA, SCDL, "deliberation.subject.name", "$.subject.name")));
        if (territory.siret().isEmpty()) {
            found.add(new Finding(OPEN_DATA, SCDL, new Problem("deliberation.open-data.siret-unknown", List.of(territory.name()),
                    Optional.empty(), Problem.Severity.WARNING)));
        }
        return found;
    }

    private static void twice(List<String> names, String path, List<Finding> found) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < names.size(); i++) {
            if (!seen.add(Deliberation.key(names.get(i)))) {
                found.add(error(MEMBERS, QUORUM_ARTICLE, "deliberation.member.twice", path + "[" + i + "]", names.get(i)));
            }
        }
    }

    private static void unknown(List<String> names, String path, Set<String> members, List<Finding> found) {
        for (int i = 0; i < names.size(); i++) {
            if (!members.contains(Deliberation.key(names.get(i)))) {
                found.add(error(MEMBERS, QUORUM_ARTICLE, "deliberation.member.unknown", path + "[" + i + "]", names.get(i)));
            }
        }
    }

    private static Set<String> keys(List<String> names) {
        Set<String> keys = new HashSet<>();
        names.forEach(name -> keys.add(Deliberation.key(name)));
        return keys;
    }

    private static Finding error(String rule, String article, String code, String path, Object... arguments) {
        return new Finding(rule, article, Problem.error(code, path, arguments));
    }

    private static Finding warning(String rule, String article, String code, String path, Object... arguments) {
        return new Finding(rule, article, Problem.warning(code, path, arguments));
    }
}
