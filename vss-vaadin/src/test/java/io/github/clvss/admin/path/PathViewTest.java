package io.github.clvss.admin.path;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import io.github.clvss.admin.base.ProblemList;
import io.github.clvss.admin.base.SituationHandOff;
import io.github.clvss.admin.base.ViewTest;
import io.github.clvss.admin.security.SignIn;
import io.github.clvss.admin.security.SignedInAs;
import io.github.clvss.core.access.Grant;
import io.github.clvss.core.account.Account;
import io.github.clvss.core.account.Login;
import io.github.clvss.core.shared.Language;
import io.github.clvss.core.path.ConsentStatus;
import io.github.clvss.core.path.HandoverStatus;
import io.github.clvss.core.path.PathNote;
import io.github.clvss.core.path.PathRegister;
import io.github.clvss.core.path.VictimPath;
import io.github.clvss.core.referral.Facts.AgeGroup;
import io.github.clvss.core.referral.Facts.Capacity;
import io.github.clvss.core.referral.Facts.Consent;
import io.github.clvss.core.referral.Facts.Flag;
import io.github.clvss.core.referral.Facts.Relation;
import io.github.clvss.core.referral.Facts.Violence;
import io.github.clvss.core.referral.Situation;
import io.github.clvss.core.access.Actor;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The hospital's user opens a path from the simulator's situation, records consent and hands it over, field by field. */
@SignedInAs("hopital")
@SuppressWarnings("unchecked")
class PathViewTest extends ViewTest {

    private static final String CIDFF = "CIDFF des Hauts-de-Seine Sud";

    @Autowired
    PathRegister paths;

    @Autowired
    io.github.clvss.admin.security.CurrentUser user;

    @Autowired
    io.github.clvss.core.Vss vss;

    @Autowired
    PartnerNames partnerNames;

    @Autowired
    org.springframework.beans.factory.ObjectProvider<SecurityContextHolderStrategy> security;

    @Test
    void without_a_situation_from_the_simulator_the_new_orientation_screen_leads_back_to_it() {
        SituationHandOff.forget();
        navigate("nouvelle-orientation", com.vaadin.flow.component.Component.class);

        assertThat(find(Paragraph.class).withId("path-new-none").single().getElement().getTextRecursively())
                .contains("Décrivez d’abord la situation dans le simulateur.");
    }

    @Test
    void a_path_opened_from_the_simulators_situation_shows_its_reference_and_its_first_event() {
        String reference = open(coupleViolence(false), "Orientée par les urgences.");

        assertThat(screen()).isEqualTo("PathView");
        String page = text();
        assertThat(page).contains("Parcours " + reference, "Ouvert par Centre hospitalier Ambroise-Paré le ",
                "Parcours ouvert par Centre hospitalier Ambroise-Paré", "Note : Orientée par les urgences.");
        assertThat(find(TextArea.class).withId("path-send-reason").all()).isEmpty();
    }

    @Test
    void a_note_too_long_is_refused_on_its_field_and_kept_as_typed() {
        SituationHandOff.give(coupleViolence(false));
        navigate("nouvelle-orientation", com.vaadin.flow.component.Component.class);
        TextArea note = find(TextArea.class).withId("path-new-note").single();
        String typed = "x".repeat(PathNote.MAX + 1);
        note.setValue(typed);

        test(find(Button.class).withId("path-new-open").single()).click();

        assertThat(screen()).isEqualTo("PathOpeningView");
        assertThat(note.isInvalid()).isTrue();
        assertThat(note.getErrorMessage()).isEqualTo("La note dépasse 500 caractères.");
        assertThat(note.getValue()).isEqualTo(typed);
        assertThat(note.getHelperText()).contains("N’écrivez aucun détail qui permette d’identifier la personne");
    }

    @Test
    void a_handover_without_consent_is_refused_with_the_cores_sentence_and_the_choice_is_kept() {
        open(coupleViolence(false), "");
        Select<Object> to = find(Select.class).withId("path-send-to").single();
        test(to).selectItem(CIDFF);

        test(find(Button.class).withId("path-send-button").single()).click();

        assertThat(problems()).contains("L’adressage n’est pas envoyé :",
                "La personne n’a pas donné son accord pour que son parcours soit transmis à ce partenaire");
        assertThat(test(to).getSelected()).isNotNull();
        assertThat(text()).contains("Le parcours n’a encore été adressé à aucun partenaire.");
    }

    @Test
    void a_handover_with_no_partner_chosen_is_marked_on_its_field() {
        open(coupleViolence(false), "");
        Select<Object> to = find(Select.class).withId("path-send-to").single();

        test(find(Button.class).withId("path-send-button").single()).click();

        assertThat(to.isInvalid()).isTrue();
        assertThat(to.getErrorMessage()).isEqualTo("Choisissez une réponse.");
    }

