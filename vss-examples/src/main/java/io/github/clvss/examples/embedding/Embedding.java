package io.github.clvss.examples.embedding;

// README imports begin
import io.github.clvss.core.Vss;
import io.github.clvss.core.access.Actor;
import io.github.clvss.core.access.Grant;
import io.github.clvss.core.access.TerritoryId;
import io.github.clvss.core.contract.Contract;
import io.github.clvss.core.contractfile.ContractFiles;
import io.github.clvss.core.contractfile.ImportMode;
import io.github.clvss.core.contractfile.ImportReport;
import io.github.clvss.core.shared.Messages;
import io.github.clvss.core.shared.PageRequest;
import java.time.Clock;
import java.util.Locale;
import java.util.stream.Collectors;
// README imports end
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * The README's "Embed vss-core" example, compiled and run by the build on H2 (plain data source,
 * H2's pool, Hikari) and PostgreSQL: the README quotes the lines between the {@code README}
 * markers verbatim, and a test fails when the two drift apart.
 */
public final class Embedding {

    private Embedding() {
    }

    /**
     * Loads the demo contract into the database behind {@code dataSource} — or, where an earlier
     * run left it there, replaces it with the file's — and returns the titles of the contracts
     * the town's coordinator sees.
     *
     * @throws IllegalStateException with every problem, in words, when the file is refused
     */
    public static List<String> demoContracts(DataSource dataSource) {
        List<String> titles = new ArrayList<>();
        // README begin
        try (Vss vss = Vss.builder().dataSource(dataSource).clock(Clock.systemUTC()).build()) {
            // the command line and batch jobs act as "system"; a user acts with their grants
            ImportReport report = vss.contractFiles()
                    .importFile(Actor.system(), ContractFiles.demoFile(), ImportMode.CREATE, false);
            if (!report.accepted()) {
                // a database kept from an earlier run has the town already: replace its data
                report = vss.contractFiles()
                        .importFile(Actor.system(), ContractFiles.demoFile(), ImportMode.REPLACE, false);
            }
            if (!report.accepted()) {
                Messages messages = vss.messages(Locale.ENGLISH);
                throw new IllegalStateException(report.problems().stream()
                        .map(messages::describe).collect(Collectors.joining("\n")));
            }
            TerritoryId boulogne = report.territory().orElseThrow();

            Actor coordinator = Actor.user("account-42", Grant.coordinator(boulogne));
            for (Contract contract : vss.contracts().list(coordinator, boulogne, PageRequest.first(20))) {
                titles.add(contract.title());
            }
        }
        // README end
        return titles;
    }
}
