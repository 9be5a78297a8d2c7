package io.github.clvss.admin.security;

import io.github.clvss.core.account.AccountAdministration;
import io.github.clvss.core.account.Account;
import io.github.clvss.core.account.SignInAnswer;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Optional;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AbstractAuthenticationProcessingFilter;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.authentication.session.ChangeSessionIdAuthenticationStrategy;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * The second step of a sign-in: the code page posts the six-digit code (or a recovery code) to
 * {@code /login/code}; vss-core checks it against the sign-in waiting in the session and counts
 * a wrong one like a wrong password. Accepted: the session gets a new id and the person is
 * signed in. A wrong code: back to the code page. Too many attempts, or too late: back to the
 * sign-in page.
 */
final class SecondFactorStep extends AbstractAuthenticationProcessingFilter {

    private final AccountAdministration accounts;

    SecondFactorStep(AccountAdministration accounts) {
        super(PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/login/code"));
        this.accounts = accounts;
        setSecurityContextRepository(new HttpSessionSecurityContextRepository());
        setSessionAuthenticationStrategy(new ChangeSessionIdAuthenticationStrategy());
        setAuthenticationSuccessHandler(new SavedRequestAwareAuthenticationSuccessHandler());
        setAuthenticationFailureHandler(this::failed);
        setAuthenticationManager(authentication -> {
            throw new IllegalStateException("the second step signs in through vss-core");
        });
    }

    @Override
    public Authentication attemptAuthentication(HttpServletRequest request, HttpServletResponse response) {
        HttpSession session = request.getSession(false);
        Object pending = session == null ? null : session.getAttribute(SignInFailures.PENDING);
        if (!(pending instanceof SignInAnswer.SecondFactorNeeded first)) {
            throw new Expired();
        }
        String code = Optional.ofNullable(request.getParameter("code")).orElse("");
        SignInAnswer answer = accounts.confirmSignIn(first, code.length() > 40 ? "" : code,
                Optional.ofNullable(request.getRemoteAddr()));
        return switch (answer) {
            case SignInAnswer.Accepted(Account account) -> {
                session.removeAttribute(SignInFailures.PENDING);
                UsernamePasswordAuthenticationToken signedIn = UsernamePasswordAuthenticationToken.authenticated(
                        SignedInUser.of(account), null, VssAuthenticationProvider.authorities(account));
                // signed in through the identity provider first: its session is ended at sign-out too
                if (session.getAttribute(SignInFailures.PENDING_PROVIDER) instanceof ProviderSession provider) {
                    signedIn.setDetails(provider);
                }
                session.removeAttribute(SignInFailures.PENDING_PROVIDER);
                yield signedIn;
            }
            case SignInAnswer.Refused(SignInAnswer.Reason reason) when reason == SignInAnswer.Reason.WRONG_CODE ->
                    throw new BadCredentialsException("wrong code");
            case SignInAnswer.Refused(SignInAnswer.Reason reason) when reason == SignInAnswer.Reason.TOO_MANY_ATTEMPTS -> {
                session.removeAttribute(SignInFailures.PENDING);
                throw new TooManyAttempts();
            }
            default -> {
                session.removeAttribute(SignInFailures.PENDING);
                throw new Expired();
            }
        };
    }

    private void failed(HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
            throws IOException, ServletException {
        if (exception instanceof BadCredentialsException) {
            response.sendRedirect(request.getContextPath() + "/login/code?error");
        } else {
            new SimpleUrlAuthenticationFailureHandler("/login?error").onAuthenticationFailure(request, response, exception);
        }
    }

    /** The code came with no sign-in waiting for it, or too late: sign in again. */
    static final class Expired extends AuthenticationException {

        Expired() {
            super("no sign-in awaits a code");
        }
    }
}
