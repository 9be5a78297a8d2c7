package io.github.clvss.admin;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.clvss.core.Vss;
import io.github.clvss.core.access.Actor;
import io.github.clvss.core.access.Grant;
import io.github.clvss.core.account.Account;
import io.github.clvss.core.account.AccountAdministration;
import io.github.clvss.core.account.LinkedIdentity;
import io.github.clvss.core.account.Login;
import io.github.clvss.core.journal.JournalEntry;
import io.github.clvss.core.journal.JournalQuery;
import io.github.clvss.core.journal.Outcome;
import io.github.clvss.core.shared.EmailAddress;
import io.github.clvss.core.shared.Language;
import io.github.clvss.core.shared.PageRequest;
import io.github.clvss.oidcprovider.LocalOidcProvider;
import io.github.clvss.oidcprovider.LocalOidcProvider.UserInfoAnswer;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Linking by e-mail when the provider's userinfo endpoint answers as ProConnect's does, with a JWT
 * signed by the provider's keys (the local Spring Authorization Server answering so): the e-mail
 * address is read once the signature, issuer and audience are checked, and the person lands in
 * vss; an answer altered after signing is refused with a sign-in message and journaled, linking
 * nothing; an answer in plain JSON keeps working.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"vss.data-dir=./target/it-data/${random.uuid}", "vaadin.devmode.devTools.enabled=false",
                "vss.oidc.client-id=" + LocalOidcProvider.CLIENT_ID, "vss.oidc.client-secret=" + LocalOidcProvider.CLIENT_SECRET,
                "vss.oidc.link-by-email=true", "vss.oidc.label=S’identifier avec le fournisseur de test",
                "vss.oidc.name=Fournisseur de test"})
@ActiveProfiles("demo")
class OidcSignedUserInfoIT {

    @RegisterExtension
    static final TestProvider PROVIDER = new TestProvider();
    private static final String ISSUER = PROVIDER.issuer();

    @DynamicPropertySource
    static void provider(DynamicPropertyRegistry properties) {
        properties.add("vss.oidc.issuer", PROVIDER::issuer);
    }

    @LocalServerPort
    int port;

    @Autowired
    Vss vss;

