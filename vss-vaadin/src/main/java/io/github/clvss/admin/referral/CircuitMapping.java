package io.github.clvss.admin.referral;

import io.github.clvss.admin.base.FormMapping;
import io.github.clvss.admin.referral.CircuitForm.Answer;
import io.github.clvss.core.referral.Circuit;
import io.github.clvss.core.referral.CircuitCondition;
import java.util.Optional;
import java.util.Set;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.factory.Mappers;

/** Copies a circuit into its form and the form back into a circuit (MapStruct writes the code). */
@Mapper(config = FormMapping.class)
interface CircuitMapping {

    CircuitMapping MAP = Mappers.getMapper(CircuitMapping.class);

    @Mapping(target = "ages", source = "when.ages")
    @Mapping(target = "vulnerabilities", source = "when.vulnerabilities")
    @Mapping(target = "relations", source = "when.relations")
    @Mapping(target = "violences", source = "when.violences")
    @Mapping(target = "recencies", source = "when.recencies")
    @Mapping(target = "immediateDanger", expression = "java(answer(circuit.when().immediateDanger()))")
    @Mapping(target = "emprise", expression = "java(answer(circuit.when().emprise()))")
    @Mapping(target = "childrenExposed", expression = "java(answer(circuit.when().childrenExposed()))")
    @Mapping(target = "cannotSpeak", expression = "java(answer(circuit.when().cannotSpeak()))")
    @Mapping(target = "needsShelter", expression = "java(answer(circuit.when().needsShelter()))")
    @Mapping(target = "consents", source = "when.consents")
    @Mapping(target = "askers", source = "when.askers")
    @Mapping(target = "contexts", source = "when.contexts")
    @Mapping(target = "offences", source = "when.offences")
    @Mapping(target = "lifeInDanger", expression = "java(answer(circuit.when().lifeInDanger()))")
    @Mapping(target = "childVictim", expression = "java(answer(circuit.when().childVictim()))")
    @Mapping(target = "dangerousWithWeapon", expression = "java(answer(circuit.when().dangerousWithWeapon()))")
    @Mapping(target = "deafOrHardOfHearing", expression = "java(answer(circuit.when().deafOrHardOfHearing()))")
    @Mapping(target = "institutions", source = "when.institutions")
    @Mapping(target = "learnedInFunctions", expression = "java(answer(circuit.when().learnedInFunctions()))")
    @Mapping(target = "judicialPoliceOfficer", expression = "java(answer(circuit.when().judicialPoliceOfficer()))")
    CircuitForm toForm(Circuit circuit);

    /** The facts the form says the circuit applies to (an empty set: any value). */
    default CircuitCondition toCondition(CircuitForm form) {
        return new CircuitCondition(form.getAges(), form.getVulnerabilities(), form.getRelations(), form.getViolences(),
                form.getRecencies(), matching(form.getImmediateDanger()), matching(form.getEmprise()),
                matching(form.getChildrenExposed()), matching(form.getCannotSpeak()), matching(form.getNeedsShelter()),
                form.getConsents(), form.getAskers(), form.getContexts(), form.getOffences(), matching(form.getLifeInDanger()),
                matching(form.getChildVictim()), matching(form.getDangerousWithWeapon()),
                matching(form.getDeafOrHardOfHearing()), form.getInstitutions(), matching(form.getLearnedInFunctions()),
                matching(form.getJudicialPoliceOfficer()));
    }

    /** The circuit the form describes, when it can be one: a valid name, a target, a reason of 1 to 300 characters. */
    default Optional<Circuit> toCircuit(CircuitForm form) {
        String name = form.getName() == null ? "" : form.getName().strip();
        String reason = form.getReason() == null ? "" : form.getReason().strip();
        if (!Circuit.isName(name) || form.getTarget() == null || !Circuit.isTarget(form.getTarget()) || reason.isEmpty()
                || reason.length() > 300 || form.getUrgency() == null || form.getChannel() == null) {
            return Optional.empty();
        }
        return Optional.of(new Circuit(name, toCondition(form), form.getTarget(), form.getUrgency(), form.getChannel(), reason));
    }

    default Answer answer(Set<Boolean> values) {
        return Answer.of(values);
    }

    default Set<Boolean> matching(Answer answer) {
        return answer == null ? Set.of() : answer.matching();
    }
}
