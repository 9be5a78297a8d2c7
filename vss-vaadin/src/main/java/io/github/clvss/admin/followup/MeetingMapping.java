package io.github.clvss.admin.followup;

import io.github.clvss.admin.base.FormMapping;
import io.github.clvss.core.access.PartnerId;
import io.github.clvss.core.access.TerritoryId;
import io.github.clvss.core.contract.ContractId;
import io.github.clvss.core.followup.Invitee;
import io.github.clvss.core.followup.Meeting;
import io.github.clvss.core.followup.MeetingDecision;
import io.github.clvss.core.followup.MeetingId;
import io.github.clvss.core.institution.InstitutionId;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.factory.Mappers;

/** Copies a meeting into its form and the form back into a meeting (MapStruct writes the code). */
@Mapper(config = FormMapping.class)
interface MeetingMapping {

    MeetingMapping MAP = Mappers.getMapper(MeetingMapping.class);

    /**
     * What the form does not show of a meeting: who it is, the attendance already recorded, its
     * guests and decisions. A new meeting has none of them.
     */
    record Kept(MeetingId id, long version, TerritoryId territory, ContractId contract, List<Invitee> invitees,
            List<InstitutionId> guests, List<MeetingDecision> decisions) {

        static Kept of(Meeting meeting) {
            return new Kept(meeting.id(), meeting.version(), meeting.territory(), meeting.contract(), meeting.invitees(),
                    meeting.guests(), meeting.decisions());
        }

        static Kept planned(MeetingId id, TerritoryId territory, ContractId contract) {
            return new Kept(id, 0, territory, contract, List.of(), List.of(), List.of());
        }
    }

    @Mapping(target = "place", expression = "java(meeting.place().orElse(\"\"))")
    @Mapping(target = "agenda", expression = "java(String.join(\"\\n\", meeting.agenda()))")
    @Mapping(target = "invitees", expression = "java(partners(meeting.invitees()))")
    @Mapping(target = "minutes", expression = "java(meeting.minutes().orElse(\"\"))")
    MeetingForm toForm(Meeting meeting);

    @Mapping(target = "id", source = "kept.id")
    @Mapping(target = "version", source = "kept.version")
    @Mapping(target = "territory", source = "kept.territory")
    @Mapping(target = "contract", source = "kept.contract")
    @Mapping(target = "kind", source = "form.kind")
    @Mapping(target = "title", expression = "java(form.getTitle().strip())")
    @Mapping(target = "start", source = "form.start")
    @Mapping(target = "end", source = "form.end")
    @Mapping(target = "place", expression = "java(filled(form.getPlace()))")
    @Mapping(target = "agenda", expression = "java(items(form.getAgenda()))")
    @Mapping(target = "invitees", expression = "java(invited(form.getInvitees(), kept.invitees()))")
    @Mapping(target = "guests", source = "kept.guests")
    @Mapping(target = "minutes", expression = "java(filled(form.getMinutes()))")
    @Mapping(target = "decisions", source = "kept.decisions")
    @Mapping(target = "provenance", constant = "ENTERED")
    @Mapping(target = "withDecision", ignore = true) // a method of Meeting MapStruct takes for a fluent setter
    Meeting toMeeting(MeetingForm form, Kept kept);

    default Set<PartnerId> partners(List<Invitee> invitees) {
        return new LinkedHashSet<>(invitees.stream().map(Invitee::partner).toList());
    }

    /** A text typed, stripped; nothing when blank. */
    default Optional<String> filled(String text) {
        return Optional.of(text.strip()).filter(s -> !s.isEmpty());
    }

    /** The agenda's items: one a line, blank lines left out. */
    default List<String> items(String agenda) {
        return agenda.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    /** The partners chosen, in order; attendance already recorded for a partner still invited is kept. */
    default List<Invitee> invited(Set<PartnerId> chosen, List<Invitee> before) {
        return chosen.stream().map(p -> before.stream().filter(i -> i.partner().equals(p)).findFirst()
                .orElse(Invitee.invited(p))).toList();
    }
}
