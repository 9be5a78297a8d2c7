package io.github.clvss.core.deliberation;

import static io.github.clvss.core.deliberation.SeedDeliberation.boulogne;
import static io.github.clvss.core.deliberation.SeedDeliberation.commune;
import static io.github.clvss.core.deliberation.SeedDeliberation.seed;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.clvss.core.shared.Problem;
import io.github.clvss.core.territory.DepartmentCode;
import io.github.clvss.core.territory.Siren;
import io.github.clvss.core.territory.Siret;
import io.github.clvss.core.territory.TerritoryFacts;
import io.github.clvss.core.territory.TerritoryKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class DeliberationCheckTest {

    private static final LocalDate SESSION = LocalDate.of(2023, 6, 1);

    @Test
    void the_seeds_act_gives_no_error() {
        List<Finding> findings = DeliberationCheck.check(seed(), boulogne());

        assertThat(findings).noneMatch(Finding::isError);
        // what the demo does not know, and open data needs: a warning only (the matière is in the demo file)
        assertThat(codes(findings)).containsExactlyInAnyOrder("deliberation.open-data.siret-unknown");
    }

    @Test
    void the_seeds_act_counts_49_present_6_represented_55_in_office_and_55_voters() {
        Deliberation seed = seed();

        assertThat(seed.present()).hasSize(49);
        assertThat(seed.proxies()).hasSize(6);
        assertThat(seed.membersInOffice()).hasSize(55);
        assertThat(seed.voters()).isEqualTo(55);
        assertThat(seed.vote().cast()).isEqualTo(55);
    }

    @Nested
    class Register {

        @Test
        void a_complete_act_has_everything_the_register_needs() {
            assertThat(DeliberationCheck.register(seed())).isEmpty();
        }

        @Test
        void a_draft_lacks_the_date_the_object_and_the_members_and_does_not_state_a_result() {
            Deliberation draft = Deliberation.draft(io.github.clvss.core.Fixtures.CLOCK, seed().territory());

            List<Finding> findings = DeliberationCheck.register(draft);

            assertThat(findings).extracting(f -> f.problem().code() + " " + f.problem().severity()).containsExactly(
                    "deliberation.session.date.missing ERROR", "deliberation.object.missing ERROR",
                    "deliberation.members.missing ERROR", "deliberation.result.missing WARNING");
            assertThat(findings).allSatisfy(f -> assertThat(f.article()).isEqualTo("CGCT L2121-23"));
        }

        @Test
        void a_draft_yields_findings_rather_than_an_exception_in_the_whole_check() {
            Deliberation draft = Deliberation.draft(io.github.clvss.core.Fixtures.CLOCK, seed().territory());

            assertThat(DeliberationCheck.check(draft, boulogne())).filteredOn(Finding::isError).extracting(Finding::rule)
                    .containsOnly(DeliberationCheck.REGISTER);
        }
    }

    @Nested
    class Members {

        @Test
        void everyone_named_in_the_seed_is_a_member_in_office_once() {
            assertThat(DeliberationCheck.members(seed())).isEmpty();
        }

        @Test
        void a_present_member_who_is_not_in_office_is_an_error_at_their_place_in_the_list() {
            Deliberation d = seed().toBuilder().present(replace(seed().present(), 3, "Jeanne DEFRANOU")).build();

            assertThat(DeliberationCheck.members(d)).extracting(f -> f.problem().code() + " " + f.problem().path().orElseThrow())
                    .contains("deliberation.member.unknown $.present[3]");
        }

        @Test
        void names_compare_without_case_and_extra_spaces() {
            Deliberation d = seed().toBuilder().present(replace(seed().present(), 3, "  jeanne   DEFRANOUX ")).build();

            assertThat(DeliberationCheck.members(d)).isEmpty();
        }

        @Test
        void a_member_listed_twice_is_an_error_and_a_member_nowhere_is_a_warning() {
            List<String> present = new ArrayList<>(seed().present());
            present.set(48, present.get(0));
            Deliberation d = seed().toBuilder().present(present).proxies(seed().proxies().subList(0, 5)).build();

            assertThat(DeliberationCheck.members(d)).extracting(f -> f.problem().code() + " " + f.problem().severity())
                    .containsExactlyInAnyOrder("deliberation.member.twice ERROR", "deliberation.member.unaccounted WARNING",
                            "deliberation.member.unaccounted WARNING");
        }

        @Test
        void a_member_the_act_lists_as_absent_is_accounted_for() {
            Deliberation d = seed().toBuilder().proxies(seed().proxies().subList(0, 5))
                    .absent(List.of("Pauline RAPILLY-FERNIOT")).build();

            assertThat(DeliberationCheck.members(d)).isEmpty();
        }
    }

    @Nested
    class Presence {

        @Test
        void nobody_in_the_seed_is_both_present_and_represented() {
            assertThat(DeliberationCheck.presence(seed())).isEmpty();
        }

        @Test
        void a_member_both_present_and_represented_is_an_error_under_l2121_20() {
            List<Proxy> proxies = new ArrayList<>(seed().proxies());
            proxies.set(0, new Proxy("Pascal LOUAP", "Jean-Claude MARQUEZ"));
            Deliberation d = seed().toBuilder().proxies(proxies).build();

            List<Finding> findings = DeliberationCheck.check(d, boulogne());

            assertThat(findings).filteredOn(f -> f.problem().code().equals("deliberation.presence.present-and-represented"))
                    .singleElement()
                    .satisfies(f -> {
                        assertThat(f.rule()).isEqualTo("presence");
                        assertThat(f.article()).isEqualTo("CGCT L2121-20");
                        assertThat(f.isError()).isTrue();
                        assertThat(f.problem().path()).contains("$.proxies[0].giver");
                        assertThat(f.problem().arguments()).containsExactly("Pascal LOUAP");
                    });
        }

        @Test
        void a_member_listed_absent_and_present_is_an_error() {
            Deliberation d = seed().toBuilder().absent(List.of("Marie THOMAS")).build();

            assertThat(codes(DeliberationCheck.presence(d))).containsExactly("deliberation.presence.absent-and-counted");
        }

        @Test
        void a_member_who_gave_a_proxy_is_represented_even_when_the_act_lists_them_as_excused() {
            String giver = seed().proxies().getFirst().giver();
            Deliberation d = seed().toBuilder().absent(List.of(giver)).build();

            List<Finding> findings = DeliberationCheck.check(d, boulogne());

            assertThat(findings).noneMatch(Finding::isError);
            assertThat(findings).filteredOn(f -> f.rule().equals("presence")).singleElement().satisfies(f -> {
                assertThat(f.problem().code()).isEqualTo("deliberation.presence.absent-but-represented");
                assertThat(f.isError()).isFalse();
            });
            assertThat(d.voters()).as("still counted among the voters").isEqualTo(55);
        }
    }

    @Nested
    class Quorum {

        @Test
        void forty_nine_present_of_fifty_five_is_a_quorum() {
            assertThat(DeliberationCheck.quorum(seed())).isEmpty();
        }

        @Test
        void seven_present_instead_of_forty_nine_is_no_quorum_under_l2121_17() {
            Deliberation d = seed().toBuilder().present(seed().present().subList(0, 7)).proxies(List.of()).build();

            List<Finding> findings = DeliberationCheck.check(d, boulogne());

            assertThat(findings).filteredOn(f -> f.rule().equals("quorum")).singleElement().satisfies(f -> {
                assertThat(f.article()).isEqualTo("CGCT L2121-17");
                assertThat(f.isError()).isTrue();
                assertThat(f.problem().code()).isEqualTo("deliberation.quorum.missing");
                assertThat(f.problem().arguments()).containsExactly("7", "55", "28");
            });
        }

        @Test
        void proxies_do_not_count_toward_the_quorum() {
            // 27 present + 6 proxies = 33 voters of 55, but 27 present is not a majority
            Deliberation d = seed().toBuilder().present(seed().present().subList(0, 27)).build();

            assertThat(codes(DeliberationCheck.quorum(d))).containsExactly("deliberation.quorum.missing");
        }

        @Test
        void exactly_half_present_is_not_a_majority_one_more_is() {
            List<String> members = seed().membersInOffice().subList(0, 10);
            Deliberation half = seed().toBuilder().membersInOffice(members).present(members.subList(0, 5)).build();
            Deliberation more = seed().toBuilder().membersInOffice(members).present(members.subList(0, 6)).build();

            assertThat(codes(DeliberationCheck.quorum(half))).containsExactly("deliberation.quorum.missing");
            assertThat(DeliberationCheck.quorum(more)).isEmpty();
        }

        @Test
        void a_session_convoked_again_after_one_without_quorum_gets_a_warning_not_an_error() {
            Deliberation d = seed().toBuilder().present(seed().present().subList(0, 7)).reconvenedWithoutQuorum(true).build();

            assertThat(DeliberationCheck.quorum(d)).singleElement().satisfies(f -> {
                assertThat(f.problem().code()).isEqualTo("deliberation.quorum.reconvened");
                assertThat(f.isError()).isFalse();
            });
        }
    }

    @Nested
    class Proxies {

        @Test
        void each_of_the_seeds_six_proxies_is_held_by_a_different_present_member() {
            assertThat(DeliberationCheck.proxies(seed())).isEmpty();
        }

        @Test
        void a_member_holding_two_proxies_is_an_error_under_l2121_20() {
            List<Proxy> proxies = new ArrayList<>(seed().proxies());
            proxies.set(1, new Proxy("Sébastien POIDATZ", "Jean-Claude MARQUEZ"));
            Deliberation d = seed().toBuilder().proxies(proxies).build();

            List<Finding> findings = DeliberationCheck.check(d, boulogne());

            assertThat(findings).filteredOn(Finding::isError).singleElement().satisfies(f -> {
                assertThat(f.rule()).isEqualTo("proxies");
                assertThat(f.article()).isEqualTo("CGCT L2121-20");
                assertThat(f.problem().code()).isEqualTo("deliberation.proxy.holder.twice");
                assertThat(f.problem().path()).contains("$.proxies[1].holder");
            });
        }

        @Test
        void a_proxy_held_by_a_member_who_is_not_present_is_an_error() {
            List<Proxy> proxies = new ArrayList<>(seed().proxies());
            proxies.set(0, new Proxy("Emmanuel BAVIERE", "Laurence DICKO"));

            assertThat(codes(DeliberationCheck.proxies(seed().toBuilder().proxies(proxies).build())))
                    .containsExactlyInAnyOrder("deliberation.proxy.holder.not-present", "deliberation.proxy.holder.represented");
        }

        @Test
        void a_proxy_to_oneself_and_two_proxies_from_one_giver_are_errors() {
            List<Proxy> twice = new ArrayList<>(seed().proxies());
            twice.add(new Proxy("Emmanuel BAVIERE", "Pascal LOUAP"));
            List<Proxy> self = new ArrayList<>(seed().proxies());
            self.add(new Proxy("Pascal LOUAP", "Pascal LOUAP"));

            assertThat(codes(DeliberationCheck.proxies(seed().toBuilder().proxies(twice).build())))
                    .containsExactly("deliberation.proxy.giver.twice");
            assertThat(codes(DeliberationCheck.proxies(seed().toBuilder().proxies(self).build())))
                    .containsExactly("deliberation.proxy.self");
        }
    }

    @Nested
    class Votes {

        @Test
        void fifty_five_for_with_fifty_five_voters_holds() {
            assertThat(DeliberationCheck.votes(seed())).isEmpty();
        }

        @Test
        void fifty_five_for_with_fifty_four_voters_is_an_error_under_l2121_20() {
            Deliberation d = seed().toBuilder().proxies(seed().proxies().subList(0, 5)).build();

            List<Finding> findings = DeliberationCheck.check(d, boulogne());

            assertThat(findings).filteredOn(Finding::isError).singleElement().satisfies(f -> {
                assertThat(f.rule()).isEqualTo("votes");
                assertThat(f.article()).isEqualTo("CGCT L2121-20");
                assertThat(f.problem().code()).isEqualTo("deliberation.votes.cast-exceed");
                assertThat(f.problem().arguments()).containsExactly("55", "54");
            });
        }

        @Test
        void abstentions_and_members_not_taking_part_count_against_the_voters_too() {
            Deliberation d = seed().toBuilder().vote(new VoteTally(50, 2, 2, 0, 2, false, false)).build();

            assertThat(codes(DeliberationCheck.votes(d))).containsExactly("deliberation.votes.accounted-exceed");
        }

        @Test
        void voters_in_no_count_are_a_warning() {
            Deliberation d = seed().toBuilder().vote(new VoteTally(50, 0, 0, 0, 0, false, false)).build();

            assertThat(DeliberationCheck.votes(d)).singleElement().satisfies(f -> {
                assertThat(f.problem().code()).isEqualTo("deliberation.votes.unaccounted");
                assertThat(f.problem().arguments()).containsExactly("5", "55");
                assertThat(f.isError()).isFalse();
            });
        }
    }

    @Nested
    class Majority {

        @Test
        void twenty_seven_for_twenty_six_against_two_abstentions_is_adopted() {
            Deliberation d = seed().toBuilder().vote(new VoteTally(27, 26, 2, 0, 0, false, false))
                    .result(Optional.of(Deliberation.Result.ADOPTED)).build();

            assertThat(DeliberationCheck.majority(d)).isEmpty();
        }

        @Test
        void a_stated_result_against_the_votes_is_an_error() {
            Deliberation rejected = seed().toBuilder().vote(new VoteTally(27, 26, 2, 0, 0, false, false))
                    .result(Optional.of(Deliberation.Result.REJECTED)).build();
            Deliberation adopted = seed().toBuilder().vote(new VoteTally(20, 26, 9, 0, 0, false, false)).build();

            assertThat(codes(DeliberationCheck.majority(rejected))).containsExactly("deliberation.result.rejected-with-majority");
            assertThat(codes(DeliberationCheck.majority(adopted))).containsExactly("deliberation.result.adopted-without-majority");
        }

        @Test
        void abstentions_blank_and_spoilt_ballots_are_not_votes_cast() {
            Deliberation d = seed().toBuilder().vote(new VoteTally(10, 9, 20, 16, 0, true, false)).build();

            assertThat(DeliberationCheck.majority(d)).isEmpty();
        }

        @Test
        void on_a_public_tie_the_presidents_casting_vote_decides_either_way_with_a_warning() {
            Deliberation adopted = seed().toBuilder().vote(new VoteTally(27, 27, 1, 0, 0, false, false)).build();
            Deliberation rejected = adopted.toBuilder().result(Optional.of(Deliberation.Result.REJECTED)).build();

            assertThat(DeliberationCheck.majority(adopted)).extracting(f -> f.problem().code() + " " + f.problem().severity())
                    .containsExactly("deliberation.majority.casting-vote WARNING");
            assertThat(DeliberationCheck.majority(rejected)).noneMatch(Finding::isError);
        }

        @Test
        void a_tie_in_a_secret_ballot_rejects_so_adopted_is_an_error() {
            Deliberation d = seed().toBuilder().vote(new VoteTally(27, 27, 1, 0, 0, true, false)).build();

            assertThat(DeliberationCheck.majority(d)).extracting(f -> f.problem().code() + " " + f.problem().severity())
                    .containsExactly("deliberation.majority.secret-tie WARNING", "deliberation.result.adopted-without-majority ERROR");
            assertThat(DeliberationCheck.majority(d.toBuilder().result(Optional.of(Deliberation.Result.REJECTED)).build()))
                    .noneMatch(Finding::isError);
        }
    }

    @Nested
    class Unanimity {

        @Test
        void unanimity_with_every_vote_for_holds() {
            assertThat(DeliberationCheck.unanimity(seed())).isEmpty();
        }

        @Test
        void unanimity_with_a_vote_against_is_an_error() {
            Deliberation d = seed().toBuilder().vote(new VoteTally(54, 1, 0, 0, 0, false, true)).build();

            assertThat(DeliberationCheck.unanimity(d)).singleElement().satisfies(f -> {
                assertThat(f.problem().code()).isEqualTo("deliberation.unanimity.against");
                assertThat(f.isError()).isTrue();
            });
        }

        @Test
        void unanimity_without_any_vote_for_is_an_error_and_with_abstentions_a_warning() {
            Deliberation none = seed().toBuilder().vote(new VoteTally(0, 0, 55, 0, 0, false, true)).build();
            Deliberation abstaining = seed().toBuilder().vote(new VoteTally(53, 0, 2, 0, 0, false, true)).build();

            assertThat(codes(DeliberationCheck.unanimity(none))).containsExactly("deliberation.unanimity.no-vote");
            assertThat(DeliberationCheck.unanimity(abstaining)).singleElement().satisfies(f -> {
                assertThat(f.problem().code()).isEqualTo("deliberation.unanimity.of-votes-cast");
                assertThat(f.isError()).isFalse();
            });
        }
    }

    @Nested
    class Convocation {

        @Test
        void convoked_on_26_may_for_1_june_is_five_clear_days_enough_in_a_town_of_120000() {
            assertThat(DeliberationCheck.convocation(seed(), boulogne())).isEmpty();
        }

        @Test
        void convoked_on_27_may_is_four_clear_days_too_late_from_3500_inhabitants_under_l2121_12() {
            Deliberation d = convoked(LocalDate.of(2023, 5, 27));

            assertThat(DeliberationCheck.convocation(d, commune(3_500))).singleElement().satisfies(f -> {
                assertThat(f.article()).isEqualTo("CGCT L2121-12");
                assertThat(f.problem().code()).isEqualTo("deliberation.convocation.too-late");
                assertThat(f.problem().arguments()).containsExactly("4", "5", "2023-05-27", "2023-06-01");
            });
        }

        @Test
        void a_convocation_three_days_before_in_a_town_of_120000_is_an_error_under_l2121_12() {
            List<Finding> findings = DeliberationCheck.check(convoked(SESSION.minusDays(3)), boulogne());

            assertThat(findings).filteredOn(Finding::isError).singleElement().satisfies(f -> {
                assertThat(f.rule()).isEqualTo("convocation");
                assertThat(f.article()).isEqualTo("CGCT L2121-12");
                assertThat(f.problem().arguments()).startsWith("2", "5");
            });
        }

        @Test
        void below_3500_inhabitants_three_clear_days_are_enough_and_two_are_not_under_l2121_11() {
            assertThat(DeliberationCheck.convocation(convoked(LocalDate.of(2023, 5, 28)), commune(3_499))).isEmpty();

            assertThat(DeliberationCheck.convocation(convoked(LocalDate.of(2023, 5, 29)), commune(3_499))).singleElement()
                    .satisfies(f -> {
                        assertThat(f.article()).isEqualTo("CGCT L2121-11");
                        assertThat(f.problem().code()).isEqualTo("deliberation.convocation.too-late");
                    });
        }

        @Test
        void in_urgency_one_clear_day_is_enough_with_a_warning_that_the_council_must_rule_on_it() {
            Deliberation d = convoked(LocalDate.of(2023, 5, 30)).toBuilder().urgency(true).build();

            assertThat(DeliberationCheck.convocation(d, boulogne())).singleElement().satisfies(f -> {
                assertThat(f.problem().code()).isEqualTo("deliberation.convocation.urgency");
                assertThat(f.isError()).isFalse();
            });
        }

        @Test
        void even_in_urgency_the_day_before_is_too_late() {
            Deliberation d = convoked(LocalDate.of(2023, 5, 31)).toBuilder().urgency(true).build();

            assertThat(codes(DeliberationCheck.convocation(d, boulogne())))
                    .containsExactly("deliberation.convocation.urgency", "deliberation.convocation.too-late");
        }

        @Test
        void an_unknown_population_is_a_warning_and_the_check_falls_back_to_three_clear_days() {
            TerritoryFacts unknown = io.github.clvss.core.Fixtures.boulogne();

            assertThat(DeliberationCheck.convocation(seed(), unknown)).extracting(f -> f.problem().code())
                    .containsExactly("deliberation.convocation.population-unknown");
            assertThat(codes(DeliberationCheck.convocation(convoked(LocalDate.of(2023, 5, 28)), unknown)))
                    .containsExactly("deliberation.convocation.population-unknown", "deliberation.convocation.short-for-large");
            assertThat(codes(DeliberationCheck.convocation(convoked(LocalDate.of(2023, 5, 29)), unknown)))
                    .containsExactly("deliberation.convocation.population-unknown", "deliberation.convocation.too-late");
        }

        @Test
        void a_convocation_on_or_after_the_session_day_is_an_error_and_a_missing_one_a_warning() {
            assertThat(codes(DeliberationCheck.convocation(convoked(SESSION), boulogne())))
                    .containsExactly("deliberation.convocation.after-session");
            Deliberation missing = seed().toBuilder().convocationDate(Optional.empty()).build();
            assertThat(DeliberationCheck.convocation(missing, boulogne())).singleElement()
                    .satisfies(f -> assertThat(f.isError()).isFalse());
        }

        @Test
        void the_period_is_not_checked_for_a_territory_that_is_not_a_commune() {
            TerritoryFacts b = boulogne();
            TerritoryFacts epci = new TerritoryFacts(TerritoryKind.EPCI, "Grand Paris Seine Ouest", Optional.empty(),
                    b.department(), b.siren(), b.siret(), b.population(), b.timeZone());

            assertThat(DeliberationCheck.convocation(convoked(SESSION.minusDays(1)), epci)).singleElement()
                    .satisfies(f -> assertThat(f.problem().code()).isEqualTo("deliberation.convocation.not-a-commune"));
        }

        private Deliberation convoked(LocalDate date) {
            return seed().toBuilder().convocationDate(Optional.of(date)).build();
        }
    }

    @Nested
    class Officers {

        @Test
        void the_seeds_president_and_secretary_are_present() {
            assertThat(DeliberationCheck.officers(seed())).isEmpty();
        }

        @Test
        void a_secretary_who_is_not_present_is_a_warning() {
            Deliberation d = seed().toBuilder().secretary(Optional.of("Laurence DICKO")).build();

            assertThat(DeliberationCheck.officers(d)).singleElement().satisfies(f -> {
                assertThat(f.problem().code()).isEqualTo("deliberation.secretary.not-present");
                assertThat(f.article()).isEqualTo("CGCT L2121-15");
                assertThat(f.isError()).isFalse();
            });
        }
    }

    @Nested
    class Actes {

        @Test
        void the_seeds_identifier_is_dated_the_session_day_with_the_towns_siren_departement_and_nature() {
            assertThat(DeliberationCheck.actes(seed(), boulogne())).isEmpty();
        }

        @Test
        void an_identifier_dated_another_day_is_an_error_under_l2131_1() {
            Deliberation d = actes("092-219200128-20230602-136597-DE-1-1");

            List<Finding> findings = DeliberationCheck.check(d, boulogne());

            assertThat(findings).filteredOn(Finding::isError).singleElement().satisfies(f -> {
                assertThat(f.rule()).isEqualTo("actes");
                assertThat(f.article()).isEqualTo("CGCT L2131-1");
                assertThat(f.problem().code()).isEqualTo("deliberation.actes.date");
                assertThat(f.problem().arguments()).containsExactly("2023-06-02", "2023-06-01");
            });
        }

        @Test
        void another_siren_departement_or_nature_is_an_error() {
            // 217500016: Paris's SIREN; 075 its département; AR a regulatory act
            assertThat(codes(DeliberationCheck.actes(actes("075-217500016-20230601-136597-AR"), boulogne())))
                    .containsExactly("deliberation.actes.siren", "deliberation.actes.department", "deliberation.actes.nature");
        }

        @Test
        void an_unreadable_identifier_reports_each_wrong_part() {
            assertThat(DeliberationCheck.actes(actes("092-219200128-2023061-136597-DE"), boulogne()))
                    .extracting(f -> f.problem().code() + " " + f.problem().path().orElseThrow())
                    .containsExactly("actes.date $.transmission.actesId");
        }

        @Test
        void a_transmission_before_the_session_is_an_error() {
            Deliberation d = seed().toBuilder().transmission(new PrefectureTransmission(Optional.of(LocalDate.of(2023, 5, 31)),
                    seed().transmission().actesIdText())).build();

            assertThat(codes(DeliberationCheck.actes(d, boulogne()))).containsExactly("deliberation.transmission.before-session");
        }

        @Test
        void a_deliberation_not_yet_transmitted_has_nothing_to_check() {
            Deliberation d = seed().toBuilder().transmission(PrefectureTransmission.NONE).build();

            assertThat(DeliberationCheck.actes(d, boulogne())).isEmpty();
            assertThat(d.transmission().actesId()).isEmpty();
        }

        private Deliberation actes(String text) {
            return seed().toBuilder().transmission(new PrefectureTransmission(seed().transmission().date(), Optional.of(text)))
                    .build();
        }
    }

    @Nested
    class OpenData {

        @Test
        void a_matiere_and_a_known_siret_give_open_data_all_it_needs() {
            Deliberation d = seed().toBuilder()
                    .subject(Optional.of(new Subject("9.1", "Autres domaines de compétences des communes"))).build();
            TerritoryFacts b = boulogne();
            TerritoryFacts withSiret = new TerritoryFacts(b.kind(), b.name(), b.inseeCode(), b.department(), b.siren(),
                    Optional.of(siretOf(b.siren())), b.population(), b.timeZone());

            assertThat(DeliberationCheck.openData(d, withSiret)).isEmpty();
        }

        @Test
        void a_missing_matiere_a_misshapen_code_and_an_unknown_siret_are_warnings() {
            Deliberation d = seed().toBuilder().subject(Optional.of(new Subject("91", "Autres"))).build();

            assertThat(DeliberationCheck.openData(d, boulogne())).extracting(f -> f.problem().code())
                    .containsExactly("deliberation.subject.code", "deliberation.open-data.siret-unknown");
            assertThat(DeliberationCheck.openData(seed(), boulogne())).noneMatch(Finding::isError);
        }

        /** A valid SIRET of this SIREN (invented establishment number, for the test only). */
        private Siret siretOf(Siren siren) {
            for (int nic = 10; nic < 100; nic++) {
                var parsed = Siret.parse(siren.value() + String.format("%05d", nic), "$");
                if (parsed.isValid()) {
                    return parsed.orElseThrow();
                }
            }
            throw new AssertionError();
        }
    }

    @Test
    void every_finding_names_a_rule_and_an_article() {
        Deliberation broken = seed().toBuilder().present(seed().present().subList(0, 7))
                .convocationDate(Optional.of(SESSION.minusDays(2)))
                .transmission(new PrefectureTransmission(Optional.empty(), Optional.of("092-219200128-20230602-1-AR"))).build();

        List<Finding> findings = DeliberationCheck.check(broken, boulogne());

        assertThat(findings).extracting(Finding::rule).contains("quorum", "convocation", "actes");
        assertThat(findings).allSatisfy(f -> {
            assertThat(f.rule()).isNotBlank();
            assertThat(f.article()).isNotBlank();
        });
        assertThat(DeliberationCheck.hasErrors(findings)).isTrue();
        assertThat(new DepartmentCode("92").threeCharacters()).isEqualTo("092");
    }

    private static List<String> replace(List<String> names, int index, String name) {
        List<String> copy = new ArrayList<>(names);
        copy.set(index, name);
        return copy;
    }

    private static List<String> codes(List<Finding> findings) {
        return findings.stream().map(Finding::problem).map(Problem::code).toList();
    }
}
