/** Values and mechanisms every feature shares: problems as codes, parsing, messages, paging, transactions. */
@NullMarked
package io.github.clvss.core.shared;

import org.jspecify.annotations.NullMarked;
