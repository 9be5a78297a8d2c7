package io.github.clvss.core.deliberation;

import io.github.clvss.core.shared.InvalidInputException;
import io.github.clvss.core.shared.Problem;

/**
 * How the council voted, as the act states it. Votes cast (suffrages exprimés) are the votes
 * for and against: abstentions, blank and spoilt ballots are not cast.
 *
 * @param inFavour votes for (pour)
 * @param against votes against (contre)
 * @param abstentions abstentions
 * @param blankOrSpoilt blank or spoilt ballots (bulletins blancs ou nuls), in a ballot
 * @param notTakingPart members who did not take part in the vote (ne prennent pas part au vote)
 * @param secretBallot whether the vote was by secret ballot (scrutin secret)
 * @param unanimity whether the act says the deliberation was adopted unanimously
 */
public record VoteTally(int inFavour, int against, int abstentions, int blankOrSpoilt, int notTakingPart,
        boolean secretBallot, boolean unanimity) {

    /** No vote recorded yet. */
    public static final VoteTally NONE = new VoteTally(0, 0, 0, 0, 0, false, false);

    public VoteTally {
        int[] counts = {inFavour, against, abstentions, blankOrSpoilt, notTakingPart};
        for (int count : counts) {
            if (count < 0) {
                throw new InvalidInputException(Problem.general("deliberation.vote.negative", count));
            }
        }
    }

    /** Votes cast (suffrages exprimés): for and against. */
    public int cast() {
        return inFavour + against;
    }

    /** Every vote and non-vote the act counts: cast, abstentions, blank or spoilt, not taking part. */
    public int accounted() {
        return inFavour + against + abstentions + blankOrSpoilt + notTakingPart;
    }
}
