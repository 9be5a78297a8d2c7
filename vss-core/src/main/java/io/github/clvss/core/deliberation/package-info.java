/**
 * Council deliberations (délibérations du conseil municipal): the act that approves a
 * contract or its amendment, every fact its register extract records, and the checks the
 * law sets on them (quorum, proxies, majority, convocation, ACTES identifier).
 */
@NullMarked
package io.github.clvss.core.deliberation;

import org.jspecify.annotations.NullMarked;
