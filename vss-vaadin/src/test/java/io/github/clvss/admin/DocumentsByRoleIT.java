package io.github.clvss.admin;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.clvss.core.Vss;
import io.github.clvss.core.access.Actor;
import io.github.clvss.core.contract.Contract;
import io.github.clvss.core.followup.Meeting;
import io.github.clvss.core.shared.PageRequest;
import io.github.clvss.core.territory.InseeCode;
import io.github.clvss.core.territory.Territory;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every document and export holds only what the person asking may see: the coordinator of
 * another town gets none of Boulogne-Billancourt's (every document endpoint, found in the
 * application, with Boulogne's ids), and an observer or a partner's user of Boulogne gets the
 * diagnostic with its small counts masked.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"vss.data-dir=./target/it-data/${random.uuid}", "vaadin.devmode.devTools.enabled=false"})
@ActiveProfiles("demo")
class DocumentsByRoleIT {

    @LocalServerPort
    int port;

    @Autowired
    RequestMappingHandlerMapping mappings;

    @Autowired
    Vss vss;

    @Test
    void the_coordinator_of_another_town_gets_none_of_boulognes_documents() {
        Territory boulogne = vss.territories().findByInseeCode(Actor.system(), new InseeCode("92012")).orElseThrow();
        Contract contract = vss.contracts().list(Actor.system(), boulogne.id(), PageRequest.first(1)).getFirst();
        List<Meeting> meetings = vss.meetings().list(Actor.system(), contract.id(), PageRequest.first(1));
        assertThat(meetings).isNotEmpty();
        Set<String> endpoints = new TreeSet<>();
        mappings.getHandlerMethods().keySet().forEach(info -> endpoints.addAll(info.getPatternValues()));
        List<String> documents = endpoints.stream().filter(p -> p.startsWith("/documents/")).toList();
        assertThat(documents).hasSizeGreaterThan(10);

        try (Browser browser = new Browser(port)) {
            browser.signIn("ailleurs", "demo-ailleurs-vss");
            for (String endpoint : documents) {
                String id = endpoint.startsWith("/documents/contracts/") ? contract.id().toString()
                        : endpoint.startsWith("/documents/meetings/") ? meetings.getFirst().id().toString()
                        : boulogne.id().toString();
                String path = endpoint.replace("{id}", id).replace("{year}", "2023");
                HttpResponse<byte[]> response = browser.fetch(path);

                assertThat(response.statusCode()).as(path).isIn(403, 404);
                assertThat(new String(response.body(), StandardCharsets.UTF_8)).as(path)
                        .doesNotContain("Boulogne", "Ambroise-Paré", "(démo)");
            }
        }
    }

    @Test
    void an_observer_reads_the_diagnostic_with_the_3_minors_masked() throws Exception {
        diagnosticIsMaskedFor("observation", "demo-observation");
    }

    @Test
    void a_partners_user_reads_the_diagnostic_with_the_3_minors_masked_too() throws Exception {
        diagnosticIsMaskedFor("hopital", "demo-hopital-vss");
    }

    private void diagnosticIsMaskedFor(String login, String password) throws Exception {
        Territory boulogne = vss.territories().findByInseeCode(Actor.system(), new InseeCode("92012")).orElseThrow();
        Contract contract = vss.contracts().list(Actor.system(), boulogne.id(), PageRequest.first(1)).getFirst();

        try (Browser browser = new Browser(port)) {
            browser.signIn(login, password);
            HttpResponse<byte[]> pdf = browser.fetch("/documents/contracts/" + contract.id() + "/diagnostic-2023.pdf");

            assertThat(pdf.statusCode()).isEqualTo(200);
            try (PDDocument document = Loader.loadPDF(pdf.body())) {
                String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
                int minors = text.indexOf("dont victimes mineures");
                assertThat(minors).isNotNegative();
                String row = text.substring(minors, Math.min(text.length(), minors + 120));
                assertThat(row).contains("< 5").doesNotContainPattern("\\s3\\s");
            }
        }
    }
}
