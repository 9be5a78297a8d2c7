package io.github.clvss.admin.account;

import io.github.clvss.admin.base.FormMapping;
import io.github.clvss.core.access.Grant;
import io.github.clvss.core.access.Role;
import io.github.clvss.core.account.Account;
import io.github.clvss.core.account.AccountId;
import io.github.clvss.core.account.Login;
import io.github.clvss.core.shared.EmailAddress;
import io.github.clvss.core.territory.Territory;
import java.util.Optional;
import java.util.Set;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.factory.Mappers;

/**
 * Makes an account, a grant and a password of what the account forms hold (MapStruct writes the
 * account's copying). Called once the fields accepted their values.
 */
@Mapper(config = FormMapping.class, imports = {Optional.class, Set.class})
interface AccountMapping {

    AccountMapping MAP = Mappers.getMapper(AccountMapping.class);

    /** A new, enabled account without a password (the password goes to vss-core apart, to be hashed). */
    @Mapping(target = "id", source = "id")
    @Mapping(target = "version", constant = "0L")
    @Mapping(target = "login", source = "form.login")
    @Mapping(target = "displayName", expression = "java(form.getName().strip())")
    @Mapping(target = "email", source = "form.email")
    @Mapping(target = "language", source = "form.language")
    @Mapping(target = "enabled", constant = "true")
    @Mapping(target = "grants", expression = "java(grant(form.getRole(), form.getTerritory()).map(Set::of).orElse(Set.of()))")
    @Mapping(target = "passwordHash", expression = "java(Optional.empty())")
    @Mapping(target = "grant", ignore = true)
    @Mapping(target = "revoke", ignore = true)
    @Mapping(target = "withPasswordHash", ignore = true)
    Account toAccount(AccountForm form, AccountId id);

    /** The first password typed, if any. */
    default Optional<char[]> password(String typed) {
        return typed == null || typed.isEmpty() ? Optional.empty() : Optional.of(typed.toCharArray());
    }

    /** The grant chosen, if complete: a role, and a territory for the roles that need one. */
    default Optional<Grant> grant(Role role, Territory territory) {
        if (role == null) {
            return Optional.empty();
        }
        if (role == Role.PLATFORM_ADMINISTRATOR) {
            return Optional.of(Grant.platformAdministrator());
        }
        return Optional.ofNullable(territory).map(t -> role == Role.COORDINATOR ? Grant.coordinator(t.id()) : Grant.observer(t.id()));
    }

    default Optional<Grant> grant(GrantForm form) {
        return grant(form.getRole(), form.getTerritory());
    }

    default Login login(String typed) {
        return Login.parse(typed, "[0].login").asOptional().orElseThrow();
    }

    default Optional<EmailAddress> email(String typed) {
        return typed == null || typed.isBlank() ? Optional.empty()
                : Optional.of(EmailAddress.parse(typed, "email").asOptional().orElseThrow());
    }
}