    @Test
    void consent_given_for_the_cidff_lets_the_path_go_to_it_and_the_timeline_shows_each_step() {
        String reference = open(coupleViolence(false), "");
        RadioButtonGroup<ConsentStatus> status = find(RadioButtonGroup.class).withId("path-consent-status").single();
        test(status).selectItem("Accord donné");
        test(find(Select.class).withId("path-consent-partner").single()).selectItem(CIDFF);
        test(find(Button.class).withId("path-consent-save").single()).click();
        test(find(Select.class).withId("path-send-to").single()).selectItem(CIDFF);

        test(find(Button.class).withId("path-send-button").single()).click();

        String page = text();
        assertThat(page).contains("De Centre hospitalier Ambroise-Paré à " + CIDFF, "Envoyé, pas encore lu",
                "Consentement : Accord donné — pour " + CIDFF, "Adressé par Centre hospitalier Ambroise-Paré à " + CIDFF);
        VictimPath stored = paths.find(hospitalUser(), io.github.clvss.core.path.PathReference.parse(reference, "r").orElseThrow());
        assertThat(stored.handovers()).singleElement().extracting(h -> h.status()).isEqualTo(HandoverStatus.SENT);
    }

    @Test
    void consent_saved_without_an_answer_is_marked_on_its_field_and_nothing_is_recorded() {
        String reference = open(coupleViolence(false), "");
        test(find(Select.class).withId("path-consent-partner").single()).selectItem(CIDFF);

        test(find(Button.class).withId("path-consent-save").single()).click();

        RadioButtonGroup<ConsentStatus> status = find(RadioButtonGroup.class).withId("path-consent-status").single();
        assertThat(status.isInvalid()).isTrue();
        assertThat(status.getErrorMessage()).isEqualTo("Choisissez ce que dit la personne.");
        assertThat(test(find(Select.class).withId("path-consent-partner").single()).getSelected()).isNotNull();
        assertThat(paths.find(hospitalUser(), io.github.clvss.core.path.PathReference.parse(reference, "r").orElseThrow()).consents())
                .isEmpty();
    }

    @Test
    void the_legal_exception_is_offered_only_when_the_decision_names_one_and_it_sends_without_consent() {
        String plain = open(Situation.builder(AgeGroup.ADULT, Set.of(Capacity.SOCIAL_WORKER)).relation(Relation.PARTNER)
                .violences(Violence.PSYCHOLOGICAL).build(), "");
        assertThat(paths.find(hospitalUser(), io.github.clvss.core.path.PathReference.parse(plain, "r").orElseThrow())
                .legalExceptions()).isEmpty();
        assertThat(find(Checkbox.class).withId("path-send-override").all()).isEmpty();

        String inDanger = open(coupleViolence(true), "");
        // the prosecutor's office by what it is called now: another test of this context renames it
        String parquet = parquet();
        test(find(Select.class).withId("path-send-to").single()).selectItem(parquet);
        test(find(Checkbox.class).withId("path-send-override").single()).click();
        test(find(Select.class).withId("path-send-exception").single()).selectItem("art. 226-14 3° du code pénal");
        TextArea reason = find(TextArea.class).withId("path-send-reason").single();
        assertThat(reason.getHelperText()).contains("N’écrivez aucun détail qui permette d’identifier la personne");
        test(find(Button.class).withId("path-send-button").single()).click();
        assertThat(reason.isInvalid()).isTrue();
        assertThat(reason.getErrorMessage()).isEqualTo("Dites pourquoi l’exception s’applique.");

        reason.setValue("Danger vital et emprise constatés aux urgences.");
        test(find(Button.class).withId("path-send-button").single()).click();

        assertThat(text()).contains("De Centre hospitalier Ambroise-Paré à " + parquet,
                "Sans accord, au titre de l’art. 226-14 3° du code pénal");
        assertThat(find(Paragraph.class).withClassName("handover-override-reason").single().getText())
                .isEqualTo("Motif de l’exception légale : Danger vital et emprise constatés aux urgences.");
        VictimPath sent = paths.find(hospitalUser(), io.github.clvss.core.path.PathReference.parse(inDanger, "r").orElseThrow());
        com.vaadin.flow.component.Component page = (com.vaadin.flow.component.Component) getCurrentView();
        assertThat(PathPrint.html(sent, new PathWords(java.time.ZoneId.of("Europe/Paris"), page::getTranslation),
                partnerNames.of(hospitalUser(), sent.territory()), "Parcours", Language.FR))
                .as("the printed path too").contains("Motif de l’exception légale : Danger vital et emprise constatés aux urgences.");
    }

    @Test
    void once_the_person_withdrew_consent_a_legal_exception_sends_nothing_and_the_page_says_why() {
        String inDanger = open(coupleViolence(true), "");
        String parquet = parquet();
        test(find(RadioButtonGroup.class).withId("path-consent-status").single()).selectItem("Accord retiré");
        test(find(Button.class).withId("path-consent-save").single()).click();
        assertThat(text()).contains("Accord retiré");

        test(find(Select.class).withId("path-send-to").single()).selectItem(parquet);
        test(find(Checkbox.class).withId("path-send-override").single()).click();
        test(find(Select.class).withId("path-send-exception").single()).selectItem("art. 226-14 3° du code pénal");
        find(TextArea.class).withId("path-send-reason").single().setValue("Danger vital et emprise.");
        test(find(Button.class).withId("path-send-button").single()).click();

        assertThat(problems()).contains("La personne a retiré son accord", "même au titre d’une exception légale");
        assertThat(find(Select.class).withId("path-send-to").single().getValue()).as("the choice is kept").isNotNull();
        assertThat(paths.find(hospitalUser(), io.github.clvss.core.path.PathReference.parse(inDanger, "r").orElseThrow())
                .handovers()).isEmpty();
    }

