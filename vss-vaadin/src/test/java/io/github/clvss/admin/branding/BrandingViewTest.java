package io.github.clvss.admin.branding;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextField;
import io.github.clvss.admin.base.ProblemList;
import io.github.clvss.admin.base.ViewTest;
import io.github.clvss.admin.security.CurrentUser;
import io.github.clvss.admin.security.SignedInAs;
import io.github.clvss.core.Vss;
import io.github.clvss.core.access.TerritoryId;
import io.github.clvss.core.branding.Branding;
import io.github.clvss.core.territory.InseeCode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The branding page's form: refusals land on their field, and a stale save overwrites nothing. */
@SignedInAs("coordination")
class BrandingViewTest extends ViewTest {

    @Autowired
    Vss vss;

    @Autowired
    CurrentUser user;

    @Test
    void a_colour_that_is_not_one_is_refused_on_its_field_and_nothing_is_saved() {
        Branding before = branding();
        navigate(BrandingView.class);
        test(find(TextField.class).withLabel("Couleur principale").single()).setValue("rouge");

        test(find(Button.class).withText("Enregistrer").single()).click();

        TextField colour = find(TextField.class).withLabel("Couleur principale").single();
        assertThat(colour.isInvalid()).isTrue();
        assertThat(colour.getErrorMessage()).contains("« #rouge » n’est pas une couleur au format #rrvvbb.");
        assertThat(find(TextField.class).withLabel("Nom de l’application").single().isInvalid()).isFalse();
        assertThat(colour.getValue()).isEqualTo("rouge");
        assertThat(branding().version()).isEqualTo(before.version());
    }

    @Test
    void saving_a_branding_someone_saved_meanwhile_says_so_keeps_the_input_and_overwrites_nothing() {
        navigate(BrandingView.class);
        test(find(TextField.class).withLabel("Nom de l’application").single()).setValue("Nom tapé pendant ce temps");

        Branding meanwhile = vss.branding().save(user.actor(), branding());
        test(find(Button.class).withText("Enregistrer").single()).click();

        assertThat(find(ProblemList.class).single().getElement().getTextRecursively())
                .contains("Quelqu’un a modifié cette fiche pendant que vous la remplissiez");
        assertThat(find(TextField.class).withLabel("Nom de l’application").single().getValue())
                .isEqualTo("Nom tapé pendant ce temps");
        assertThat(branding().version()).isEqualTo(meanwhile.version());
        assertThat(branding().applicationName()).isEqualTo(meanwhile.applicationName());
    }

    private Branding branding() {
        TerritoryId boulogne = vss.territories().findByInseeCode(user.actor(), new InseeCode("92012")).orElseThrow().id();
        return vss.branding().of(user.actor(), boulogne);
    }
}
