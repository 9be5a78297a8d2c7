/** Adapter, internal: the jOOQ implementations of the ports and the Flyway migrations. Not an API. */
@NullMarked
package io.github.clvss.core.internal.persistence;

import org.jspecify.annotations.NullMarked;
