package io.github.clvss.admin.referral;

import io.github.clvss.admin.base.FormMapping;
import io.github.clvss.core.referral.Facts.AgeGroup;
import io.github.clvss.core.referral.Facts.MinorFact;
import io.github.clvss.core.referral.Situation;
import java.util.Set;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.factory.Mappers;

/** Copies what the simulator holds into the situation vss-core decides on (MapStruct writes the code). */
@Mapper(config = FormMapping.class)
interface SituationMapping {

    SituationMapping MAP = Mappers.getMapper(SituationMapping.class);

    /**
     * The situation described. The asker must be given (the simulator asks for it first); a fact
     * marked unknown is not also ticked (the simulator clears it), and facts about a minor go
     * only with a minor or an unknown age.
     */
    @Mapping(target = "minorFacts", expression = "java(minorFacts(form.getAge(), form.getMinorFacts()))")
    Situation toSituation(SituationForm form);

    /** Facts about a minor victim count only when the person may be a minor. */
    default Set<MinorFact> minorFacts(AgeGroup age, Set<MinorFact> facts) {
        return age == AgeGroup.MINOR || age == AgeGroup.UNKNOWN ? facts : Set.of();
    }
}
