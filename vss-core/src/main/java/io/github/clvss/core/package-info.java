/**
 * The entry point of vss-core: {@link io.github.clvss.core.Vss}, the catalogue of services and its builder, and the
 * assembly that wires them. Start with {@code Vss.builder()}.
 */
@NullMarked
package io.github.clvss.core;

import org.jspecify.annotations.NullMarked;
