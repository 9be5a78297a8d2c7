package io.github.clvss.core.territory;

import io.github.clvss.core.shared.InvalidInputException;
import io.github.clvss.core.shared.Problem;
import java.time.Year;
import java.util.Objects;

/**
 * A legal population (population municipale or totale, as the user records it) and the year
 * it refers to. Some legal thresholds depend on it, such as the council's convocation
 * period (3,500 inhabitants).
 *
 * @param inhabitants zero or more
 * @param year the census year the figure refers to
 */
public record Population(long inhabitants, Year year) {

    public Population {
        Objects.requireNonNull(year, "year");
        if (inhabitants < 0) {
            throw new InvalidInputException(Problem.general("population.negative", inhabitants));
        }
        if (year.getValue() < 1790) {
            throw new InvalidInputException(Problem.general("population.year.range", year));
        }
    }
}
