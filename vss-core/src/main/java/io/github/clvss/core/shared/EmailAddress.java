package io.github.clvss.core.shared;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A professional email address, lower-cased. Checked for shape only: whether it reaches
 * someone is known when a message is sent.
 *
 * @param value the address, e.g. {@code coordination@ville.fr}
 */
public record EmailAddress(String value) {

    private static final Pattern SHAPE = Pattern.compile(
            "[a-z0-9!#$%&'*+/=?^_`{|}~.-]+@[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+");

    public EmailAddress {
        problem(value, "email").ifPresent(p -> {
            throw new InvalidInputException(p);
        });
    }

    /** Parses an address; surrounding spaces are dropped and letters lower-cased. */
    public static Parsed<EmailAddress> parse(String raw, String path) {
        String address = raw.strip().toLowerCase(Locale.ROOT);
        return problem(address, path).<Parsed<EmailAddress>>map(Parsed::invalid)
                .orElseGet(() -> Parsed.valid(new EmailAddress(address)));
    }

    private static Optional<Problem> problem(String address, String path) {
        if (address.length() > 254 || !SHAPE.matcher(address).matches()) {
            return Optional.of(Problem.error("email.format", path, address));
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return value;
    }
}
