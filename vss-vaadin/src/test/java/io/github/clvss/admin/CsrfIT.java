package io.github.clvss.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The forms posted outside Vaadin's own channel: sign-out needs the token the page carries, and a
 * sign-in or sign-out another site's page posts changes nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "vss.data-dir=./target/it-data/${random.uuid}", "vaadin.devmode.devTools.enabled=false"})
@ActiveProfiles("demo")
class CsrfIT {

    private static final Pattern TOKEN = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
    private static final Pattern PARAMETER = Pattern.compile("<meta name=\"_csrf_parameter\" content=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void a_sign_in_another_sites_page_posts_is_refused_even_with_the_right_password() throws Exception {
        // Vaadin exempts its sign-in form from the token: where the post comes from guards it
        get("/login");

        HttpResponse<String> crossSite = post("/login", "username=coordination&password=demo-coordination",
                "Sec-Fetch-Site", "cross-site");
        HttpResponse<String> foreignOrigin = post("/login", "username=coordination&password=demo-coordination",
                "Origin", "https://another-site.example");

        assertThat(crossSite.statusCode()).isEqualTo(403);
        assertThat(foreignOrigin.statusCode()).isEqualTo(403);
        assertThat(signedIn()).isFalse();
    }

    @Test
    void the_sign_in_form_of_the_application_itself_is_accepted() throws Exception {
        get("/login");

        HttpResponse<String> posted = post("/login", "username=coordination&password=demo-coordination",
                "Sec-Fetch-Site", "same-origin", "Origin", "http://localhost:" + port);

        assertThat(posted.statusCode()).isEqualTo(302);
        assertThat(signedIn()).isTrue();
    }

    @Test
    void the_sign_in_page_carries_the_token_its_form_posts() throws Exception {
        HttpResponse<String> posted = signInWithToken();

        assertThat(posted.statusCode()).isEqualTo(302);
        assertThat(posted.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).doesNotContain("error"));
        assertThat(signedIn()).isTrue();
    }

    @Test
    void signing_out_from_another_site_without_the_token_leaves_the_person_signed_in() throws Exception {
        signInWithToken();

        assertThat(post("/logout", "").statusCode()).isEqualTo(403);
        assertThat(signedIn()).isTrue();

        String[] token = token(get("/login").body());
        assertThat(post("/logout", token[0] + "=" + URLEncoder.encode(token[1], StandardCharsets.UTF_8)).statusCode())
                .isEqualTo(302);
        assertThat(signedIn()).isFalse();
    }

    private HttpResponse<String> signInWithToken() throws Exception {
        String[] token = token(get("/login").body());
        return post("/login", "username=coordination&password=demo-coordination&" + token[0] + "="
                + URLEncoder.encode(token[1], StandardCharsets.UTF_8));
    }

    /** The parameter's name and the token, from the page's meta tags. */
    private static String[] token(String page) {
        Matcher token = TOKEN.matcher(page);
        Matcher parameter = PARAMETER.matcher(page);
        assertThat(token.find()).as("the page carries a token").isTrue();
        assertThat(parameter.find()).as("the page names the token's parameter").isTrue();
        return new String[] {parameter.group(1), token.group(1)};
    }

    /** Whether the home page opens rather than sending to the sign-in page. */
    private boolean signedIn() throws IOException, InterruptedException {
        HttpResponse<String> home = get("/");
        return home.statusCode() == 200;
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String form, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