    @Test
    void a_signed_userinfo_answer_gives_the_email_that_links_the_account_and_the_person_lands_in_vss() {
        Account agent = open("agent.signe", "Agent lié par ProConnect", LocalOidcProvider.EMAILS.get("camille"));
        answer(UserInfoAnswer.SIGNED, "personne@boulogne.example");

        try (Browser browser = new Browser(port)) {
            PROVIDER.signIn(browser, "camille");
            browser.waitFor(By.tagName("vaadin-app-layout"));
            browser.waitForText("Agent lié par ProConnect");
            browser.screenshot("oidc-signed-userinfo");
        }

        assertThat(PROVIDER.bean(LocalOidcProvider.UserInfo.class).served()).last().isEqualTo("application/jwt");
        assertThat(vss.accounts().identities(Actor.system(), agent.id())).extracting(LinkedIdentity::issuer, LinkedIdentity::subject)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(ISSUER, "camille"));
    }

    @Test
    void a_userinfo_answer_altered_after_signing_is_refused_with_a_message_journaled_and_links_nothing() {
        Account victim = open("agent.vise", "Agent visé", "agent.vise@boulogne.example");
        answer(UserInfoAnswer.TAMPERED, "agent.vise@boulogne.example");

        try (Browser browser = new Browser(port)) {
            PROVIDER.signIn(browser, "dominique");
            browser.waiting(Duration.ofSeconds(30)).until(d -> "Réponse du fournisseur refusée".equals(
                    ((JavascriptExecutor) d).executeScript("const f = document.querySelector('vaadin-login-form');"
                            + " return f && f.error ? f.i18n.errorMessage.title : null;")));
            assertThat(String.valueOf(((JavascriptExecutor) browser.driver()).executeScript(
                    "return document.querySelector('vaadin-login-form').i18n.errorMessage.message;")))
                    .contains("n’a pas pu être vérifiée");
            assertThat(browser.driver().findElements(By.tagName("vaadin-app-layout"))).isEmpty();
            browser.screenshot("oidc-tampered-userinfo");
        }

        assertThat(vss.accounts().identities(Actor.system(), victim.id())).as("nothing linked").isEmpty();
        List<JournalEntry> refusals = vss.auditTrail().find(Actor.system(), JournalQuery.all()
                .withRecordType(AccountAdministration.SIGN_IN).withOutcome(Outcome.REFUSED), PageRequest.first(50));
        assertThat(refusals).filteredOn(e -> e.reason().equals(Optional.of(AccountAdministration.UNTRUSTED_IDENTITY)))
                .singleElement().satisfies(e -> assertThat(e.toString()).doesNotContain("dominique").doesNotContain("agent.vise@"));
    }

    @Test
    void a_userinfo_answer_in_plain_json_still_links_by_email() {
        Account agent = open("agent.json", "Agent lié par JSON", LocalOidcProvider.EMAILS.get("sacha"));
        answer(UserInfoAnswer.JSON, "personne@boulogne.example");

        try (Browser browser = new Browser(port)) {
            PROVIDER.signIn(browser, "sacha");
            browser.waitFor(By.tagName("vaadin-app-layout"));
            browser.waitForText("Agent lié par JSON");
        }

        assertThat(PROVIDER.bean(LocalOidcProvider.UserInfo.class).served()).last().isEqualTo("application/json");
        assertThat(vss.accounts().identities(Actor.system(), agent.id())).extracting(LinkedIdentity::subject).containsExactly("sacha");
    }

    @Test
    void on_comptes_the_administrator_sees_the_linked_identity_in_words_unlinks_it_and_the_dialog_passes_axe() {
        Account agent = open("agent.ecran", "Agent écran", "agent.ecran@boulogne.example");
        vss.accounts().linkIdentity(Actor.system(), agent.id(), ISSUER, "sujet-ecran-7");

        try (Browser browser = new Browser(port)) {
            browser.signIn("admin", "demo-admin-vss");
            browser.open("/comptes");
            // the account's own "Gérer" button, found by its accessible name wherever the grid renders it
            browser.waiting(Duration.ofSeconds(30)).pollingEvery(Duration.ofMillis(500)).until(d ->
                    Boolean.TRUE.equals(((org.openqa.selenium.JavascriptExecutor) d).executeScript("""
                            const grid = document.querySelector('vaadin-grid');
                            if (grid) { grid.allRowsVisible = true; }
                            const button = [...document.querySelectorAll('vaadin-button[aria-label]')]
                                .find(b => b.getAttribute('aria-label') === arguments[0]);
                            if (button && !window.__manageClicked) { window.__manageClicked = true; button.click(); }
                            return !!document.querySelector('vaadin-dialog[opened], vaadin-dialog-overlay[opened]');
                            """, "Gérer le compte agent.ecran")));
            browser.waitForText("Fournisseur de test — identifiant chez le fournisseur : sujet-ecran-7 (liée le ");
            assertThat(browser.driver().findElement(By.cssSelector("ul.vss-identities")).getText()).doesNotContain("http");
            browser.screenshot("oidc-comptes-identities");
            assertThat(browser.seriousViolations()).as("account dialog with an identity").isEmpty();

            browser.waitFor(By.xpath("//vaadin-button[@aria-label='Délier l’identité sujet-ecran-7 de Fournisseur de test']")).click();
            browser.waitForText("Aucune identité liée");
            assertThat(browser.seriousViolations()).as("account dialog without identity").isEmpty();
        }

        assertThat(vss.accounts().identities(Actor.system(), agent.id())).isEmpty();
    }

    private void answer(UserInfoAnswer answer, String tamperedEmail) {
        PROVIDER.bean(LocalOidcProvider.UserInfo.class).answer(answer, tamperedEmail);
    }

    private Account open(String login, String name, String email) {
        return vss.accounts().open(Actor.system(), Account.open(vss.clock(), new Login(login), name,
                Optional.of(new EmailAddress(email)), Language.FR, Set.of(Grant.coordinator(
                        vss.territories().findByInseeCode(Actor.system(), new io.github.clvss.core.territory.InseeCode("92012")).orElseThrow().id()))),
                Optional.of("correct horse battery staple".toCharArray()));
    }

}
