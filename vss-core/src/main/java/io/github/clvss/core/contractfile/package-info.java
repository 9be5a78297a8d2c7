/**
 * Adapter: the contract file, a territory's data as versioned, canonical JSON (Jackson, JSON Schema), checked,
 * imported and exported.
 */
@NullMarked
package io.github.clvss.core.contractfile;

import org.jspecify.annotations.NullMarked;
