package io.github.clvss.admin.security;

import io.github.clvss.core.Vss;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.test.context.TestSecurityContextHolder;

/** Signs another demo account in, in the middle of a test (as {@link SignedInAs} does before it). */
public final class SignIn {

    private SignIn() {
    }

    /**
     * From now on, the test acts as this account.
     *
     * @param strategy the application's holder of the security context, which the app reads
     */
    public static void as(Vss vss, SecurityContextHolderStrategy strategy, String login) {
        SecurityContext context = SignedInAsFactory.contextOf(vss, login);
        TestSecurityContextHolder.setContext(context);
        strategy.setContext(context);
    }
}
