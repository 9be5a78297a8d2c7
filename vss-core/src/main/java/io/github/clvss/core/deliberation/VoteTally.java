package io.github.clvss.core.deliberation;

import io.github.clvss.core.shared.InvalidInputException;
import io.github.clvss.core.shared.Problem;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * How the council voted, as the act states it. Votes cast (suffrages exprimés) are the votes
 * for and against: abstentions, blank and spoilt ballots are not cast. A count the act does not
 * state is <b>unknown</b> ({@link #unknown()}), not zero: its number here is 0 and no check
 * relies on it.
 *
 * @param inFavour votes for (pour)
 * @param against votes against (contre)
 * @param abstentions abstentions
 * @param blankOrSpoilt blank or spoilt ballots (bulletins blancs ou nuls), in a ballot
 * @param notTakingPart members who did not take part in the vote (ne prennent pas part au vote)
 * @param secretBallot whether the vote was by secret ballot (scrutin secret)
 * @param unanimity whether the act says the deliberation was adopted unanimously
 * @param unknown the counts the act does not state
 * @param unanimityOf whose unanimity the act states, when it states one
 * @param presidentVote how the president voted, when the act says (to check a casting vote, L2121-20)
 * @param nomination the ballot's facts when the deliberation is a nomination (CGCT L2121-21)
 */
public record VoteTally(int inFavour, int against, int abstentions, int blankOrSpoilt, int notTakingPart,
        boolean secretBallot, boolean unanimity, Set<Count> unknown, UnanimityOf unanimityOf,
        Optional<PresidentVote> presidentVote, Optional<Nomination> nomination) {

    /** No vote recorded yet. */
    public static final VoteTally NONE = new VoteTally(0, 0, 0, 0, 0, false, false);

    /** The counts of a vote. */
    public enum Count {
        /** Votes for. */
        IN_FAVOUR,
        /** Votes against. */
        AGAINST,
        /** Abstentions. */
        ABSTENTIONS,
        /** Blank or spoilt ballots. */
        BLANK_OR_SPOILT,
        /** Not taking part. */
        NOT_TAKING_PART
    }

    /** Whose unanimity the act states. */
    public enum UnanimityOf {
        /** The act does not say: read as the unanimity of votes cast. */
        NOT_SAID,
        /** Of votes cast (abstentions apart). */
        VOTES_CAST,
        /** Of the members present ("à l'unanimité des présents"). */
        PRESENT,
        /** Of the members present and represented ("des présents et représentés"). */
        PRESENT_AND_REPRESENTED
    }

    /** How the president voted. */
    public enum PresidentVote {
        /** For. */
        FOR,
        /** Against. */
        AGAINST,
        /** Abstained, or did not take part. */
        ABSTAINED
    }

    /**
     * A nomination (CGCT L2121-21): secret ballot unless the council decided unanimously not to
     * hold one; absolute majority in the first two rounds, relative majority in the third, the
     * oldest elected on a tie. In a nomination {@code inFavour} counts the votes of the person
     * elected (or proposed), {@code against} those of every other candidate.
     *
     * @param round the round, 1 to 3
     * @param openBallotDecidedUnanimously whether the council decided unanimously not to vote by secret ballot
     * @param runnerUp the votes of the best other candidate, when the act gives them
     * @param electedAsOldest whether the act says the person was elected as the oldest on a tie
     */
    public record Nomination(int round, boolean openBallotDecidedUnanimously, Optional<Integer> runnerUp,
            boolean electedAsOldest) {

        public Nomination {
            if (round < 1 || round > 3) {
                throw new InvalidInputException(Problem.general("deliberation.nomination.round", round));
            }
            Objects.requireNonNull(runnerUp, "runnerUp");
        }
    }

    public VoteTally {
        int[] counts = {inFavour, against, abstentions, blankOrSpoilt, notTakingPart};
        for (int count : counts) {
            if (count < 0) {
                throw new InvalidInputException(Problem.general("deliberation.vote.negative", count));
            }
        }
        unknown = unknown.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(unknown));
        Objects.requireNonNull(unanimityOf, "unanimityOf");
        Objects.requireNonNull(presidentVote, "presidentVote");
        Objects.requireNonNull(nomination, "nomination");
    }

    /** A tally whose counts are all stated, no nomination, the president's vote not said. */
    public VoteTally(int inFavour, int against, int abstentions, int blankOrSpoilt, int notTakingPart, boolean secretBallot,
            boolean unanimity) {
        this(inFavour, against, abstentions, blankOrSpoilt, notTakingPart, secretBallot, unanimity, Set.of(),
                UnanimityOf.NOT_SAID, Optional.empty(), Optional.empty());
    }

    /** Whether the act states this count. */
    public boolean known(Count count) {
        return !unknown.contains(count);
    }

    /** Votes cast (suffrages exprimés): for and against. */
    public int cast() {
        return inFavour + against;
    }

    /** Every vote and non-vote the act counts: cast, abstentions, blank or spoilt, not taking part. */
    public int accounted() {
        return inFavour + against + abstentions + blankOrSpoilt + notTakingPart;
    }

    /** The same tally with other unknown counts, unanimity scope, president's vote and nomination. */
    public VoteTally with(Set<Count> unknownCounts, UnanimityOf of, Optional<PresidentVote> president,
            Optional<Nomination> ballot) {
        return new VoteTally(inFavour, against, abstentions, blankOrSpoilt, notTakingPart, secretBallot, unanimity, unknownCounts,
                of, president, ballot);
    }
}
