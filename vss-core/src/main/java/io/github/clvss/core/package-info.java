/** vss-core: the embeddable library. Start with {@link io.github.clvss.core.Vss}. */
@NullMarked
package io.github.clvss.core;

import org.jspecify.annotations.NullMarked;
