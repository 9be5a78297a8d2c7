/**
 * Adapter: the scenario kit, situations and their expected decisions as JSON files that a town
 * writes and runs against its own {@link io.github.clvss.core.referral.RuleSet}. vss ships its own
 * scenarios for the French rules; {@link io.github.clvss.core.scenario.Scenarios} runs them
 * and returns a report (no test framework inside the library). The file format is described in
 * {@code docs/referral/README.md}.
 */
@NullMarked
package io.github.clvss.core.scenario;

import org.jspecify.annotations.NullMarked;
