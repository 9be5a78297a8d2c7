package io.github.clvss.core.partner;

import io.github.clvss.core.shared.InvalidInputException;
import io.github.clvss.core.shared.Problem;
import java.util.Objects;

/**
 * Who represents a partner institution in the contract and signs it: a public office holder,
 * such as "Le préfet des Hauts-de-Seine, M. Laurent Hottiaux".
 *
 * @param title the office, e.g. {@code Le préfet des Hauts-de-Seine}
 * @param name the holder's name as written in the contract
 */
public record Representative(String title, String name) {

    public Representative {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(name, "name");
        if (title.isBlank() || name.isBlank() || title.length() > 200 || name.length() > 120) {
            throw new InvalidInputException(Problem.general("representative.invalid"));
        }
    }
}
