package io.github.clvss.examples.embedding;

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
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;

/** vss-core in a plain Java program: loads a town's contract file, then lists its contracts. */
public class Embedding {

    public static void main(String[] args) {
        // H2 in a file beside the program; with PostgreSQL, an org.postgresql.ds.PGSimpleDataSource
        // or your connection pool (HikariCP...) instead
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL(args.length > 0 ? args[0] : "jdbc:h2:./vss");
        demoContracts(dataSource).forEach(System.out::println);
    }

    /** Loads the demo file (or, on a database that has the town, replaces it); lists the town's contracts. */
    public static List<String> demoContracts(DataSource dataSource) {
        List<String> titles = new ArrayList<>();
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
        return titles;
    }
}
