/** Who may do what: actors, grants, and the access policy every service applies. */
@NullMarked
package io.github.clvss.core.access;

import org.jspecify.annotations.NullMarked;
