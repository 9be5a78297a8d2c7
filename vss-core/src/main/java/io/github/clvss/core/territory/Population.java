package io.github.clvss.core.territory;

import io.github.clvss.core.shared.InvalidInputException;
import io.github.clvss.core.shared.Problem;
import java.time.Year;
import java.util.Objects;
import java.util.Optional;

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
        invalid(inhabitants, year.getValue(), Optional.empty()).ifPresent(problem -> {
            throw new InvalidInputException(problem);
        });
    }

    /**
     * The rule "a population counts people in a plausible census year": {@code population.negative}
     * at {@code path.inhabitants}, else {@code population.year.range} at {@code path.year} (from
     * 1790, the first census, to 9999); about the whole input when there is no path (a service's).
     *
     * @param path where the population is in a file, e.g. {@code $.territory.population}
     */
    public static Optional<Problem> invalid(long inhabitants, int year, Optional<String> path) {
        if (inhabitants < 0) {
            return Optional.of(Problem.error("population.negative", path.map(p -> p + ".inhabitants"), inhabitants));
        }
        if (year < 1790 || year > 9999) {
            return Optional.of(Problem.error("population.year.range", path.map(p -> p + ".year"), year));
        }
        return Optional.empty();
    }
}
