package io.github.clvss.core.spring;

import io.github.clvss.core.account.SignInLimits;
import io.github.clvss.core.csv.CsvImport;
import java.time.Duration;
import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The settings of the {@code Vss} that {@link VssAutoConfiguration} makes, under {@code vss.}.
 *
 * @param secrets the installation's secrets key
 * @param csv the limits of CSV imports
 * @param signIn when sign-ins slow down and lock after refused attempts
 * @param paths how long closed victims' paths are kept
 * @param obligations when a recurring obligation is due soon
 */
@ConfigurationProperties("vss")
public record VssSettings(
        @DefaultValue Secrets secrets,
        @DefaultValue Csv csv,
        @DefaultValue SignIn signIn,
        @DefaultValue Paths paths,
        @DefaultValue Obligations obligations) {

    /**
     * @param key the secrets key, Base64 of 32 bytes; empty for none (then a {@code SecretsKey} bean, if any)
     */
    public record Secrets(@DefaultValue("") String key) {
    }

    /**
     * @param maxSize the largest CSV file an import accepts
     * @param maxLines the most lines (header not counted) a CSV import accepts
     */
    public record Csv(@DefaultValue("2MB") DataSize maxSize, @DefaultValue("10000") int maxLines) {

        /** These settings as vss-core's limits. */
        public CsvImport.Limits limits() {
            return new CsvImport.Limits(maxSize.toBytes(), maxLines);
        }
    }

    /**
     * When sign-ins slow down and lock ({@link SignInLimits}): per login typed and per source
     * address, a growing wait past {@code *DelayAfter} refusals and a lockout at {@code *LockAfter}.
     *
     * @param loginDelayAfter refusals of one login before each attempt must wait
     * @param loginLockAfter refusals of one login that lock it
     * @param addressDelayAfter refusals from one address before each attempt must wait
     * @param addressLockAfter refusals from one address that lock it
     * @param firstDelay the first wait, doubled after each further refusal
     * @param maxDelay the longest wait
     * @param lockout how long a lockout lasts
     * @param forgetAfter how long refusals are remembered without a new one
     */
    public record SignIn(
            @DefaultValue("5") int loginDelayAfter,
            @DefaultValue("10") int loginLockAfter,
            @DefaultValue("20") int addressDelayAfter,
            @DefaultValue("50") int addressLockAfter,
            @DefaultValue("2s") Duration firstDelay,
            @DefaultValue("1m") Duration maxDelay,
            @DefaultValue("15m") Duration lockout,
            @DefaultValue("1h") Duration forgetAfter) {

        /** These settings as vss-core's limits. */
        public SignInLimits limits() {
            return new SignInLimits(new SignInLimits.Budget(loginDelayAfter, loginLockAfter),
                    new SignInLimits.Budget(addressDelayAfter, addressLockAfter),
                    firstDelay, maxDelay, lockout, forgetAfter);
        }
    }

    /**
     * @param retention how long after its closure a victim's path is purged
     */
    public record Paths(@DefaultValue("P12M") Period retention) {
    }

    /**
     * @param dueSoon how long before its due date a recurring obligation is due soon
     */
    public record Obligations(@DefaultValue("P30D") Period dueSoon) {
    }
}
