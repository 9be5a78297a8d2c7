package io.github.clvss.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Nothing of the admin application opens without signing in: the routes and the document
 * endpoints are found in the application itself (every {@code @Route} class, every request
 * mapping), so a new screen or document is covered the day it is added. Only the sign-in page
 * and the residents' pages ({@code /aide/**}, {@code /public/**}) are open.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"vss.data-dir=./target/it-data/${random.uuid}", "vaadin.devmode.devTools.enabled=false"})
@ActiveProfiles("demo")
class AnonymousAccessIT {

    private static final String BOULOGNE_CONTRACT = "018875f8-8001-7b4c-a55a-75eb92c7ad98";
    private static final Set<String> RESIDENTS = Set.of("/aide/", "/public/");

    @LocalServerPort
    int port;

    @Autowired
    RequestMappingHandlerMapping mappings;

    @ParameterizedTest
    @ValueSource(strings = {"/", "/journal", "/comptes", "/apparence", "/notifications", "/partenaires", "/referents",
        "/ressources", "/institutions", "/documents/contracts/018875f8-8001-7b4c-a55a-75eb92c7ad98/directory.pdf",
        "/documents/contracts/018875f8-8001-7b4c-a55a-75eb92c7ad98/summary.pdf"})
    void an_anonymous_request_to_an_admin_route_goes_to_the_login_page(String path) throws IOException, InterruptedException {
        assertGoesToSignIn(path);
    }

    @Test
    void an_anonymous_request_to_an_address_that_is_no_screen_goes_to_the_login_page_too() throws Exception {
        // signed in, the same address says "Page introuvable" (OnlyWordsIT); anonymous, nothing tells
        // which addresses exist
        assertGoesToSignIn("/nimporte-quoi");
        assertGoesToSignIn("/nimporte/quoi");
    }

    @Test
    void every_screen_of_the_application_sends_an_anonymous_visitor_to_sign_in() throws Exception {
        List<String> routes = routes(false);
        assertThat(routes).as("screens found").hasSizeGreaterThan(15).contains("/", "/journal", "/comptes");
        // the code page of a two-step sign-in shows the sign-in form unless a right password came first
        // (SecondFactorSignInIT)
        assertThat(routes(true)).as("screens open to anonymous visitors").containsExactlyInAnyOrder("/login", "/login/code");
        for (String route : routes) {
            assertGoesToSignIn(route);
        }
    }

    @Test
    void every_document_endpoint_outside_the_residents_pages_sends_an_anonymous_visitor_to_sign_in() throws Exception {
        Set<String> endpoints = new TreeSet<>();
        mappings.getHandlerMethods().keySet().forEach(info -> endpoints.addAll(info.getPatternValues()));
        List<String> admin = endpoints.stream().filter(p -> RESIDENTS.stream().noneMatch(p::startsWith))
                .filter(p -> !p.equals("/error")).toList();

        assertThat(admin).as("document endpoints found").hasSizeGreaterThan(10).allMatch(p -> p.startsWith("/documents/"));
        for (String endpoint : admin) {
            assertGoesToSignIn(endpoint.replace("{id}", BOULOGNE_CONTRACT).replace("{year}", "2023"));
        }
    }

    private static List<String> routes(boolean anonymous) throws ClassNotFoundException {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        List<String> routes = new java.util.ArrayList<>();
        for (BeanDefinition definition : scanner.findCandidateComponents("io.github.clvss.admin")) {
            Class<?> view = Class.forName(definition.getBeanClassName());
            if (view.isAnnotationPresent(AnonymousAllowed.class) == anonymous) {
                String template = view.getAnnotation(Route.class).value();
                routes.add("/" + Stream.of(template.split("/"))
                        .map(segment -> segment.startsWith(":") ? BOULOGNE_CONTRACT : segment)
                        .reduce((a, b) -> a + "/" + b).orElse(""));
            }
        }
        return routes;
    }

    private void assertGoesToSignIn(String path) throws IOException, InterruptedException {
        try (HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build()) {
            HttpResponse<String> response = client.send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(response.statusCode()).as(path).isEqualTo(302);
            assertThat(response.headers().firstValue("Location")).as(path)
                    .hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
            assertThat(response.body()).as(path).doesNotContain("Boulogne");
        }
    }
}
