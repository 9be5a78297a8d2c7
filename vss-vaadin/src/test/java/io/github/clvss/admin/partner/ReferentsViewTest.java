package io.github.clvss.admin.partner;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import io.github.clvss.admin.base.ViewTest;
import io.github.clvss.admin.security.CurrentUser;
import io.github.clvss.admin.security.SignedInAs;
import io.github.clvss.core.Vss;
import io.github.clvss.core.access.PartnerId;
import io.github.clvss.core.partner.Partner;
import io.github.clvss.core.partner.ReferentQuery;
import io.github.clvss.core.shared.PageRequest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Adding a référent from the Référents page itself, not only through a partner's dialog. */
class ReferentsViewTest extends ViewTest {

    private static final String HOSPITAL = "Centre hospitalier Ambroise-Paré";

    @Autowired
    Vss vss;

    @Autowired
    CurrentUser user;

    @Test
    @SignedInAs("coordination")
    @SuppressWarnings("unchecked")
    void the_coordinator_chooses_the_partner_then_appoints_the_referent_from_the_referents_page() {
        navigate(ReferentsView.class);

        test(find(Button.class).withId("referents-appoint").single()).click();
        test(find(Button.class).withId("referents-appoint-next").single()).click();
        Select<PartnerId> which = find(Select.class).withId("referents-appoint-partner").single();
        assertThat(which.isInvalid()).as("a partner must be chosen first").isTrue();
        which.setValue(which.getListDataView().getItems().filter(p -> name(p).equals(HOSPITAL)).findFirst().orElseThrow());
        test(find(Button.class).withId("referents-appoint-next").single()).click();
        test(find(TextField.class).withLabel("Nom").last()).setValue("Inès Martin (démo)");
        test(find(TextField.class).withLabel("Fonction").last()).setValue("Assistante sociale des urgences");
        test(find(Button.class).withText("Enregistrer").single()).click();

        Partner hospital = vss.partners().find(user.actor(), which.getValue());
        assertThat(vss.referents().list(user.actor(), ReferentQuery.current(hospital.territory()).of(hospital.id()),
                PageRequest.first(20))).extracting(r -> r.details().orElseThrow().name()).contains("Inès Martin (démo)");
    }

    @Test
    @SignedInAs("observation")
    void an_observer_is_offered_no_way_to_add_a_referent() {
        navigate(ReferentsView.class);

        assertThat(find(Button.class).withId("referents-appoint").exists()).isFalse();
    }

    private String name(PartnerId partner) {
        return vss.institutions().find(user.actor(), vss.partners().find(user.actor(), partner).institution()).name();
    }
}
