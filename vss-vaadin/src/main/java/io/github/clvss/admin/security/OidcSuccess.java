package io.github.clvss.admin.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/**
 * Once the provider's person is signed in as a vss account, the session holds that account
 * ({@link SignedInUser}, like a password sign-in), with only the provider's ID token kept beside
 * it ({@link ProviderSession}) to end the provider's session at sign-out.
 */
final class OidcSuccess extends SavedRequestAwareAuthenticationSuccessHandler {

    private final HttpSessionSecurityContextRepository repository = new HttpSessionSecurityContextRepository();

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
            Authentication authentication) throws ServletException, IOException {
        if (authentication.getPrincipal() instanceof OidcSignIn.SignedInPerson person) {
            SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();
            SecurityContext context = holder.createEmptyContext();
            UsernamePasswordAuthenticationToken signedIn = UsernamePasswordAuthenticationToken.authenticated(person.user(), null, person.roles());
            signedIn.setDetails(new ProviderSession(person.getIdToken()));
            context.setAuthentication(signedIn);
            holder.setContext(context);
            repository.saveContext(context, request, response);
        }
        super.onAuthenticationSuccess(request, response, authentication);
    }
}
