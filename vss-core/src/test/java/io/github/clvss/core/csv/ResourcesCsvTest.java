package io.github.clvss.core.csv;

import static io.github.clvss.core.Fixtures.CLOCK;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.clvss.core.Fixtures;
import io.github.clvss.core.Vss;
import io.github.clvss.core.access.Actor;
import io.github.clvss.core.access.TerritoryId;
import io.github.clvss.core.resource.Audience;
import io.github.clvss.core.resource.ResourceScope;
import io.github.clvss.core.shared.Problem;
import io.github.clvss.core.shared.Provenance;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ResourcesCsvTest {

    private final Vss vss = Vss.inMemory(CLOCK);
    private final TerritoryId boulogne = vss.territories().register(Actor.system(), Fixtures.boulogne(), Provenance.SEED).id();

    @AfterEach
    void close() {
        vss.close();
    }

    @Test
    void resources_are_added_from_a_spreadsheet_or_refused_line_by_line() {
        Actor coordinator = Fixtures.coordinatorOf(boulogne);
        String bad = "nom;type;description;téléphone;site\n"
                + "Permanence juridique;juridique;Information sur les droits;01 23;\n"
                + "Accueil;inconnu;Accueil;;pas-un-site\n";
        String good = "nom;portée;type;description;téléphone;gratuit;public\n"
                + "Permanence juridique;local;juridique;Information sur les droits;01 46 09 00 01;oui;victimes, proches\n";

        assertThat(vss.resourcesCsv().read(coordinator, boulogne, bad.getBytes(StandardCharsets.UTF_8), CsvImport.Progress.NONE)
                .problems()).extracting(Problem::code, p -> p.path().orElseThrow()).containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("phone.invalid", "L2:phone"),
                        org.assertj.core.groups.Tuple.tuple("csv.kind.unknown", "L3:kind"),
                        org.assertj.core.groups.Tuple.tuple("web.invalid", "L3:web"));
        var lines = vss.resourcesCsv().read(coordinator, boulogne, good.getBytes(StandardCharsets.UTF_8), CsvImport.Progress.NONE)
                .orElseThrow();
        assertThat(vss.resourcesCsv().add(coordinator, lines)).singleElement().satisfies(r -> {
            assertThat(r.scope()).isEqualTo(ResourceScope.LOCAL);
            assertThat(r.free()).isTrue();
            assertThat(r.audiences()).containsExactlyInAnyOrder(Audience.VICTIMS, Audience.RELATIVES);
        });
    }

    @Test
    void a_script_or_data_address_in_the_web_column_is_refused_on_its_line() {
        String sheet = "nom;portée;type;description;téléphone;site\n"
                + "Permanence juridique;local;juridique;Information sur les droits;01 46 09 00 01;javascript:alert(1)\n"
                + "Accueil de jour;local;juridique;Accueil;01 46 09 00 02;https://ville.example\n"
                + "Écoute;local;juridique;Écoute;01 46 09 00 03;data:text/html,<script>alert(1)</script>\n";

        assertThat(vss.resourcesCsv().read(Fixtures.coordinatorOf(boulogne), boulogne, sheet.getBytes(StandardCharsets.UTF_8),
                CsvImport.Progress.NONE).problems()).extracting(Problem::code, p -> p.path().orElseThrow()).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("web.invalid", "L2:web"),
                        org.assertj.core.groups.Tuple.tuple("web.invalid", "L4:web"));
    }
}
