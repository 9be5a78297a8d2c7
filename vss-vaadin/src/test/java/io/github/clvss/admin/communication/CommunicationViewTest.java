package io.github.clvss.admin.communication;

import io.github.clvss.admin.base.ViewTest;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import io.github.clvss.admin.security.SignedInAs;
import org.junit.jupiter.api.Test;

class CommunicationViewTest extends ViewTest {

    @Test
    @SignedInAs("coordination")
    @SuppressWarnings("unchecked")
    void the_coordinator_adds_an_action_to_a_demo_campaign_led_by_a_partner_and_sees_it_in_its_month() {
        navigate(CommunicationView.class);
        assertThat(find(com.vaadin.flow.component.html.Span.class).withTextContaining("Interventions dans les collèges (démo)").exists()).isTrue();

        test(find(Button.class).withText("Prévoir une campagne").single()).click();
        test(find(TextField.class).withLabel("Titre").single()).setValue("Exposition au collège (démo)");
        test(find(Select.class).withLabel("Fait partie de la campagne").single()).selectItem("Interventions dans les collèges (démo)");
        test(find(Select.class).withLabel("Partenaire qui la mène").single()).selectItem("CIDFF des Hauts-de-Seine Sud");
        test(find(Button.class).withText("Enregistrer").single()).click();

        assertThat(find(com.vaadin.flow.component.html.Span.class).withTextContaining("↳ Exposition au collège (démo)").exists()).isTrue();
    }
}
