/** Adapter: the printed documents (Mustache templates to accessible HTML, then tagged PDF), one class per document. */
@NullMarked
package io.github.clvss.core.document;

import org.jspecify.annotations.NullMarked;
