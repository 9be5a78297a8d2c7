package io.github.clvss.admin.security;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.security.test.context.support.WithSecurityContext;

/** Runs a test as if a demo account had signed in (its real grants, read from vss-core). */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
@WithSecurityContext(factory = SignedInAsFactory.class)
public @interface SignedInAs {

    /** The account's login. */
    String value();
}
