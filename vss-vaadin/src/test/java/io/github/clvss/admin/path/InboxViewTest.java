package io.github.clvss.admin.path;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import io.github.clvss.admin.base.ProblemList;
import io.github.clvss.admin.base.ViewTest;
import io.github.clvss.admin.security.SignIn;
import io.github.clvss.admin.security.SignedInAs;
import io.github.clvss.core.access.Grant;
import io.github.clvss.core.account.Account;
import io.github.clvss.core.shared.Language;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import io.github.clvss.core.Vss;
import io.github.clvss.core.access.Actor;
import io.github.clvss.core.access.PartnerId;
import io.github.clvss.core.account.Login;
import io.github.clvss.core.path.ConsentScope;
import io.github.clvss.core.path.ConsentStatus;
import io.github.clvss.core.path.Handover;
import io.github.clvss.core.path.HandoverStatus;
import io.github.clvss.core.path.PathRegister;
import io.github.clvss.core.journal.JournalQuery;
import io.github.clvss.core.journal.Outcome;
import io.github.clvss.core.shared.PageRequest;
import io.github.clvss.core.referral.Facts.Consent;
import io.github.clvss.core.referral.Facts.Flag;
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

    @Autowired
    org.springframework.beans.factory.ObjectProvider<SecurityContextHolderStrategy> security;

    @Autowired
    PartnerNames partners;

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
        assertThat(find(Select.class).withId("inbox-partner").all()).as("a user of one partner is not asked whose").isEmpty();
    }

    @Test
    void a_user_of_two_partners_chooses_whose_inbox_and_paths_they_see_and_the_choice_holds_on_both_lists() {
        Actor hospital = actor("hopital");
        PartnerId hospitalId = partner(hospital);
        PartnerId cidff = partner(actor("cidff"));
        VictimPath hospitalOnly = vss.paths().open(hospital, territory(hospital), hospitalId,
                Situation.builder(AgeGroup.ADULT, Set.of(Capacity.NURSE)).build(), Optional.empty());
        vss.accounts().open(Actor.system(), Account.open(vss.clock(), new Login("deux-boites"), "Deux boîtes (essai)",
                Optional.empty(), Language.FR, Set.of(Grant.partner(territory(hospital), hospitalId), Grant.partner(territory(hospital), cidff))),
                Optional.empty());
        SignIn.as(vss, security.getIfAvailable(SecurityContextHolder::getContextHolderStrategy), "deux-boites");

        navigate("adressages", Component.class);
        Select<Object> whose = find(Select.class).withId("inbox-partner").single();
        assertThat(whose.getLabel()).isEqualTo("Au nom de");
        assertThat(whose.getItemLabelGenerator().apply(whose.getValue())).isEqualTo("Centre hospitalier Ambroise-Paré");
        assertThat(rows(find(Grid.class).withId("inbox").single())).doesNotContain(sent.id());
        test(whose).selectItem("CIDFF des Hauts-de-Seine Sud");
        assertThat(rows(find(Grid.class).withId("inbox").single())).contains(sent.id());
        assertThat(test((Grid<Handover>) find(Grid.class).withId("inbox").single()).getCellText(0, 1))
                .isEqualTo("Centre hospitalier Ambroise-Paré");

        navigate("parcours", Component.class);
        Select<Object> pathsWhose = find(Select.class).withId("paths-partner").single();
        assertThat(pathsWhose.getItemLabelGenerator().apply(pathsWhose.getValue())).as("kept from the inbox")
                .isEqualTo("CIDFF des Hauts-de-Seine Sud");
        assertThat(rows(find(Grid.class).withId("paths").single())).contains(path.id()).doesNotContain(hospitalOnly.id());
        test(pathsWhose).selectItem("Centre hospitalier Ambroise-Paré");
        assertThat(rows(find(Grid.class).withId("paths").single())).contains(path.id(), hospitalOnly.id());
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
        assertThat(find(Paragraph.class).withClassName("handover-ending").single().getText())
                .isEqualTo("Issue : Accompagnement réalisé");
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
    void refer_onward_offers_no_legal_exception_when_the_decision_names_none() {
        Actor hospital = actor("hopital");
        PartnerId to = partner(actor("cidff"));
        VictimPath plain = vss.paths().open(hospital, territory(hospital), partner(hospital),
                Situation.builder(AgeGroup.ADULT, Set.of(Capacity.SOCIAL_WORKER)).relation(Relation.PARTNER)
                        .violences(Violence.PSYCHOLOGICAL).build(), Optional.empty());
        vss.paths().recordConsent(hospital, plain.id(), ConsentStatus.GIVEN, ConsentScope.handoverTo(to));
        vss.paths().handOver(hospital, plain.id(), to, Optional.empty());
        assertThat(plain.legalExceptions()).isEmpty();

        navigate("parcours/" + plain.reference().value(), Component.class);

        assertThat(find(Select.class).withId("handover-onward-to").all()).hasSize(1);
        assertThat(find(Checkbox.class).withId("handover-onward-override").all()).isEmpty();
    }

    @Test
    void refer_onward_without_consent_is_refused_then_sent_under_the_legal_exception_the_decision_names_and_journaled() {
        Actor hospital = actor("hopital");
        PartnerId to = partner(actor("cidff"));
        VictimPath inDanger = vss.paths().open(hospital, territory(hospital), partner(hospital),
                Situation.builder(AgeGroup.ADULT, Set.of(Capacity.DOCTOR)).relation(Relation.PARTNER).violences(Violence.PHYSICAL)
                        .consent(Consent.REFUSED).yes(Flag.LIFE_IN_DANGER, Flag.EMPRISE, Flag.LEARNED_IN_FUNCTIONS).build(),
                Optional.empty());
        vss.paths().recordConsent(hospital, inDanger.id(), ConsentStatus.GIVEN, ConsentScope.handoverTo(to));
        Handover received = vss.paths().handOver(hospital, inDanger.id(), to, Optional.empty());
        navigate("parcours/" + inDanger.reference().value(), Component.class);
        Select<Object> next = find(Select.class).withId("handover-onward-to").single();
        String parquet = next.getListDataView().getItems().map(item -> next.getItemLabelGenerator().apply(item))
                .filter(label -> label.startsWith("Parquet")).findFirst().orElseThrow();
        test(next).selectItem(parquet);

        test(find(Button.class).withId("handover-onward").single()).click();
        assertThat(problems()).contains("La personne n’a pas donné son accord pour que son parcours soit transmis à ce partenaire");
        assertThat(next.getValue()).isNotNull();

        test(find(Checkbox.class).withId("handover-onward-override").single()).click();
        test(find(Select.class).withId("handover-onward-exception").single()).selectItem("art. 226-14 3° du code pénal");
        TextArea reason = find(TextArea.class).withId("handover-onward-reason").single();
        test(find(Button.class).withId("handover-onward").single()).click();
        assertThat(reason.isInvalid()).isTrue();
        assertThat(reason.getErrorMessage()).isEqualTo("Dites pourquoi l’exception s’applique.");
        assertThat(vss.paths().find(hospital, inDanger.id()).handover(received.id()).orElseThrow().status())
                .isEqualTo(HandoverStatus.SENT);

        reason.setValue("Danger vital : mise en sécurité par le parquet.");
        test(find(Button.class).withId("handover-onward").single()).click();

        assertThat(text()).contains("Réorienté vers " + parquet, "De CIDFF des Hauts-de-Seine Sud à " + parquet,
                "Sans accord, au titre de l’art. 226-14 3° du code pénal");
        assertThat(find(Paragraph.class).withClassName("handover-override-reason").single().getText())
                .isEqualTo("Motif de l’exception légale : Danger vital : mise en sécurité par le parquet.");
        Handover onward = vss.paths().find(hospital, inDanger.id()).handovers().stream()
                .filter(h -> h.from().equals(to)).findFirst().orElseThrow();
        assertThat(onward.override().orElseThrow().reason().text()).isEqualTo("Danger vital : mise en sécurité par le parquet.");
        assertThat(vss.auditTrail().find(Actor.system(), JournalQuery.all().withActor(actor("cidff").id())
                .withRecordType(PathRegister.HANDOVER).withOutcome(Outcome.DONE), PageRequest.first(50)))
                .anyMatch(e -> e.act().action().equals("path.handover.override") && e.act().recordId().equals(Optional.of(onward.id().toString())));
    }

    @Test
    void a_consent_withdrawn_by_the_opener_is_marked_on_the_referral_in_the_inbox_and_on_the_path_page_and_told_to_the_cidff() {
        vss.paths().recordConsent(actor("hopital"), path.id(), ConsentStatus.WITHDRAWN, ConsentScope.anyHandover());

        navigate("adressages", Component.class);

        Grid<Handover> inbox = find(Grid.class).withId("inbox").single();
        assertThat(test(inbox).getRow(0).id()).isEqualTo(sent.id());
        assertThat(test(inbox).getCellText(0, 4)).contains("Envoyé, pas encore lu", "Consentement retiré : ne rien partager de plus");
        assertThat(vss.notifier().mine(actor("cidff"), PageRequest.first(5))).extracting(n -> n.code())
                .contains(PathRegister.CONSENT_WITHDRAWN);
        navigate("parcours/" + path.reference().value(), Component.class);
        assertThat(text()).contains("Consentement retiré : ne rien partager de plus",
                "Consentement retiré : CIDFF des Hauts-de-Seine Sud est prévenu de ne plus rien partager");
    }

    @Test
    void in_english_the_inbox_the_path_page_and_its_print_read_in_english_words_with_no_key_nor_iso_date() {
        com.vaadin.flow.component.UI.getCurrent().setLocale(java.util.Locale.ENGLISH);
        java.util.regex.Pattern technical = java.util.regex.Pattern.compile("![a-z][a-z0-9-]*\\.|\\b\\d{4}-\\d{2}-\\d{2}\\b");

        navigate("adressages", Component.class);
        assertThat(text()).contains("Referrals received").doesNotContainPattern(technical);
        assertThat(test((Grid<Handover>) find(Grid.class).withId("inbox").single()).getCellText(0, 4)).contains("Sent, not read yet");

        navigate("parcours/" + path.reference().value(), Component.class);
        test(find(Button.class).withId("handover-accept").single()).click();

        assertThat(text()).contains("Path " + path.reference().readable(), "Opened by Centre hospitalier Ambroise-Paré",
                "Referred by Centre hospitalier Ambroise-Paré to CIDFF des Hauts-de-Seine Sud",
                "Accepted by CIDFF des Hauts-de-Seine Sud").doesNotContainPattern(technical).containsPattern("\\p{L}+ \\d{1,2}, \\d{4}");
        Component page = (Component) getCurrentView();
        VictimPath seen = vss.paths().find(actor("cidff"), path.id());
        String print = PathPrint.html(seen, new PathWords(java.time.ZoneId.of("Europe/Paris"), page::getTranslation),
                partners.of(actor("cidff"), seen.territory()), "Path " + seen.reference().readable(),
                io.github.clvss.core.shared.Language.EN);
        assertThat(print).startsWith("<!DOCTYPE html>\n<html lang=\"en\"").contains("Referrals", "Accepted by")
                .doesNotContainPattern(technical);
    }

    @Test
    void the_hospitals_other_paths_are_refused_to_the_cidff() {
        Actor hospital = actor("hopital");
        VictimPath other = vss.paths().open(hospital, territory(hospital), partner(hospital),
                Situation.builder(AgeGroup.ADULT, Set.of(Capacity.NURSE)).build(), Optional.empty());

        navigate("parcours/" + other.reference().value(), Component.class);

        assertThat(find(Paragraph.class).withId("path-refused").single().getText()).startsWith("Accès refusé");
    }

    /** The ids of every row a grid shows (a handover's or a path's). */
    private java.util.List<Object> rows(Grid<?> grid) {
        var rows = test(grid);
        return java.util.stream.IntStream.range(0, rows.size()).mapToObj(i -> {
            Object row = rows.getRow(i);
            return row instanceof Handover h ? (Object) h.id() : ((VictimPath) row).id();
        }).toList();
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

    private String problems() {
        return String.join(" ", find(ProblemList.class).all().stream().filter(ProblemList::isVisible)
                .map(p -> p.getElement().getTextRecursively()).toList());
    }

    private String text() {
        return getCurrentView().getElement().getTextRecursively().replaceAll("\\s+", " ");
    }
}
