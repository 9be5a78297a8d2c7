/** The contrat local sur les violences sexistes et sexuelles of a territory. */
@NullMarked
package io.github.clvss.core.contract;

import org.jspecify.annotations.NullMarked;
