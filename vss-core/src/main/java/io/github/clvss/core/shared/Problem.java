package io.github.clvss.core.shared;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Something wrong (or worth a warning) found in input or refused by a rule, as data: a stable
 * {@code code}, its {@code arguments}, and where it was found.
 *
 * <p>The domain never produces sentences: {@link Messages} turns a problem into French or
 * English text. A problem never carries personal content, only codes, references and the
 * offending value's shape where that helps (a SIREN, a date).
 *
 * @param code stable identifier of the kind of problem, e.g. {@code siren.checksum}
 * @param arguments values the text refers to, in order ({@code {0}}, {@code {1}} …)
 * @param path where in the input the problem is: a JSON path such as
 *     {@code $.territory.siren}, or a line and column for a CSV file; empty when the problem
 *     does not concern input
 * @param severity whether the problem blocks the operation
 */
public record Problem(String code, List<String> arguments, Optional<String> path, Severity severity) {

    /** Whether a problem blocks the operation. */
    public enum Severity {
        /** The input is refused. */
        ERROR,
        /** The input is accepted; the user should look at it. */
        WARNING
    }

    public Problem {
        Objects.requireNonNull(code, "code");
        if (code.isBlank()) {
            throw new IllegalArgumentException("a problem needs a code");
        }
        arguments = List.copyOf(arguments);
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(severity, "severity");
    }

    /** An error at {@code path}. */
    public static Problem error(String code, String path, Object... arguments) {
        return new Problem(code, texts(arguments), Optional.of(path), Severity.ERROR);
    }

    /**
     * An error at {@code path} when there is one, otherwise about the whole input: for a rule
     * that a service (no path) and a file import (a path) both check.
     */
    public static Problem error(String code, Optional<String> path, Object... arguments) {
        return new Problem(code, texts(arguments), path, Severity.ERROR);
    }

    /** An error that concerns no particular place in the input. */
    public static Problem general(String code, Object... arguments) {
        return new Problem(code, texts(arguments), Optional.empty(), Severity.ERROR);
    }

    /** A warning at {@code path}. */
    public static Problem warning(String code, String path, Object... arguments) {
        return new Problem(code, texts(arguments), Optional.of(path), Severity.WARNING);
    }

    /** Whether this problem blocks the operation. */
    public boolean isError() {
        return severity == Severity.ERROR;
    }

    private static List<String> texts(Object... arguments) {
        return java.util.Arrays.stream(arguments).map(String::valueOf).toList();
    }
}
