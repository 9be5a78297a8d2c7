package io.github.clvss.core.contract;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A part of the contract grouping commitments: the seed's numbered actions 1 to 3, and its
 * unnumbered broader objectives ("Plus largement …").
 *
 * @param number its number in the contract, when it has one
 * @param title its heading, as the contract words it
 * @param commitments its commitments, in the contract's order (possibly none)
 */
public record Axis(Optional<Integer> number, String title, List<Commitment> commitments) {

    public Axis {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(title, "title");
        commitments = List.copyOf(commitments);
    }
}
