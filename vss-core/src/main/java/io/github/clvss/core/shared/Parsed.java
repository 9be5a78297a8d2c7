package io.github.clvss.core.shared;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The result of parsing raw input into a value: either the value, or the problems that
 * prevented it. Parsers return this instead of throwing, so that every problem of an input
 * can be reported at once.
 *
 * @param <T> the parsed value's type
 */
public sealed interface Parsed<T> {

    /** A successful parse. */
    static <T> Parsed<T> valid(T value) {
        return new Valid<>(value);
    }

    /** A failed parse, with at least one problem. */
    static <T> Parsed<T> invalid(List<Problem> problems) {
        return new Invalid<>(problems);
    }

    /** A failed parse with one problem. */
    static <T> Parsed<T> invalid(Problem problem) {
        return new Invalid<>(List.of(problem));
    }

    /** The value when valid, empty otherwise. */
    Optional<T> asOptional();

    /** The problems; empty when valid. */
    List<Problem> problems();

    /** Whether the input was valid. */
    default boolean isValid() {
        return this instanceof Valid;
    }

    /** The value, or an {@link InvalidInputException} with every problem. */
    default T orElseThrow() {
        return asOptional().orElseThrow(() -> new InvalidInputException(problems()));
    }

    /** Transforms a valid value. */
    <R> Parsed<R> map(Function<? super T, ? extends R> mapping);

    /** Chains a further parse on a valid value. */
    <R> Parsed<R> flatMap(Function<? super T, Parsed<R>> next);

    /** @param value the parsed value */
    record Valid<T>(T value) implements Parsed<T> {
        @Override
        public Optional<T> asOptional() {
            return Optional.of(value);
        }

        @Override
        public List<Problem> problems() {
            return List.of();
        }

        @Override
        public <R> Parsed<R> map(Function<? super T, ? extends R> mapping) {
            return new Valid<>(mapping.apply(value));
        }

        @Override
        public <R> Parsed<R> flatMap(Function<? super T, Parsed<R>> next) {
            return next.apply(value);
        }
    }

    /** @param problems why the input was refused; never empty */
    record Invalid<T>(List<Problem> problems) implements Parsed<T> {
        public Invalid {
            problems = List.copyOf(problems);
            if (problems.isEmpty()) {
                throw new IllegalArgumentException("an invalid parse needs a problem");
            }
        }

        @Override
        public Optional<T> asOptional() {
            return Optional.empty();
        }

        @Override
        public <R> Parsed<R> map(Function<? super T, ? extends R> mapping) {
            return new Invalid<>(problems);
        }

        @Override
        public <R> Parsed<R> flatMap(Function<? super T, Parsed<R>> next) {
            return new Invalid<>(problems);
        }
    }
}
