package io.github.clvss.core.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Collects the problems of several parses, so that an input with many faults reports all of
 * them: take each field's {@link Parsed} result, then build the value only when nothing
 * failed.
 *
 * <pre>{@code
 * var check = new Validation();
 * Optional<Siren> siren = check.take(Siren.parse(raw, "$.territory.siren"));
 * Optional<InseeCode> insee = check.take(InseeCode.parse(rawInsee, "$.territory.inseeCode"));
 * return check.build(() -> new Something(siren.orElseThrow(), insee.orElseThrow()));
 * }</pre>
 */
public final class Validation {

    private final List<Problem> problems = new ArrayList<>();

    /** Records the parse's problems and returns its value, if any. */
    public <T> Optional<T> take(Parsed<T> parsed) {
        problems.addAll(parsed.problems());
        return parsed.asOptional();
    }

    /** Records a problem. */
    public void add(Problem problem) {
        problems.add(problem);
    }

    /** Records problems. */
    public void addAll(List<Problem> more) {
        problems.addAll(more);
    }

    /** Whether an error has been recorded (warnings do not count). */
    public boolean hasErrors() {
        for (Problem problem : problems) {
            if (problem.isError()) {
                return true;
            }
        }
        return false;
    }

    /** Every problem recorded, in order. */
    public List<Problem> problems() {
        return List.copyOf(problems);
    }

    /**
     * The built value when no error was recorded (warnings are dropped here: callers that
     * show warnings read {@link #problems()}), else every problem.
     */
    public <T> Parsed<T> build(Supplier<T> builder) {
        if (hasErrors()) {
            return Parsed.invalid(problems.stream().filter(Problem::isError).toList());
        }
        return Parsed.valid(builder.get());
    }
}
