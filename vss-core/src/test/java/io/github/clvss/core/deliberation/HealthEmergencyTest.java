package io.github.clvss.core.deliberation;

import static io.github.clvss.core.deliberation.SeedDeliberation.boulogne;
import static io.github.clvss.core.deliberation.SeedDeliberation.seed;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class HealthEmergencyTest {

    /** The seed's act held on another day, with one member holding two proxies. */
    private static Deliberation twoProxiesHeldByOneMember(LocalDate day) {
        List<Proxy> proxies = new ArrayList<>(seed().proxies());
        proxies.set(1, new Proxy("Sébastien POIDATZ", "Jean-Claude MARQUEZ"));
        Deliberation seed = seed();
        return seed.toBuilder().proxies(proxies)
                .session(new Session(Optional.of(day), seed.session().time(), seed.session().place(), seed.session().president()))
                .convocationDate(Optional.of(day.minusDays(7)))
                .transmission(PrefectureTransmission.NONE).build();
    }

    @Test
    void a_session_in_april_2022_with_two_proxies_held_by_one_member_is_valid() {
        List<Finding> findings = DeliberationCheck.check(twoProxiesHeldByOneMember(LocalDate.of(2022, 4, 14)), boulogne());

        assertThat(findings).noneMatch(Finding::isError);
        assertThat(findings).filteredOn(f -> f.rule().equals(DeliberationCheck.PROXIES)).singleElement().satisfies(f -> {
            assertThat(f.problem().code()).isEqualTo("deliberation.proxy.holder.two-in-emergency");
            assertThat(f.article()).contains("loi n° 2021-1465");
        });
    }

    @ParameterizedTest
    @CsvSource({"2019-04-11", "2023-04-13", "2020-08-31", "2020-11-14", "2021-10-01", "2021-11-10", "2021-11-11", "2022-08-01"})
    void the_same_session_outside_every_derogation_period_is_an_error_citing_l2121_20(LocalDate day) {
        List<Finding> findings = DeliberationCheck.check(twoProxiesHeldByOneMember(day), boulogne());

        assertThat(findings).filteredOn(Finding::isError).singleElement().satisfies(f -> {
            assertThat(f.article()).isEqualTo("CGCT L2121-20");
            assertThat(f.problem().code()).isEqualTo("deliberation.proxy.holder.twice");
        });
    }

    @ParameterizedTest
    @CsvSource({"2020-03-24", "2020-08-30", "2020-11-15", "2021-09-30", "2021-11-12", "2022-07-31"})
    void the_first_and_last_day_of_each_period_allow_two_proxies(LocalDate day) {
        assertThat(DeliberationCheck.check(twoProxiesHeldByOneMember(day), boulogne())).noneMatch(Finding::isError);
    }

    @Test
    void a_third_proxy_is_an_error_even_in_a_derogation_period() {
        Deliberation two = twoProxiesHeldByOneMember(LocalDate.of(2022, 4, 14));
        List<Proxy> proxies = new ArrayList<>(two.proxies());
        proxies.set(2, new Proxy(proxies.get(2).giver(), "Jean-Claude MARQUEZ"));

        List<Finding> findings = DeliberationCheck.proxies(two.toBuilder().proxies(proxies).build());

        assertThat(findings).filteredOn(Finding::isError).singleElement()
                .satisfies(f -> assertThat(f.problem().code()).isEqualTo("deliberation.proxy.holder.thrice"));
    }

    @Test
    void in_a_derogation_period_one_third_present_is_a_quorum_one_less_is_not() {
        List<String> members = seed().membersInOffice().subList(0, 9);
        Deliberation third = twoProxiesHeldByOneMember(LocalDate.of(2021, 1, 14)).toBuilder().membersInOffice(members)
                .present(members.subList(0, 3)).proxies(List.of()).build();
        Deliberation less = third.toBuilder().present(members.subList(0, 2)).build();
        Deliberation ordinary = twoProxiesHeldByOneMember(LocalDate.of(2019, 1, 17)).toBuilder().membersInOffice(members)
                .present(members.subList(0, 3)).proxies(List.of()).build();

        assertThat(DeliberationCheck.quorum(third)).isEmpty();
        assertThat(DeliberationCheck.quorum(less)).singleElement().satisfies(f -> {
            assertThat(f.problem().code()).isEqualTo("deliberation.quorum.missing-third");
            assertThat(f.article()).contains("loi n° 2020-1379");
            assertThat(f.problem().arguments()).containsExactly("2", "9", "3");
        });
        assertThat(DeliberationCheck.quorum(ordinary)).extracting(f -> f.problem().code())
                .containsExactly("deliberation.quorum.missing");
    }

    @Test
    void the_periods_follow_one_another_with_the_gaps_the_texts_leave() {
        assertThat(HealthEmergency.on(LocalDate.of(2020, 3, 23))).isEmpty();
        assertThat(HealthEmergency.on(LocalDate.of(2020, 3, 24))).isPresent();
        assertThat(HealthEmergency.PERIODS).extracting(HealthEmergency.Period::until).containsExactly(
                LocalDate.of(2020, 8, 30), LocalDate.of(2021, 9, 30), LocalDate.of(2022, 7, 31));
    }

    @Test
    void a_remote_sitting_is_lawful_in_a_derogation_period_and_an_error_under_l2121_7_outside() {
        Deliberation april2022 = twoProxiesHeldByOneMember(LocalDate.of(2022, 4, 14));
        Deliberation remote2022 = april2022.toBuilder().session(remote(april2022.session())).build();
        Deliberation june2023 = seed().toBuilder().session(remote(seed().session())).build();

        assertThat(DeliberationCheck.sitting(remote2022, boulogne())).singleElement().satisfies(f -> {
            assertThat(f.isError()).isFalse();
            assertThat(f.article()).contains("CGCT L2121-7").contains("loi n° 2021-1465");
        });
        assertThat(DeliberationCheck.sitting(june2023, boulogne())).singleElement().satisfies(f -> {
            assertThat(f.isError()).isTrue();
            assertThat(f.article()).isEqualTo("CGCT L2121-7");
            assertThat(f.problem().code()).isEqualTo("deliberation.session.remote");
        });
        assertThat(DeliberationCheck.sitting(seed(), boulogne())).as("in the room").isEmpty();
    }

    private static Session remote(Session s) {
        return new Session(s.date(), s.time(), s.place(), s.president(), true);
    }
}
