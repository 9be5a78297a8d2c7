package io.github.clvss.core.branding;

import io.github.clvss.core.access.TerritoryId;
import io.github.clvss.core.shared.InvalidInputException;
import io.github.clvss.core.shared.Problem;
import java.util.Objects;
import java.util.Optional;

/**
 * How the application presents itself to a territory's users: its name, colour and logo.
 * What a territory leaves empty falls back to the installation's configuration.
 *
 * @param territory whose branding
 * @param version the stored version this value was read at (0 when none is stored)
 * @param applicationName e.g. {@code Boulogne-Billancourt — CLVSS}
 * @param colour the main colour
 * @param logo the logo
 */
public record Branding(TerritoryId territory, long version, Optional<String> applicationName, Optional<Colour> colour,
        Optional<Logo> logo) {

    /** Longest accepted application name. */
    public static final int NAME_MAX = 80;

    public Branding {
        Objects.requireNonNull(territory, "territory");
        Objects.requireNonNull(applicationName, "applicationName");
        Objects.requireNonNull(colour, "colour");
        Objects.requireNonNull(logo, "logo");
        if (applicationName.filter(n -> n.isBlank() || n.length() > NAME_MAX || !n.strip().equals(n)).isPresent()) {
            throw new InvalidInputException(Problem.general("branding.name.invalid", NAME_MAX));
        }
    }

    /** A territory that has set nothing: everything comes from the configuration. */
    public static Branding unset(TerritoryId territory) {
        return new Branding(territory, 0, Optional.empty(), Optional.empty(), Optional.empty());
    }
}
