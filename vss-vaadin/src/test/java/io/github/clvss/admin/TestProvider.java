package io.github.clvss.admin;

import io.github.clvss.oidcprovider.LocalOidcProvider;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * The local OpenID Connect provider ({@link LocalOidcProvider}) a test class's browser journeys
 * sign in at: its port is chosen at once (the application's {@code vss.oidc.issuer} names it); it
 * starts before the class's first test, once the application's port is known (its redirect URIs
 * name it), and stops after the last. Register it as a static {@code @RegisterExtension} field.
 */
final class TestProvider implements BeforeEachCallback, AfterAllCallback {

    private final int port = freePort();
    private @Nullable ConfigurableApplicationContext provider;

    /** The provider's issuer, {@code http://localhost:<port>}. */
    String issuer() {
        return "http://localhost:" + port;
    }

    /** One of the provider's beans (e.g. its userinfo endpoint's behaviour); only while it runs. */
    <T> T bean(Class<T> type) {
        if (provider == null) {
            throw new IllegalStateException("the provider starts before the first test");
        }
        return provider.getBean(type);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        if (provider == null) {
            String application = SpringExtension.getApplicationContext(context).getEnvironment().getRequiredProperty("local.server.port");
            provider = LocalOidcProvider.start(port, "http://localhost:" + application);
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (provider != null) {
            provider.close();
            provider = null;
        }
    }

    /** Clicks the provider's button on vss's sign-in page and signs in at the provider. */
    void signIn(Browser browser, String person) {
        showsItsSignInForm(browser);
        browser.waitFor(By.id("username")).sendKeys(person);
        browser.driver().findElement(By.id("password")).sendKeys(LocalOidcProvider.PEOPLE.get(person));
        browser.driver().findElement(By.cssSelector("button[type=submit]")).click();
    }

    /** Clicks the provider's button on vss's sign-in page and waits for the provider's own sign-in form. */
    void showsItsSignInForm(Browser browser) {
        browser.open("/login");
        browser.waitFor(By.id("vss-oidc")).click();
        browser.waiting(Duration.ofSeconds(30)).until(d -> d.getCurrentUrl().startsWith(issuer() + "/login"));
        browser.waitFor(By.id("username"));
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