    @Test
    void a_user_of_two_partners_chooses_on_whose_behalf_the_path_is_opened_and_the_note_is_kept_until_then() {
        Actor hospital = hospitalUser();
        io.github.clvss.core.access.TerritoryId boulogne = hospital.grants().iterator().next().territory().orElseThrow();
        io.github.clvss.core.access.PartnerId hospitalId = hospital.grants().iterator().next().partner().orElseThrow();
        io.github.clvss.core.account.AccountId cidffAccount = vss.accounts().idOf(Actor.system(), new Login("cidff")).orElseThrow();
        io.github.clvss.core.access.PartnerId cidff = vss.accounts().find(Actor.system(), cidffAccount).actor().grants().iterator()
                .next().partner().orElseThrow();
        vss.accounts().open(Actor.system(), Account.open(vss.clock(), new Login("deux-partenaires"), "Deux partenaires (essai)",
                Optional.empty(), Language.FR, Set.of(Grant.partner(boulogne, hospitalId), Grant.partner(boulogne, cidff))),
                Optional.empty());
        SignIn.as(vss, security.getIfAvailable(SecurityContextHolder::getContextHolderStrategy), "deux-partenaires");
        SituationHandOff.give(coupleViolence(false));
        navigate("nouvelle-orientation", com.vaadin.flow.component.Component.class);
        TextArea note = find(TextArea.class).withId("path-new-note").single();
        note.setValue("Orientée par l’accueil.");

        test(find(Button.class).withId("path-new-open").single()).click();

        Select<Object> opener = find(Select.class).withId("path-new-opener").single();
        assertThat(opener.isInvalid()).isTrue();
        assertThat(opener.getErrorMessage()).isEqualTo("Choisissez une réponse.");
        assertThat(note.getValue()).isEqualTo("Orientée par l’accueil.");
        test(opener).selectItem(CIDFF);
        test(find(Button.class).withId("path-new-open").single()).click();

        String title = find(com.vaadin.flow.component.html.H1.class).withId("path-title").single().getText();
        VictimPath opened = paths.find(user.actor(), io.github.clvss.core.path.PathReference
                .parse(title.substring(title.lastIndexOf(' ') + 1), "r").orElseThrow());
        assertThat(opened.opener()).isEqualTo(cidff);
        assertThat(text()).contains("Ouvert par " + CIDFF);
    }

    @Test
    void a_user_of_one_partner_is_not_asked_on_whose_behalf() {
        SituationHandOff.give(coupleViolence(false));
        navigate("nouvelle-orientation", com.vaadin.flow.component.Component.class);

        assertThat(find(Select.class).withId("path-new-opener").all()).isEmpty();
    }

    /** The label the partner picker shows for the prosecutor's office. */
    private String parquet() {
        Select<Object> to = find(Select.class).withId("path-send-to").single();
        return to.getListDataView().getItems().map(item -> to.getItemLabelGenerator().apply(item))
                .filter(label -> label.startsWith("Parquet")).findFirst().orElseThrow();
    }

    /** The simulator hands the situation over; the hospital's user opens the path. */
    private String open(Situation situation, String note) {
        SituationHandOff.give(situation);
        navigate("nouvelle-orientation", com.vaadin.flow.component.Component.class);
        find(TextArea.class).withId("path-new-note").single().setValue(note);
        test(find(Button.class).withId("path-new-open").single()).click();
        String title = find(com.vaadin.flow.component.html.H1.class).withId("path-title").single().getText();
        return title.substring(title.lastIndexOf(' ') + 1);
    }

    private static Situation coupleViolence(boolean lifeInDangerUnderEmprise) {
        var builder = Situation.builder(AgeGroup.ADULT, Set.of(Capacity.DOCTOR)).relation(Relation.PARTNER)
                .violences(Violence.PHYSICAL).consent(Consent.REFUSED);
        return lifeInDangerUnderEmprise ? builder.yes(Flag.LIFE_IN_DANGER, Flag.EMPRISE, Flag.LEARNED_IN_FUNCTIONS).build()
                : builder.yes(Flag.LEARNED_IN_FUNCTIONS).build();
    }

    private Actor hospitalUser() {
        return user.actor();
    }

    private String text() {
        return getCurrentView().getElement().getTextRecursively().replaceAll("\\s+", " ");
    }

    private String problems() {
        return String.join(" ", find(ProblemList.class).all().stream().filter(ProblemList::isVisible)
                .map(p -> p.getElement().getTextRecursively()).toList());
    }
}
