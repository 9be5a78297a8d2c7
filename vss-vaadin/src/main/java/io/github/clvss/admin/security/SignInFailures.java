package io.github.clvss.admin.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;

/**
 * Where a sign-in goes when its first step did not sign the person in: to the code page when a
 * second factor is awaited (the pending sign-in kept in the session), else back to the sign-in
 * page with the reason kept in the session ({@link LoginView} reads it).
 */
final class SignInFailures implements AuthenticationFailureHandler {

    /** The session attribute holding a sign-in waiting for its second factor. */
    static final String PENDING = SignInFailures.class.getName() + ".pending";

    /** The session attribute holding, beside a pending sign-in, the identity provider's session it came through. */
    static final String PENDING_PROVIDER = SignInFailures.class.getName() + ".provider";

    private final SimpleUrlAuthenticationFailureHandler refused = new SimpleUrlAuthenticationFailureHandler("/login?error");

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException exception) throws IOException, jakarta.servlet.ServletException {
        Optional<SecondFactorRequired> second = cause(exception, SecondFactorRequired.class);
        if (second.isPresent()) {
            request.getSession().setAttribute(PENDING, second.get().pending());
            request.getSession().setAttribute(PENDING_PROVIDER, second.get().provider().orElse(null));
            response.sendRedirect(request.getContextPath() + "/login/code");
            return;
        }
        Optional<AuthenticationException> reason = cause(exception, UnknownIdentity.class).map(AuthenticationException.class::cast)
                .or(() -> cause(exception, TooManyAttempts.class))
                .or(() -> cause(exception, UntrustedIdentity.class));
        refused.onAuthenticationFailure(request, response, reason.orElse(exception));
    }

    /** The exception or one of its causes of type {@code type}. */
    static <T extends Throwable> Optional<T> cause(Throwable thrown, Class<T> type) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return Optional.of(type.cast(t));
            }
        }
        return Optional.empty();
    }
}
