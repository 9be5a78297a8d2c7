/** JMH benchmark of the referral engine against hand-written code, Easy Rules and Drools (profile {@code referral-bench}). */
package io.github.clvss.examples.bench.referral;
