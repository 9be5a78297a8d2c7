/** Accounts of the people who use vss, their grants, passwords and sign-in limits. */
@NullMarked
package io.github.clvss.core.account;

import org.jspecify.annotations.NullMarked;
