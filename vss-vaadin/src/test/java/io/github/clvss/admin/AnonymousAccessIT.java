package io.github.clvss.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** Nothing of the admin application opens without signing in. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"vss.data-dir=./target/it-data/${random.uuid}", "vaadin.devmode.devTools.enabled=false"})
@ActiveProfiles("demo")
class AnonymousAccessIT {

    @LocalServerPort
    int port;

    @ParameterizedTest
    @ValueSource(strings = {"/", "/journal", "/comptes", "/apparence", "/notifications", "/partenaires", "/referents",
        "/ressources", "/institutions", "/documents/contracts/018875f8-8001-7b4c-a55a-75eb92c7ad98/directory.pdf",
        "/documents/contracts/018875f8-8001-7b4c-a55a-75eb92c7ad98/summary.pdf"})
    void an_anonymous_request_to_an_admin_route_goes_to_the_login_page(String path) throws IOException, InterruptedException {
        try (HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build()) {
            HttpResponse<String> response = client.send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(response.statusCode()).isEqualTo(302);
            assertThat(response.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
            assertThat(response.body()).doesNotContain("Boulogne");
        }
    }
}
