package io.github.clvss.admin.base;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The application's settings, under {@code vss.}: see the configuration reference in the
 * README.
 *
 * @param dataDir where the embedded H2 database lives
 * @param branding the installation's default name, colour and logo
 * @param admin the first platform administrator, opened when the installation has no account
 * @param mail the sender of notification emails
 * @param staleAfter how old a verification may be before a record shows as stale
 * @param help the residents' help page
 * @param session how long a signed-in session may last
 */
@ConfigurationProperties("vss")
public record VssProperties(
        @DefaultValue("./vss-data") Path dataDir,
        @DefaultValue Branding branding,
        @DefaultValue Admin admin,
        @DefaultValue Mail mail,
        @DefaultValue("P6M") java.time.Period staleAfter,
        @DefaultValue Help help,
        @DefaultValue Session session) {

    /**
     * @param idleTimeout a session ends after this long without a request
     * @param absoluteTimeout a session ends this long after it began, however active it is
     */
    public record Session(@DefaultValue("PT30M") java.time.Duration idleTimeout,
            @DefaultValue("PT12H") java.time.Duration absoluteTimeout) {
    }

    /** @param exitUrl where the help page's quick exit goes: a neutral website */
    public record Help(@DefaultValue("https://www.meteofrance.com/") String exitUrl) {
    }

    /**
     * @param name the application's name
     * @param colour the main colour, {@code #rrggbb}
     * @param logo a PNG or JPEG file
     */
    public record Branding(@DefaultValue("vss — contrat local VSS") String name, @DefaultValue("#1f4e8c") String colour,
            @Nullable Path logo) {
    }

    /**
     * @param login the first administrator's login
     * @param password their password (at least 12 characters)
     * @param name their display name
     */
    public record Admin(@Nullable String login, @Nullable String password, @DefaultValue("Administration") String name) {
    }

    /** @param from the sender address of notification emails */
    public record Mail(@DefaultValue("vss@localhost") String from) {
    }
}
