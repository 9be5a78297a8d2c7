package io.github.clvss.core.contractfile;

import io.github.clvss.core.contractfile.FileRecords.VerifiedV1;
import io.github.clvss.core.shared.Verification;
import java.time.Instant;
import io.github.clvss.core.shared.Parsed;
import io.github.clvss.core.shared.Problem;
import io.github.clvss.core.shared.Validation;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** The values every section of the contract file reads and writes the same way: dates, optional values, ids used once, verifications. */
final class FileValues {

    private FileValues() {
    }

    static void unique(Validation check, Set<String> ids, String id, String path) {
        if (!ids.add(id)) {
            check.add(Problem.error("file.id.duplicate", path + ".id", id));
        }
    }

    static Parsed<LocalDate> date(String raw, String path) {
        try {
            return Parsed.valid(LocalDate.parse(raw));
        } catch (DateTimeParseException e) {
            return Parsed.invalid(Problem.error("date.format", path, raw));
        }
    }

    static <R, T> Parsed<Optional<T>> optional(@org.jspecify.annotations.Nullable R raw,
            java.util.function.Function<R, Parsed<T>> parser) {
        return raw == null ? Parsed.valid(Optional.empty()) : parser.apply(raw).map(Optional::of);
    }

    static Parsed<Verification> verification(VerifiedV1 v, String path) {
        try {
            return Parsed.valid(new Verification(Instant.parse(v.at()), v.by()));
        } catch (DateTimeParseException e) {
            return Parsed.invalid(Problem.error("file.instant.format", path + ".at", v.at()));
        }
    }

    static VerifiedV1 verified(Verification v) {
        return new VerifiedV1(v.at().toString(), v.by());
    }

    static <R, T> Set<T> values(@Nullable List<R> raw, java.util.function.Function<R, T> parse) {
        return raw == null ? Set.of() : raw.stream().map(parse).collect(java.util.stream.Collectors.toSet());
    }
}
