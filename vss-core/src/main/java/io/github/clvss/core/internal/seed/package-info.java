/** Adapter, internal: the national resources shipped with vss and loaded at start-up. Not an API. */
@NullMarked
package io.github.clvss.core.internal.seed;

import org.jspecify.annotations.NullMarked;
