package io.github.clvss.admin.deliberation;

import io.github.clvss.admin.base.FormMapping;
import io.github.clvss.core.access.TerritoryId;
import io.github.clvss.core.deliberation.Deliberation;
import io.github.clvss.core.deliberation.DeliberationId;
import io.github.clvss.core.deliberation.PrefectureTransmission;
import io.github.clvss.core.deliberation.Session;
import io.github.clvss.core.deliberation.Subject;
import io.github.clvss.core.deliberation.VoteTally;
import io.github.clvss.core.deliberation.VoteTally.Count;
import io.github.clvss.core.shared.Provenance;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.factory.Mappers;

/**
 * Copies a deliberation into its form and the form back into a deliberation (MapStruct writes
 * the code). The form may be half-typed: what comes back is what the check reads as the person
 * types, and what is recorded on Save.
 */
@Mapper(config = FormMapping.class, imports = {Optional.class, String.class, ArrayList.class, LinkedHashSet.class,
    Subject.class, VoteTally.class, Count.class})
interface DeliberationMapping {

    DeliberationMapping MAP = Mappers.getMapper(DeliberationMapping.class);

    /** What the form does not show of a deliberation: who it is, where it belongs, where its facts come from. */
    record Kept(DeliberationId id, long version, TerritoryId territory, Provenance provenance) {

        static Kept of(Deliberation deliberation) {
            return new Kept(deliberation.id(), deliberation.version(), deliberation.territory(), deliberation.provenance());
        }
    }

    @Mapping(target = "object", source = "object")
    @Mapping(target = "date", expression = "java(d.session().date().orElse(null))")
    @Mapping(target = "time", expression = "java(d.session().time().orElse(null))")
    @Mapping(target = "place", expression = "java(d.session().place().orElse(\"\"))")
    @Mapping(target = "president", expression = "java(d.session().president().orElse(null))")
    @Mapping(target = "remote", expression = "java(d.session().remote())")
    @Mapping(target = "convocation", expression = "java(d.convocationDate().orElse(null))")
    @Mapping(target = "urgency", source = "urgency")
    @Mapping(target = "reconvened", source = "reconvenedWithoutQuorum")
    @Mapping(target = "members", expression = "java(String.join(\"\\n\", d.membersInOffice()))")
    @Mapping(target = "present", expression = "java(new LinkedHashSet<>(d.present()))")
    @Mapping(target = "proxies", expression = "java(new ArrayList<>(d.proxies()))")
    @Mapping(target = "absent", expression = "java(new LinkedHashSet<>(d.absent()))")
    @Mapping(target = "secretary", expression = "java(d.secretary().orElse(null))")
    @Mapping(target = "rapporteur", expression = "java(d.rapporteur().orElse(null))")
    @Mapping(target = "committee", expression = "java(d.committeeOpinion().orElse(\"\"))")
    @Mapping(target = "inFavour", expression = "java(count(d.vote(), Count.IN_FAVOUR, d.vote().inFavour()))")
    @Mapping(target = "against", expression = "java(count(d.vote(), Count.AGAINST, d.vote().against()))")
    @Mapping(target = "abstentions", expression = "java(count(d.vote(), Count.ABSTENTIONS, d.vote().abstentions()))")
    @Mapping(target = "blank", expression = "java(count(d.vote(), Count.BLANK_OR_SPOILT, d.vote().blankOrSpoilt()))")
    @Mapping(target = "notTakingPart", expression = "java(count(d.vote(), Count.NOT_TAKING_PART, d.vote().notTakingPart()))")
    @Mapping(target = "secret", expression = "java(d.vote().secretBallot())")
    @Mapping(target = "unanimity", expression = "java(d.vote().unanimity())")
    @Mapping(target = "unanimityOf", expression = "java(d.vote().unanimityOf())")
    @Mapping(target = "presidentVote", expression = "java(d.vote().presidentVote().orElse(null))")
    @Mapping(target = "nomination", expression = "java(d.vote().nomination().isPresent())")
    @Mapping(target = "round", expression = "java(d.vote().nomination().map(VoteTally.Nomination::round).orElse(null))")
    @Mapping(target = "openBallot",
            expression = "java(d.vote().nomination().map(VoteTally.Nomination::openBallotDecidedUnanimously).orElse(false))")
    @Mapping(target = "runnerUp", expression = "java(d.vote().nomination().flatMap(VoteTally.Nomination::runnerUp).orElse(null))")
    @Mapping(target = "electedAsOldest",
            expression = "java(d.vote().nomination().map(VoteTally.Nomination::electedAsOldest).orElse(false))")
    @Mapping(target = "result", expression = "java(d.result().orElse(null))")
    @Mapping(target = "transmitted", expression = "java(d.transmission().date().orElse(null))")
    @Mapping(target = "actes", expression = "java(d.transmission().actesIdText().orElse(\"\"))")
    @Mapping(target = "subjectCode", expression = "java(d.subject().map(Subject::code).orElse(\"\"))")
    @Mapping(target = "subjectName", expression = "java(d.subject().map(Subject::name).orElse(\"\"))")
    @Mapping(target = "url", expression = "java(d.publicationUrl().orElse(\"\"))")
    DeliberationForm toForm(Deliberation d);

