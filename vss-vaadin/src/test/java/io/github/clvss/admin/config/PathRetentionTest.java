package io.github.clvss.admin.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.clvss.admin.MutableClock;
import io.github.clvss.core.Vss;
import io.github.clvss.core.access.Actor;
import io.github.clvss.core.access.Grant;
import io.github.clvss.core.access.PartnerId;
import io.github.clvss.core.access.TerritoryId;
import io.github.clvss.core.contract.Contract;
import io.github.clvss.core.institution.Institution;
import io.github.clvss.core.institution.Sector;
import io.github.clvss.core.journal.JournalEntry;
import io.github.clvss.core.journal.JournalQuery;
import io.github.clvss.core.journal.Outcome;
import io.github.clvss.core.partner.Partner;
import io.github.clvss.core.partner.PublicContact;
import io.github.clvss.core.path.VictimPath;
import io.github.clvss.core.referral.Facts.AgeGroup;
import io.github.clvss.core.referral.Facts.Capacity;
import io.github.clvss.core.referral.Situation;
import io.github.clvss.core.shared.NotFoundException;
import io.github.clvss.core.shared.PageRequest;
import io.github.clvss.core.shared.Provenance;
import io.github.clvss.core.territory.DepartmentCode;
import io.github.clvss.core.territory.InseeCode;
import io.github.clvss.core.territory.Siren;
import io.github.clvss.core.territory.TerritoryFacts;
import io.github.clvss.core.territory.TerritoryKind;
import java.lang.reflect.Method;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.scheduling.annotation.Scheduled;

/** The daily job that purges closed victims' paths past their retention, through vss-core, journaled. */
class PathRetentionTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T09:00:00Z"));
    private final Vss vss = Vss.builder().clock(clock).build();

    @AfterEach
    void close() {
        vss.close();
    }

    @Test
    void the_daily_job_purges_a_path_closed_longer_ago_than_twelve_months_and_the_purge_is_journaled_by_the_system() {
        VictimPath path = closedPath();
        PathRetention job = new PathRetention(vss.paths(), vss.scheduledWork());

        clock.move(Duration.ofDays(364));
        assertThat(job.purge()).isTrue();
        assertThat(vss.paths().find(opener, path.id()).id()).as("kept within its retention").isEqualTo(path.id());
        clock.move(Duration.ofDays(2));
        assertThat(job.purge()).isTrue();

        assertThatThrownBy(() -> vss.paths().find(opener, path.id())).isInstanceOf(NotFoundException.class);
        List<JournalEntry> purged = vss.auditTrail().find(Actor.system(), JournalQuery.territory(territory)
                .withAction("path.purge").withOutcome(Outcome.DONE), PageRequest.first(10));
        assertThat(purged).singleElement().satisfies(e -> {
            assertThat(e.actor()).isEqualTo(Actor.SYSTEM_ID);
            assertThat(e.act().recordId()).contains(path.id().toString());
        });
    }

    @Test
    void an_instance_that_finds_another_purging_skips_the_round_and_purges_nothing() {
        VictimPath path = closedPath();
        clock.move(Duration.ofDays(400));

        assertThat(new PathRetention(vss.paths(), (name, work) -> false).purge()).isFalse();

        assertThat(vss.paths().find(opener, path.id()).id()).isEqualTo(path.id());
    }

    @Test
    void it_runs_once_a_day_by_default_on_its_own_schedule() throws NoSuchMethodException {
        Method purge = PathRetention.class.getMethod("purge");

        Scheduled schedule = purge.getAnnotation(Scheduled.class);

        assertThat(schedule.fixedDelayString()).isEqualTo("${vss.paths.purge-every:P1D}");
        assertThat(schedule.initialDelayString()).isEqualTo("${vss.paths.purge-initial-delay:PT3M}");
    }

    private TerritoryId territory;
    private Actor opener;

    /** A path the hospital opened and closed at once, in a territory of its own. */
    private VictimPath closedPath() {
        Actor system = Actor.system();
        territory = vss.territories().register(system, new TerritoryFacts(TerritoryKind.COMMUNE, "Boulogne-Billancourt",
                Optional.of(new InseeCode("92012")), new DepartmentCode("92"), new Siren("219200128"), Optional.empty(),
                Optional.empty(), ZoneId.of("Europe/Paris")), Provenance.SEED).id();
        Contract contract = vss.contracts().create(system, Contract.draft(clock, territory, "Contrat local", Optional.empty(),
                Optional.empty(), Provenance.SEED));
        Institution hospital = vss.institutions().register(system, Institution.register(clock, "Centre hospitalier",
                Sector.HEALTH, Optional.empty(), Optional.empty(), Provenance.SEED));
        PartnerId partner = vss.partners().add(system, Partner.join(clock, "system", territory, contract.id(), hospital.id(),
                "Urgences", List.of(), PublicContact.NONE, Optional.empty(), true, Provenance.SEED)).id();
        opener = Actor.user("hospital-user", Grant.partner(territory, partner));
        VictimPath path = vss.paths().open(opener, territory, partner, Situation.builder(AgeGroup.ADULT,
                Set.of(Capacity.DOCTOR)).build(), Optional.empty());
        return vss.paths().close(opener, path.id());
    }
}
