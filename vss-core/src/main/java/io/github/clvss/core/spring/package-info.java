/**
 * Adapter: the Spring Boot auto-configuration that makes one {@code Vss} from the application's data source and clock, after its Flyway, in its transactions.
 * Spring is an optional dependency of vss-core: nothing outside this package uses it.
 */
@NullMarked
package io.github.clvss.core.spring;

import org.jspecify.annotations.NullMarked;