    @Mapping(target = "id", source = "kept.id")
    @Mapping(target = "version", source = "kept.version")
    @Mapping(target = "territory", source = "kept.territory")
    @Mapping(target = "provenance", source = "kept.provenance")
    @Mapping(target = "withVersion", ignore = true)
    @Mapping(target = "object", expression = "java(form.getObject().strip())")
    @Mapping(target = "session", expression = "java(session(form))")
    @Mapping(target = "convocationDate", expression = "java(Optional.ofNullable(form.getConvocation()))")
    @Mapping(target = "urgency", source = "form.urgency")
    @Mapping(target = "reconvenedWithoutQuorum", source = "form.reconvened")
    @Mapping(target = "membersInOffice", expression = "java(members(form.getMembers()))")
    @Mapping(target = "present", expression = "java(ordered(members(form.getMembers()), form.getPresent()))")
    @Mapping(target = "proxies", expression = "java(List.copyOf(form.getProxies()))")
    @Mapping(target = "absent", expression = "java(ordered(members(form.getMembers()), form.getAbsent()))")
    @Mapping(target = "secretary", expression = "java(text(form.getSecretary()))")
    @Mapping(target = "rapporteur", expression = "java(text(form.getRapporteur()))")
    @Mapping(target = "committeeOpinion", expression = "java(text(form.getCommittee()))")
    @Mapping(target = "subject", expression = "java(subject(form))")
    @Mapping(target = "vote", expression = "java(vote(form))")
    @Mapping(target = "result", expression = "java(Optional.ofNullable(form.getResult()))")
    @Mapping(target = "transmission",
            expression = "java(new PrefectureTransmission(Optional.ofNullable(form.getTransmitted()), text(form.getActes())))")
    @Mapping(target = "publicationUrl", expression = "java(text(form.getUrl()))")
    Deliberation toDeliberation(DeliberationForm form, Kept kept);

    /** The council list as typed: one name a line, blank lines and repeats left out. */
    default List<String> members(String text) {
        return text == null ? List.of() : text.lines().map(String::strip).filter(l -> !l.isEmpty()).distinct().toList();
    }

    /** The chosen members in the council list's order, then any chosen name not on it. */
    default List<String> ordered(List<String> list, Set<String> chosen) {
        List<String> ordered = new ArrayList<>(list.stream().filter(chosen::contains).toList());
        chosen.stream().filter(c -> !list.contains(c)).forEach(ordered::add);
        return ordered;
    }

    default Optional<String> text(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }

    default Session session(DeliberationForm form) {
        return new Session(Optional.ofNullable(form.getDate()), Optional.ofNullable(form.getTime()), text(form.getPlace()),
                text(form.getPresident()), form.isRemote());
    }

    default Optional<Subject> subject(DeliberationForm form) {
        return text(form.getSubjectCode()).isEmpty() && text(form.getSubjectName()).isEmpty() ? Optional.empty()
                : Optional.of(new Subject(form.getSubjectCode().strip(), form.getSubjectName().strip()));
    }

    /** A count as the form shows it: empty when the act does not state it. */
    default Integer count(VoteTally vote, Count count, int value) {
        return vote.known(count) ? value : null;
    }

    /** The vote: an empty count is unknown (not zero); a nomination's round is kept within its three rounds. */
    default VoteTally vote(DeliberationForm form) {
        Set<Count> unknown = EnumSet.noneOf(Count.class);
        int inFavour = stated(form.getInFavour(), Count.IN_FAVOUR, unknown);
        int against = stated(form.getAgainst(), Count.AGAINST, unknown);
        int abstentions = stated(form.getAbstentions(), Count.ABSTENTIONS, unknown);
        int blank = stated(form.getBlank(), Count.BLANK_OR_SPOILT, unknown);
        int notTakingPart = stated(form.getNotTakingPart(), Count.NOT_TAKING_PART, unknown);
        Optional<VoteTally.Nomination> nomination = form.isNomination()
                ? Optional.of(new VoteTally.Nomination(form.getRound() == null ? 1 : Math.clamp(form.getRound(), 1, 3),
                        form.isOpenBallot(), Optional.ofNullable(form.getRunnerUp()).map(n -> Math.max(0, n)),
                        form.isElectedAsOldest()))
                : Optional.empty();
        return new VoteTally(inFavour, against, abstentions, blank, notTakingPart, form.isSecret(), form.isUnanimity(), unknown,
                form.getUnanimityOf() == null ? VoteTally.UnanimityOf.NOT_SAID : form.getUnanimityOf(),
                Optional.ofNullable(form.getPresidentVote()), nomination);
    }

    private static int stated(Integer value, Count count, Set<Count> unknown) {
        if (value == null) {
            unknown.add(count);
            return 0;
        }
        return Math.max(0, value);
    }
}
