package io.github.clvss.admin.deliberation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.clvss.admin.base.ProblemList;
import io.github.clvss.admin.base.ViewTest;
import io.github.clvss.admin.security.SignedInAs;
import org.junit.jupiter.api.Test;

/** The deliberations' list on the demo data: the SCDL export's gaps flagged before it is published. */
@SignedInAs("coordination")
class DeliberationsViewTest extends ViewTest {

    @Test
    void the_demo_acts_missing_siret_is_flagged_above_the_list_and_its_matiere_is_not() {
        navigate(DeliberationsView.class);

        ProblemList gaps = find(ProblemList.class).withId("deliberations-scdl-gaps").single();
        assertThat(gaps.isVisible()).isTrue();
        assertThat(gaps.getElement().getTextRecursively())
                .contains("Avant de publier le fichier SCDL")
                .contains("le SIRET de Boulogne-Billancourt n’est pas renseigné (colonne COLL_SIRET obligatoire)")
                .doesNotContain("DELIB_MATIERE")
                .doesNotContain("$.");
    }
}
