package io.github.clvss.admin.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Div;
import io.github.clvss.admin.base.ViewTest;
import io.github.clvss.admin.security.CurrentUser;
import io.github.clvss.admin.security.SignedInAs;
import io.github.clvss.core.Vss;
import io.github.clvss.core.access.Grant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The coordinator's tile of late path handovers: counts only, as vss-core counts them; nobody else sees it. */
class LateHandoversTest extends ViewTest {

    @Autowired
    Vss vss;

    @Autowired
    CurrentUser user;

    @Test
    @SignedInAs("coordination")
    void the_coordinator_sees_how_many_handovers_are_late_as_vss_core_counts_them() {
        navigate(ContractOverviewView.class);

        var territory = user.actor().grants().stream().map(Grant::territory).flatMap(java.util.Optional::stream).findFirst().orElseThrow();
        long late = vss.paths().countLate(user.actor(), territory);
        String tile = find(Div.class).withId("dashboard-late-handovers").single().getElement().getTextRecursively();
        assertThat(tile).startsWith("Adressages de parcours en retard").contains(late + " adressage(s) en retard");
    }

    @Test
    @SignedInAs("observation")
    void an_observer_sees_no_tile_of_late_handovers() {
        navigate(ContractOverviewView.class);

        assertThat(find(Div.class).withId("dashboard-late-handovers").all()).isEmpty();
    }
}
