package io.github.clvss.core.csv;

import static io.github.clvss.core.Fixtures.CLOCK;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.clvss.core.Fixtures;
import io.github.clvss.core.Vss;
import io.github.clvss.core.access.Actor;
import io.github.clvss.core.access.Grant;
import io.github.clvss.core.access.TerritoryId;
import io.github.clvss.core.account.Account;
import io.github.clvss.core.shared.Messages;
import io.github.clvss.core.shared.Parsed;
import io.github.clvss.core.shared.Problem;
import io.github.clvss.core.shared.Provenance;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AccountsCsvTest {

    private final Vss vss = Vss.inMemory(CLOCK);
    private final Actor system = Actor.system();
    private final TerritoryId boulogne = vss.territories().register(system, Fixtures.boulogne(), Provenance.SEED).id();

    @AfterEach
    void close() {
        vss.close();
    }

    @Test
    void a_spreadsheet_with_errors_on_lines_2_and_4_is_refused_with_exactly_those_two_problems_and_opens_nothing() {
        String csv = """
                identifiant;nom;courriel;rôle;territoire
                coordination;Coordination CLSPD;pas-une-adresse;coordinateur;92012
                observation;Observatoire;observatoire@ville.fr;observateur;92012
                inconnu;Territoire inconnu;;coordinateur;75056
                """;

        Parsed<List<CsvImport.Line<io.github.clvss.core.account.AccountAdministration.Opening>>> read =
                vss.accountsCsv().read(system, bytes(csv), CsvImport.Progress.NONE);

        assertThat(read.problems()).extracting(Problem::code, p -> p.path().orElseThrow()).containsExactly(
                org.assertj.core.groups.Tuple.tuple("email.format", "L2:email"),
                org.assertj.core.groups.Tuple.tuple("csv.territory.unknown", "L4:territory"));
        assertThat(read.problems().stream().map(Messages.of(Locale.FRENCH)::describe)).containsExactly(
                "ligne 2, colonne « email » : « pas-une-adresse » n’est pas une adresse électronique valide.",
                "ligne 4, colonne « territory » : Aucun territoire de code INSEE ou de SIREN « 75056 ».");
        assertThat(vss.accounts().count(system, Optional.empty())).isZero();
    }

    @Test
    void a_valid_spreadsheet_opens_every_account_with_its_grant_and_reports_progress() {
        String csv = "login,name,email,language,role,territory\n"
                + "coordination,Coordination CLSPD,clspd@ville.fr,fr,coordinator,219200128\n"
                + "observation,Observatoire,,en,observer,92012\n";
        List<String> progress = new ArrayList<>();

        var read = vss.accountsCsv().read(system, bytes(csv), (lines, percent) -> progress.add(lines + " lines, " + percent + " %"));
        List<Account> opened = vss.accountsCsv().open(system, read.orElseThrow()).orElseThrow();

        // progress is lines read and the share of the file read: this small file is read in one go
        assertThat(progress).containsExactly("1 lines, 100 %", "2 lines, 100 %");
        assertThat(opened).extracting(a -> a.login().value()).containsExactly("coordination", "observation");
        assertThat(opened.get(0).grants()).containsExactly(Grant.coordinator(boulogne));
        assertThat(opened.get(1).grants()).containsExactly(Grant.observer(boulogne));
        assertThat(opened.get(1).language()).isEqualTo(io.github.clvss.core.shared.Language.EN);
    }

    @Test
    void a_login_already_taken_is_reported_at_its_line_when_writing() {
        String csv = "identifiant;nom\nnouvelle;Nouvelle personne\nexistante;Déjà là\n";
        vss.accountsCsv().open(system, vss.accountsCsv().read(system, bytes("identifiant;nom\nexistante;X\n"),
                CsvImport.Progress.NONE).orElseThrow());

        var read = vss.accountsCsv().read(system, bytes(csv), CsvImport.Progress.NONE).orElseThrow();

        assertThat(vss.accountsCsv().open(system, read).problems())
                .extracting(p -> p.path().orElseThrow()).containsExactly("L3:login");
        assertThat(vss.accounts().count(system, Optional.empty())).isEqualTo(1);
    }

    @Test
    void a_windows_1252_spreadsheet_with_french_headers_reads_its_accents() {
        byte[] latin = "identifiant;nom\nhelene;Hélène Dupré\n".getBytes(Charset.forName("windows-1252"));

        var read = vss.accountsCsv().read(system, latin, CsvImport.Progress.NONE).orElseThrow();

        assertThat(read.getFirst().value().account().displayName()).isEqualTo("Hélène Dupré");
    }

    @Test
    void missing_and_unknown_columns_are_named() {
        assertThat(vss.accountsCsv().read(system, bytes("login;surname\nx;y\n"), CsvImport.Progress.NONE).problems())
                .extracting(Problem::code).containsExactlyInAnyOrder("csv.column.unknown", "csv.column.missing");
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
