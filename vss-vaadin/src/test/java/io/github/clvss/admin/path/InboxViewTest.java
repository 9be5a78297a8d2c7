package io.github.clvss.admin.path;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import io.github.clvss.admin.base.ViewTest;
import io.github.clvss.admin.security.SignedInAs;
import io.github.clvss.core.Vss;
import io.github.clvss.core.access.Actor;
import io.github.clvss.core.access.PartnerId;
import io.github.clvss.core.account.Login;
import io.github.clvss.core.path.ConsentScope;
import io.github.clvss.core.path.ConsentStatus;
import io.github.clvss.core.path.Handover;
import io.github.clvss.core.path.HandoverStatus;
import io.github.clvss.core.path.VictimPath;
import io.github.clvss.core.referral.Facts.AgeGroup;
import io.github.clvss.core.referral.Facts.Capacity;
import io.github.clvss.core.referral.Facts.Relation;
import io.github.clvss.core.referral.Facts.Violence;
import io.github.clvss.core.referral.Situation;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The CIDFF's user finds a path the hospital sent in its inbox and acts on it from the path's page. */
@SignedInAs("cidff")
@SuppressWarnings("unchecked")
class InboxViewTest extends ViewTest {

    @Autowired
    Vss vss;

    private VictimPath path;
    private Handover sent;

    @BeforeEach
    void theHospitalSendsAPath() {
        Actor hospital = actor("hopital");
        Actor cidff = actor("cidff");
        PartnerId from = partner(hospital);
        PartnerId to = partner(cidff);
        Situation situation = Situation.builder(AgeGroup.ADULT, Set.of(Capacity.DOCTOR)).relation(Relation.PARTNER)
                .violences(Violence.PHYSICAL).build();
        path = vss.paths().open(hospital, territory(hospital), from, situation, Optional.empty());
        vss.paths().recordConsent(hospital, path.id(), ConsentStatus.GIVEN, ConsentScope.handoverTo(to));
        sent = vss.paths().handOver(hospital, path.id(), to, Optional.empty());
    }

    @Test
    void the_inbox_lists_the_handover_by_its_reference_with_who_sent_it() {
        navigate("adressages", Component.class);

        Grid<Handover> inbox = find(Grid.class).withId("inbox").single();
        assertThat(test(inbox).size()).isPositive();
        assertThat(test(inbox).getCellText(0, 1)).isEqualTo("Centre hospitalier Ambroise-Paré");
        assertThat(test(inbox).getCellText(0, 4)).contains("Envoyé, pas encore lu");
        assertThat(test(inbox).getRow(0).id()).isEqualTo(sent.id());
    }

    @Test
    void accepted_then_closed_with_an_outcome_the_handover_ends_and_the_timeline_says_so() {
        navigate("parcours/" + path.reference().value(), Component.class);

        test(find(Button.class).withId("handover-accept").single()).click();
        assertThat(text()).contains("Accepté par CIDFF des Hauts-de-Seine Sud");
        test(find(Button.class).withId("handover-close").single()).click();
        Select<Object> outcome = find(Select.class).withId("handover-outcome").single();
        assertThat(outcome.isInvalid()).isTrue();
        assertThat(outcome.getErrorMessage()).isEqualTo("Choisissez une réponse.");
        test(outcome).selectItem("Accompagnement réalisé");
        test(find(Button.class).withId("handover-close").single()).click();

        assertThat(text()).contains("Clos par CIDFF des Hauts-de-Seine Sud : Accompagnement réalisé");
        assertThat(vss.paths().find(actor("hopital"), path.id()).handover(sent.id()).orElseThrow().status())
                .isEqualTo(HandoverStatus.CLOSED);
        assertThat(find(Button.class).withId("handover-close").all()).isEmpty();
    }

    @Test
    void declined_without_a_reason_nothing_changes_and_the_field_says_why() {
        navigate("parcours/" + path.reference().value(), Component.class);

        test(find(Button.class).withId("handover-decline").single()).click();

        Select<Object> reason = find(Select.class).withId("handover-decline-reason").single();
        assertThat(reason.isInvalid()).isTrue();
        assertThat(vss.paths().find(actor("hopital"), path.id()).handover(sent.id()).orElseThrow().status())
                .isEqualTo(HandoverStatus.SENT);
        test(reason).selectItem("Pas de place en ce moment");
        test(find(Button.class).withId("handover-decline").single()).click();
        assertThat(text()).contains("Décliné par CIDFF des Hauts-de-Seine Sud : Pas de place en ce moment");
    }

    @Test
    void the_hospitals_other_paths_are_refused_to_the_cidff() {
        Actor hospital = actor("hopital");
        VictimPath other = vss.paths().open(hospital, territory(hospital), partner(hospital),
                Situation.builder(AgeGroup.ADULT, Set.of(Capacity.NURSE)).build(), Optional.empty());

        navigate("parcours/" + other.reference().value(), Component.class);

        assertThat(find(Paragraph.class).withId("path-refused").single().getText()).startsWith("Accès refusé");
    }

    private Actor actor(String login) {
        var id = vss.accounts().idOf(Actor.system(), new Login(login)).orElseThrow();
        return vss.accounts().find(Actor.system(), id).actor();
    }

    private static PartnerId partner(Actor actor) {
        return actor.grants().iterator().next().partner().orElseThrow();
    }

    private static io.github.clvss.core.access.TerritoryId territory(Actor actor) {
        return actor.grants().iterator().next().territory().orElseThrow();
    }

    private String text() {
        return getCurrentView().getElement().getTextRecursively().replaceAll("\\s+", " ");
    }
}
