package io.github.clvss.examples.spring;

import io.github.clvss.core.Vss;
import io.github.clvss.core.access.Actor;
import io.github.clvss.core.access.TerritoryId;
import io.github.clvss.core.contractfile.ImportMode;
import io.github.clvss.core.contractfile.ImportReport;
import java.time.Clock;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The host application's own act, which uses vss: it records a town's onboarding in its table and
 * loads the town's contract file into vss, in one transaction. If anything fails afterwards, the
 * application's row and everything vss wrote are rolled back together.
 */
@Service
public class TownOnboarding {

    private final JdbcTemplate jdbc;
    private final Vss vss;
    private final Clock clock;

    public TownOnboarding(JdbcTemplate jdbc, Vss vss) {
        this.jdbc = jdbc;
        this.vss = vss;
        this.clock = vss.clock();
    }

    /**
     * Onboards {@code town} with its contract file; {@code lastCheck} is the application's own
     * check that runs after both writes (throwing there undoes both).
     */
    @Transactional
    public TerritoryId onboard(String town, byte[] contractFile, Runnable lastCheck) {
        jdbc.update("insert into town_onboarding (town, onboarded_at) values (?, ?)",
                town, java.sql.Timestamp.from(clock.instant()));
        ImportReport report = vss.contractFiles().importFile(Actor.system(), contractFile, ImportMode.CREATE, false);
        if (!report.accepted()) {
            throw new IllegalArgumentException(report.problems().stream()
                    .map(vss.messages(Locale.ENGLISH)::describe).collect(Collectors.joining("; ")));
        }
        lastCheck.run();
        return report.territory().orElseThrow();
    }
}
