package io.github.clvss.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The admin pages' security headers, and how long a session lasts: here 6 s without a request
 * and 14 s in all (30 min and 12 h by default). Forwarded headers are trusted as behind a TLS
 * proxy on the same machine.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "vss.data-dir=./target/it-data/${random.uuid}", "vaadin.devmode.devTools.enabled=false",
        "vss.session.idle-timeout=6s", "vss.session.absolute-timeout=14s", "server.forward-headers-strategy=native"})
@ActiveProfiles("demo")
class SessionsAndHeadersIT {

    @LocalServerPort
    int port;

    @Test
    void admin_pages_forbid_framing_sniffing_referrers_caching_and_foreign_content() throws Exception {
        for (String path : List.of("/login", "/")) {
            HttpResponse<String> page = get(path, "http");
            assertThat(page.headers().firstValue("Content-Security-Policy")).as(path).hasValueSatisfying(policy ->
                    assertThat(policy).contains("default-src 'self'", "object-src 'none'", "frame-ancestors 'self'",
                            "form-action 'self'", "base-uri 'self'"));
            assertThat(page.headers().firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
            assertThat(page.headers().firstValue("Referrer-Policy")).as(path).hasValue("no-referrer");
            // the sign-in redirect of Spring Security says DENY, stricter still
            assertThat(page.headers().firstValue("X-Frame-Options")).as(path).hasValueSatisfying(frames ->
                    assertThat(frames).isIn("SAMEORIGIN", "DENY"));
        }
        assertThat(get("/login", "http").headers().firstValue("Cache-Control"))
                .hasValueSatisfying(cache -> assertThat(cache).contains("no-store"));
    }

    @Test
    void the_application_runs_under_its_content_security_policy() {
        try (Browser browser = new Browser(port)) {
            browser.signIn("coordination", "demo-coordination");
            browser.open("/partenaires");
            browser.waitForText("Centre hospitalier Ambroise-Paré");
            browser.driver().findElement(By.xpath("//vaadin-button[normalize-space()='Générer le document unique']")).click();
            browser.waitFor(By.xpath("//a[normalize-space()='Télécharger (PDF)']"));

            assertThat(browser.consoleMessages()).noneMatch(message -> message.contains("Content Security Policy"));
        }
    }

    @Test
    void the_session_cookie_is_secure_behind_a_tls_proxy_and_only_there() throws Exception {
        assertThat(get("/login", "https").headers().allValues("Set-Cookie"))
                .anySatisfy(cookie -> assertThat(cookie).startsWith("JSESSIONID=").contains("Secure", "HttpOnly"));
        assertThat(get("/login", "http").headers().allValues("Set-Cookie"))
                .anySatisfy(cookie -> assertThat(cookie).startsWith("JSESSIONID=").contains("HttpOnly").doesNotContain("Secure"));
    }

    @Test
    void a_session_left_idle_ends_and_the_next_page_asks_to_sign_in_again() throws InterruptedException {
        try (Browser browser = new Browser(port)) {
            browser.signIn("coordination", "demo-coordination");
            Thread.sleep(Duration.ofSeconds(8));

            browser.open("/partenaires");
            browser.waitFor(By.id("vaadinLoginUsername"));
            assertThat(browser.showsSignIn()).isTrue();
        }
    }

    @Test
    void an_active_session_still_ends_at_its_absolute_limit() throws InterruptedException {
        try (Browser browser = new Browser(port)) {
            long start = System.nanoTime();
            browser.signIn("coordination", "demo-coordination");
            while (elapsed(start).compareTo(Duration.ofSeconds(9)) < 0) {
                browser.open("/partenaires");
                browser.waitForText("Centre hospitalier Ambroise-Paré");
                assertThat(browser.showsSignIn()).as("signed in after %s", elapsed(start)).isFalse();
                Thread.sleep(Duration.ofSeconds(2));
            }
            while (elapsed(start).compareTo(Duration.ofSeconds(16)) < 0) {
                // active every 3 s: the idle limit (6 s) is never reached
                browser.open("/");
                Thread.sleep(Duration.ofSeconds(3));
            }

            browser.open("/partenaires");
            browser.waitFor(By.id("vaadinLoginUsername"));
            assertThat(browser.showsSignIn()).isTrue();
        }
    }

    private static Duration elapsed(long start) {
        return Duration.ofNanos(System.nanoTime() - start);
    }

    private HttpResponse<String> get(String path, String forwardedProto) throws IOException, InterruptedException {
        try (HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build()) {
            return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .header("X-Forwarded-Proto", forwardedProto).GET().build(), HttpResponse.BodyHandlers.ofString());
        }
    }
}
