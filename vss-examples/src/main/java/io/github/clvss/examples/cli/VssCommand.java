package io.github.clvss.examples.cli;

import io.github.clvss.core.Vss;
import io.github.clvss.core.shared.Messages;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * {@code vss}: imports, exports and validates contract files on an H2 or PostgreSQL database
 * (as the {@code system} actor; every change it makes is in the audit journal), and asks the
 * referral rules — French rules plus any plug-in on the class path — for a decision, and checks
 * a council deliberation file against the law.
 *
 * <p>Exit codes: 0 done, 1 invalid input (the file, or what it asks), 2 usage error,
 * 3 failure (the database cannot be reached…).
 */
@Command(name = "vss", mixinStandardHelpOptions = true, version = "vss 0.1.0",
        subcommands = {ImportCommand.class, ExportCommand.class, ValidateCommand.class, DemoCommand.class,
            ReferCommand.class, DeliberationCommand.class, PathCommand.class})
public final class VssCommand {

    static final int INVALID_INPUT = 1;
    static final int FAILURE = 3;

    @Option(names = "--db", scope = ScopeType.INHERIT, paramLabel = "JDBC_URL", defaultValue = Database.DEFAULT_URL)
    String db = Database.DEFAULT_URL;

    @Option(names = "--db-user", scope = ScopeType.INHERIT, defaultValue = "${env:VSS_DB_USER:-}")
    String dbUser = "";

    @Option(names = "--db-password", scope = ScopeType.INHERIT, defaultValue = "${env:VSS_DB_PASSWORD:-}")
    String dbPassword = "";

    @Option(names = "--json", scope = ScopeType.INHERIT)
    boolean json;

    @Option(names = "--lang", scope = ScopeType.INHERIT, paramLabel = "fr|en", defaultValue = "fr")
    String lang = "fr";

    final Clock clock;

    VssCommand(Clock clock) {
        this.clock = clock;
    }

    /** Runs the command line and exits with its code. */
    public static void main(String[] args) {
        quietLibraries();
        System.exit(run(Clock.systemUTC(), args));
    }

    /** Libraries that log through java.util.logging (Flyway) say only warnings on a command line. */
    private static void quietLibraries() {
        java.util.logging.Logger root = java.util.logging.LogManager.getLogManager().getLogger("");
        root.setLevel(java.util.logging.Level.WARNING);
        for (java.util.logging.Handler handler : root.getHandlers()) {
            handler.setLevel(java.util.logging.Level.WARNING);
        }
        // Flyway warns that it has not been verified with the H2 version vss ships and tests
        FLYWAY_DATABASE.setLevel(java.util.logging.Level.SEVERE);
    }

    private static final java.util.logging.Logger FLYWAY_DATABASE =
            java.util.logging.Logger.getLogger("org.flywaydb.core.internal.database.base.Database");

    /** Runs the command line; returns its exit code. */
    static int run(Clock clock, String... args) {
        return commandLine(clock, new PrintWriter(System.out, true), new PrintWriter(System.err, true)).execute(args);
    }

    static CommandLine commandLine(Clock clock, PrintWriter out, PrintWriter err) {
        VssCommand root = new VssCommand(clock);
        CommandLine line = new CommandLine(root);
        line.setOut(out);
        line.setErr(err);
        // the help texts come from the same bundle as the messages, in the language --lang asks (French by default)
        line.setResourceBundle(help(Locale.FRENCH));
        line.setExecutionStrategy(parsed -> {
            line.setResourceBundle(help(Locale.forLanguageTag(root.lang)));
            return new CommandLine.RunLast().execute(parsed);
        });
        CommandLine.IParameterExceptionHandler usage = line.getParameterExceptionHandler();
        line.setParameterExceptionHandler((exception, args) -> {
            line.setResourceBundle(help(Locale.forLanguageTag(root.lang)));
            return usage.handleParseException(exception, args);
        });
        line.setExecutionExceptionHandler((exception, command, parsed) -> {
            command.getErr().println(exception.getClass().getSimpleName() + ": " + exception.getMessage());
            return FAILURE;
        });
        return line;
    }

    static final String TEXTS = "io.github.clvss.examples.cli.cli";

    /** The help texts in a language: French, or English; never the machine's own locale. */
    static ResourceBundle help(Locale locale) {
        return ResourceBundle.getBundle(TEXTS, Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? Locale.ENGLISH
                : Locale.ROOT, VssCommand.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    Messages messages() {
        return Messages.of(Locale.forLanguageTag(lang)).withBundle(TEXTS, getClass().getClassLoader());
    }

    Vss open(CommandLine.Model.CommandSpec spec) {
        return open(spec, clock);
    }

    /** A vss on the command line's database that reads time from {@code time} (a scenario's own clock). */
    Vss open(CommandLine.Model.CommandSpec spec, Clock time) {
        try {
            return Vss.builder().dataSource(Database.of(db, dbUser, dbPassword)).clock(time).build();
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), messages().text("cli.db.unsupported", List.of(db)));
        }
    }
}
