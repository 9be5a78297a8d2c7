package io.github.clvss.core.deliberation;

import static io.github.clvss.core.deliberation.SeedDeliberation.boulogne;
import static io.github.clvss.core.deliberation.SeedDeliberation.seed;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.clvss.core.contractfile.DeliberationFiles;
import io.github.clvss.core.deliberation.VoteTally.Count;
import io.github.clvss.core.deliberation.VoteTally.Nomination;
import io.github.clvss.core.deliberation.VoteTally.PresidentVote;
import io.github.clvss.core.deliberation.VoteTally.UnanimityOf;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class VoteFactsTest {

    private static Deliberation voted(VoteTally vote, Deliberation.Result result) {
        return seed().toBuilder().vote(vote).result(Optional.of(result)).build();
    }

    private static List<String> codes(List<Finding> findings) {
        return findings.stream().map(f -> f.problem().code()).toList();
    }

    @Test
    void counts_the_act_does_not_state_are_unknown_not_zero() {
        VoteTally vote = new VoteTally(0, 0, 0, 0, 0, false, false).with(Set.of(Count.IN_FAVOUR, Count.AGAINST), UnanimityOf.NOT_SAID,
                Optional.empty(), Optional.empty());

        List<Finding> findings = DeliberationCheck.check(voted(vote, Deliberation.Result.ADOPTED), boulogne());

        assertThat(findings).noneMatch(Finding::isError);
        assertThat(codes(findings)).contains("deliberation.votes.unknown", "deliberation.majority.unknown")
                .doesNotContain("deliberation.result.adopted-without-majority");
    }

    @Test
    void a_file_that_leaves_out_a_count_reads_it_as_unknown_and_writes_it_back_left_out() {
        String file = new String(DeliberationFiles.demoFile(), StandardCharsets.UTF_8)
                .replaceFirst("\"abstentions\"\\s*:\\s*[0-9]+,", "");
        Deliberation read = DeliberationFiles.read(file.getBytes(StandardCharsets.UTF_8)).orElseThrow();

        assertThat(read.vote().unknown()).containsExactly(Count.ABSTENTIONS);
        assertThat(new String(DeliberationFiles.write(read), StandardCharsets.UTF_8)).doesNotContain("\"abstentions\"");
    }

    @Test
    void unanimity_of_those_present_and_represented_needs_every_vote_of_the_present_and_represented() {
        VoteTally all = new VoteTally(55, 0, 0, 0, 0, false, true).with(Set.of(), UnanimityOf.PRESENT_AND_REPRESENTED,
                Optional.empty(), Optional.empty());
        VoteTally oneAbstains = new VoteTally(54, 0, 1, 0, 0, false, true).with(Set.of(),
                UnanimityOf.PRESENT_AND_REPRESENTED, Optional.empty(), Optional.empty());
        VoteTally ofThePresent = new VoteTally(50, 0, 5, 0, 0, false, true).with(Set.of(), UnanimityOf.PRESENT,
                Optional.empty(), Optional.empty());
        VoteTally notAllPresent = new VoteTally(48, 0, 7, 0, 0, false, true).with(Set.of(), UnanimityOf.PRESENT,
                Optional.empty(), Optional.empty());

        assertThat(DeliberationCheck.unanimity(voted(all, Deliberation.Result.ADOPTED))).isEmpty();
        assertThat(codes(DeliberationCheck.unanimity(voted(oneAbstains, Deliberation.Result.ADOPTED))))
                .containsExactly("deliberation.unanimity.present-and-represented");
        assertThat(DeliberationCheck.unanimity(voted(ofThePresent, Deliberation.Result.ADOPTED))).isEmpty();
        assertThat(codes(DeliberationCheck.unanimity(voted(notAllPresent, Deliberation.Result.ADOPTED))))
                .containsExactly("deliberation.unanimity.present");
    }

    @Test
    void on_a_tie_in_a_public_vote_the_presidents_vote_decides_and_a_president_who_did_not_vote_decides_nothing() {
        VoteTally forTie = new VoteTally(27, 27, 1, 0, 0, false, false).with(Set.of(), UnanimityOf.NOT_SAID,
                Optional.of(PresidentVote.FOR), Optional.empty());
        VoteTally abstainedTie = forTie.with(Set.of(), UnanimityOf.NOT_SAID, Optional.of(PresidentVote.ABSTAINED), Optional.empty());

        assertThat(DeliberationCheck.majority(voted(forTie, Deliberation.Result.ADOPTED))).isEmpty();
        assertThat(DeliberationCheck.majority(voted(forTie, Deliberation.Result.REJECTED))).singleElement().satisfies(f -> {
            assertThat(f.problem().code()).isEqualTo("deliberation.result.casting-vote.for");
            assertThat(f.article()).isEqualTo("CGCT L2121-20");
        });
        assertThat(codes(DeliberationCheck.majority(voted(abstainedTie, Deliberation.Result.ADOPTED))))
                .containsExactly("deliberation.result.casting-vote.abstained");
    }

    @Test
    void a_nomination_is_secret_unless_decided_otherwise_and_has_no_casting_vote() {
        VoteTally open = new VoteTally(40, 10, 5, 0, 0, false, false).with(Set.of(), UnanimityOf.NOT_SAID, Optional.empty(),
                Optional.of(new Nomination(1, false, Optional.empty(), false)));
        VoteTally openDecided = open.with(Set.of(), UnanimityOf.NOT_SAID, Optional.empty(),
                Optional.of(new Nomination(1, true, Optional.empty(), false)));
        VoteTally tieRoundTwo = new VoteTally(27, 27, 1, 0, 0, true, false).with(Set.of(), UnanimityOf.NOT_SAID,
                Optional.of(PresidentVote.FOR), Optional.of(new Nomination(2, false, Optional.empty(), false)));

        assertThat(DeliberationCheck.nomination(voted(open, Deliberation.Result.ADOPTED))).singleElement().satisfies(f -> {
            assertThat(f.problem().code()).isEqualTo("deliberation.nomination.not-secret");
            assertThat(f.article()).isEqualTo("CGCT L2121-21");
        });
        assertThat(DeliberationCheck.nomination(voted(openDecided, Deliberation.Result.ADOPTED))).isEmpty();
        assertThat(codes(DeliberationCheck.nomination(voted(tieRoundTwo, Deliberation.Result.ADOPTED))))
                .containsExactly("deliberation.nomination.no-absolute-majority");
        assertThat(DeliberationCheck.majority(voted(tieRoundTwo, Deliberation.Result.ADOPTED)))
                .as("the L2121-20 casting vote is not the rule of a nomination").isEmpty();
    }

    @Test
    void in_the_third_round_the_relative_majority_elects_and_the_oldest_wins_a_tie() {
        VoteTally tieOldest = new VoteTally(25, 30, 0, 0, 0, true, false).with(Set.of(), UnanimityOf.NOT_SAID, Optional.empty(),
                Optional.of(new Nomination(3, false, Optional.of(25), true)));
        VoteTally tieNotSaid = tieOldest.with(Set.of(), UnanimityOf.NOT_SAID, Optional.empty(),
                Optional.of(new Nomination(3, false, Optional.of(25), false)));
        VoteTally fewer = tieOldest.with(Set.of(), UnanimityOf.NOT_SAID, Optional.empty(),
                Optional.of(new Nomination(3, false, Optional.of(26), false)));
        VoteTally oldestTooEarly = tieOldest.with(Set.of(), UnanimityOf.NOT_SAID, Optional.empty(),
                Optional.of(new Nomination(1, false, Optional.of(25), true)));

        assertThat(DeliberationCheck.nomination(voted(tieOldest, Deliberation.Result.ADOPTED))).isEmpty();
        assertThat(codes(DeliberationCheck.nomination(voted(tieNotSaid, Deliberation.Result.ADOPTED))))
                .containsExactly("deliberation.nomination.tie-not-oldest");
        assertThat(codes(DeliberationCheck.nomination(voted(fewer, Deliberation.Result.ADOPTED))))
                .containsExactly("deliberation.nomination.not-most-votes");
        assertThat(codes(DeliberationCheck.nomination(voted(oldestTooEarly, Deliberation.Result.ADOPTED))))
                .containsExactly("deliberation.nomination.oldest-too-early");
    }
}
