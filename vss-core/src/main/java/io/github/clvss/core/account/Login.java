package io.github.clvss.core.account;

import io.github.clvss.core.shared.InvalidInputException;
import io.github.clvss.core.shared.Parsed;
import io.github.clvss.core.shared.Problem;
import java.util.Locale;
import java.util.Optional;

/**
 * What a person types to sign in: 3 to 100 characters among lower-case letters, digits and
 * {@code . _ @ -}, so that an email address works as a login.
 *
 * @param value the login, lower case
 */
public record Login(String value) {

    public Login {
        problem(value, "login").ifPresent(p -> {
            throw new InvalidInputException(p);
        });
    }

    /** Parses a login; surrounding spaces are dropped and letters lower-cased. */
    public static Parsed<Login> parse(String raw, String path) {
        String login = raw.strip().toLowerCase(Locale.ROOT);
        return problem(login, path).<Parsed<Login>>map(Parsed::invalid).orElseGet(() -> Parsed.valid(new Login(login)));
    }

    private static Optional<Problem> problem(String login, String path) {
        if (!login.matches("[a-z0-9][a-z0-9._@-]{2,99}")) {
            return Optional.of(Problem.error("login.format", path, login));
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return value;
    }
}
