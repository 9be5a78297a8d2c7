package io.github.clvss.core.shared;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A refusal from vss-core, carrying its reasons as {@link Problem}s. The exception's message
 * lists only codes and paths, never personal content, so it is safe to log.
 */
public abstract sealed class VssException extends RuntimeException
        permits InvalidInputException, AccessRefusedException, ConflictException, NotFoundException {

    private static final long serialVersionUID = 1L;

    private final transient List<Problem> problems;

    VssException(List<Problem> problems) {
        super(summary(problems));
        this.problems = List.copyOf(problems);
    }

    VssException(List<Problem> problems, Throwable cause) {
        super(summary(problems), cause);
        this.problems = List.copyOf(problems);
    }

    /** Why the operation was refused; never empty. */
    public List<Problem> problems() {
        return problems;
    }

    private static String summary(List<Problem> problems) {
        return problems.stream()
                .map(p -> p.path().map(path -> p.code() + " at " + path).orElse(p.code()))
                .collect(Collectors.joining(", "));
    }
}
