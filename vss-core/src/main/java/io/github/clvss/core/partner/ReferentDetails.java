package io.github.clvss.core.partner;

import io.github.clvss.core.shared.EmailAddress;
import io.github.clvss.core.shared.InvalidInputException;
import io.github.clvss.core.shared.PhoneNumber;
import io.github.clvss.core.shared.Problem;
import java.util.Objects;
import java.util.Optional;

/**
 * The personal data of a référent: who they are and how to reach them at work. Erasing a
 * référent removes all of it.
 *
 * @param name the person's name
 * @param function their function, e.g. {@code Officier de police, brigade de protection des familles}
 * @param phone a professional phone, in E.164
 * @param email a professional email address
 * @param availability when they can be reached, in words
 */
public record ReferentDetails(String name, String function, Optional<PhoneNumber> phone, Optional<EmailAddress> email,
        Optional<String> availability) {

    /** Longest accepted name. */
    public static final int NAME_MAX = 120;
    /** Longest accepted function or availability. */
    public static final int TEXT_MAX = 300;

    public ReferentDetails {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(function, "function");
        Objects.requireNonNull(phone, "phone");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(availability, "availability");
        if (name.isBlank() || name.length() > NAME_MAX || function.isBlank() || function.length() > TEXT_MAX
                || availability.filter(a -> a.length() > TEXT_MAX).isPresent()) {
            throw new InvalidInputException(Problem.general("referent.details.invalid"));
        }
    }
}
