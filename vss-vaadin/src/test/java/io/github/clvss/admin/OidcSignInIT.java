package io.github.clvss.admin;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.clvss.core.Vss;
import io.github.clvss.core.access.Actor;
import io.github.clvss.core.account.AccountAdministration;
import io.github.clvss.core.account.AccountId;
import io.github.clvss.core.account.Login;
import io.github.clvss.core.journal.JournalEntry;
import io.github.clvss.core.journal.JournalQuery;
import io.github.clvss.core.journal.Outcome;
import io.github.clvss.core.shared.PageRequest;
import io.github.clvss.oidcprovider.LocalOidcProvider;
import java.time.Duration;
import java.util.List;
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
 * Sign-in through a real OpenID Connect provider (Spring Authorization Server, started by the test
 * on localhost): the sign-in page shows the provider's button; a person whose identity is linked
 * to Boulogne's coordinator signs in at the provider and lands in vss as that account; a person
 * linked to no account is sent back to the sign-in page with a French message, and the refusal is
 * journaled; an account with a second factor is asked for its code after the provider, and a
 * locked account is refused; signing out of vss ends the provider's session too (RP-initiated
 * logout), so the provider's button then shows the provider's sign-in form again.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"vss.data-dir=./target/it-data/${random.uuid}", "vaadin.devmode.devTools.enabled=false",
                "vss.oidc.client-id=" + LocalOidcProvider.CLIENT_ID, "vss.oidc.client-secret=" + LocalOidcProvider.CLIENT_SECRET,
                "vss.oidc.label=S’identifier avec le fournisseur de test"})
@ActiveProfiles("demo")
class OidcSignInIT {

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
    void a_linked_identity_signs_in_through_the_provider_and_an_unlinked_one_is_refused_in_french() {
        AccountId coordination = vss.accounts().idOf(Actor.system(), new Login("coordination")).orElseThrow();
        vss.accounts().linkIdentity(Actor.system(), coordination, ISSUER, "camille");

        try (Browser browser = new Browser(port)) {
            PROVIDER.signIn(browser, "camille");
            browser.waitFor(By.tagName("vaadin-app-layout"));
            browser.waitForText("Coordination CLSPD de Boulogne-Billancourt (démo)");
            browser.screenshot("oidc-signed-in");
        }
        try (Browser browser = new Browser(port)) {
            PROVIDER.signIn(browser, "dominique");
            browser.waiting(Duration.ofSeconds(30)).until(d -> d.getCurrentUrl().contains("/login?error"));
            browser.waiting(Duration.ofSeconds(30)).until(d -> "Identité inconnue".equals(
                    ((JavascriptExecutor) d).executeScript("const f = document.querySelector('vaadin-login-form');"
                            + " return f && f.error ? f.i18n.errorMessage.title : null;")));
            assertThat(String.valueOf(((JavascriptExecutor) browser.driver()).executeScript(
                    "return document.querySelector('vaadin-login-form').i18n.errorMessage.message;")))
                    .contains("n’est liée à aucun compte vss");
            assertThat(browser.driver().findElements(By.tagName("vaadin-app-layout"))).isEmpty();
            browser.screenshot("oidc-unknown-identity");
        }

        List<JournalEntry> signIns = vss.auditTrail().find(Actor.system(),
                JournalQuery.all().withRecordType(AccountAdministration.SIGN_IN).withAction("account.sign-in"), PageRequest.first(20));
        assertThat(signIns).anySatisfy(e -> {
            assertThat(e.outcome()).isEqualTo(Outcome.DONE);
            assertThat(e.actor()).isEqualTo(coordination.toString());
        });
        assertThat(signIns).filteredOn(e -> e.reason().equals(java.util.Optional.of(AccountAdministration.UNKNOWN_IDENTITY)))
                .singleElement().satisfies(e -> {
                    assertThat(e.outcome()).isEqualTo(Outcome.REFUSED);
                    assertThat(e.toString()).doesNotContain("dominique");
                });
    }

