/** Territories (commune, EPCI, département) and their identifiers: INSEE code, SIREN, SIRET. */
@NullMarked
package io.github.clvss.core.territory;

import org.jspecify.annotations.NullMarked;
