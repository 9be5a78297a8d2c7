package io.github.clvss.admin.config;

import io.github.clvss.admin.base.VssProperties;
import io.github.clvss.core.Vss;
import io.github.clvss.core.access.Actor;
import io.github.clvss.core.access.Grant;
import io.github.clvss.core.account.Account;
import io.github.clvss.core.account.Login;
import io.github.clvss.core.shared.Language;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Opens the installation's first platform administrator from the configuration
 * ({@code VSS_ADMIN_LOGIN}, {@code VSS_ADMIN_PASSWORD}) when it has no account yet. There is
 * no built-in account and no known password.
 */
@Component
@Order(2)
class FirstAdministrator implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(FirstAdministrator.class);

    private final Vss vss;
    private final VssProperties properties;

    FirstAdministrator(Vss vss, VssProperties properties) {
        this.vss = vss;
        this.properties = properties;
    }

    private static boolean blank(@org.jspecify.annotations.Nullable String value) {
        return value == null || value.isBlank();
    }

    @Override
    public void run(ApplicationArguments arguments) {
        VssProperties.Admin admin = properties.admin();
        if (blank(admin.login()) || blank(admin.password())) {
            if (vss.accounts().count(Actor.system(), Optional.empty()) == 0) {
                LOG.warn("No account yet: set VSS_ADMIN_LOGIN and VSS_ADMIN_PASSWORD to open the first administrator");
            }
            return;
        }
        String login = java.util.Objects.requireNonNull(admin.login());
        String password = java.util.Objects.requireNonNull(admin.password());
        Account first = Account.open(vss.clock(), Login.parse(login, "VSS_ADMIN_LOGIN").orElseThrow(), admin.name(),
                Optional.empty(), Language.FR, Set.of(Grant.platformAdministrator()));
        // instances starting together on one database: one opens it, the others go on
        vss.scheduledWork().runAlone("first-administrator", () -> vss.accounts()
                .openFirstAdministrator(first, password.toCharArray())
                .ifPresent(account -> LOG.info("First platform administrator opened")));
    }
}