    @Test
    void through_the_provider_too_a_second_factor_is_asked_for_the_sign_out_ends_the_providers_session_and_a_locked_account_is_refused() {
        AccountId administrator = vss.accounts().idOf(Actor.system(), new Login("admin")).orElseThrow();
        vss.accounts().linkIdentity(Actor.system(), administrator, ISSUER, "sacha");
        Actor admin = vss.accounts().find(Actor.system(), administrator).actor();
        String secret = vss.accounts().startSecondFactor(admin, administrator, "vss").secret();
        List<String> recovery = vss.accounts().confirmSecondFactor(admin, administrator,
                Authenticator.code(secret, java.time.Instant.now()));

        try (Browser browser = new Browser(port)) {
            PROVIDER.signIn(browser, "sacha");
            browser.waitFor(By.id("vss-code")).sendKeys(recovery.getFirst(), org.openqa.selenium.Keys.ENTER);
            browser.waitFor(By.tagName("vaadin-app-layout"));
            browser.waitForText("Administration de la plateforme (démo)");
            // signed in through the provider, then the code: the provider's session still ends at sign-out
            signOut(browser);
            PROVIDER.showsItsSignInForm(browser);
        }

        for (int i = 0; i < 10; i++) {
            vss.accounts().signIn(new Login("admin"), "mauvais mot de passe".toCharArray(), java.util.Optional.empty());
        }
        try (Browser browser = new Browser(port)) {
            PROVIDER.signIn(browser, "sacha");
            browser.waiting(Duration.ofSeconds(30)).until(d -> "Trop de tentatives".equals(
                    ((JavascriptExecutor) d).executeScript("const f = document.querySelector('vaadin-login-form');"
                            + " return f && f.error ? f.i18n.errorMessage.title : null;")));
        } finally {
            vss.accounts().unlock(Actor.system(), administrator);
            vss.accounts().removeSecondFactor(Actor.system(), administrator);
        }
    }

    @Test
    void signing_out_of_vss_ends_the_providers_session_too_so_the_provider_asks_again_while_a_password_sign_out_stays_plain() {
        AccountId cidff = vss.accounts().idOf(Actor.system(), new Login("cidff")).orElseThrow();
        vss.accounts().linkIdentity(Actor.system(), cidff, ISSUER, "alix");

        try (Browser browser = new Browser(port)) {
            PROVIDER.signIn(browser, "alix");
            browser.waitFor(By.tagName("vaadin-app-layout"));
            // what a sign-out that ends only vss's session leaves: the provider signs the person in again without asking
            browser.driver().manage().deleteCookieNamed("JSESSIONID");
            browser.open("/login");
            browser.waitFor(By.id("vss-oidc")).click();
            browser.waitFor(By.tagName("vaadin-app-layout"));
            assertThat(browser.driver().getCurrentUrl()).startsWith(browser.base());

            signOut(browser);
            browser.screenshot("oidc-signed-out");

            // the provider's session ended with vss's: its own sign-in form, not a silent sign-in
            PROVIDER.showsItsSignInForm(browser);
            browser.screenshot("oidc-provider-asks-again");
            assertThat(browser.driver().findElements(By.tagName("vaadin-app-layout"))).isEmpty();
        }

        try (Browser browser = new Browser(port)) {
            browser.signIn("coordination", "demo-coordination");
            signOut(browser);
            assertThat(browser.driver().getCurrentUrl()).startsWith(browser.base());
        }
    }

    /** Clicks "Se déconnecter" and waits for vss's sign-in page (back from the provider, when signed in there). */
    private static void signOut(Browser browser) {
        browser.driver().findElement(By.xpath("//vaadin-button[normalize-space()='Se déconnecter']")).click();
        browser.waiting(Duration.ofSeconds(30)).until(d -> d.getCurrentUrl().startsWith(browser.base() + "/login") && browser.showsSignIn());
    }
}
