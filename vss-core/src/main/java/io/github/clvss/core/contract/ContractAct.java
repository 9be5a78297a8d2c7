package io.github.clvss.core.contract;

import io.github.clvss.core.access.PartnerId;
import io.github.clvss.core.deliberation.DeliberationId;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A human act in a contract's life, as recorded: acts are only ever added, and the contract's
 * {@link ContractStatus} is derived from them. Each act has the date it bears (which is not
 * when it was entered in vss: the journal keeps that).
 */
public sealed interface ContractAct {

    /** The date the act bears. */
    LocalDate on();

    /**
     * The council approved the contract (its text version 1).
     *
     * @param deliberation the approving deliberation
     * @param on the deliberation's date
     */
    record Approved(DeliberationId deliberation, LocalDate on) implements ContractAct {
        public Approved {
            Objects.requireNonNull(deliberation, "deliberation");
            Objects.requireNonNull(on, "on");
        }
    }

    /**
     * A signatory partner signed a version of the text.
     *
     * @param partner who signed
     * @param on the date of the signature
     * @param textVersion the text version signed: 1 for the contract, 2 and on for its amendments
     */
    record Signed(PartnerId partner, LocalDate on, int textVersion) implements ContractAct {
        public Signed {
            Objects.requireNonNull(partner, "partner");
            Objects.requireNonNull(on, "on");
            if (textVersion < 1) {
                throw new IllegalArgumentException("text versions start at 1");
            }
        }
    }

    /**
     * The contract was terminated (résilié) before its end.
     *
     * @param on the date it ends
     * @param reason why, in plain words
     */
    record Terminated(LocalDate on, String reason) implements ContractAct {
        public Terminated {
            Objects.requireNonNull(on, "on");
            Objects.requireNonNull(reason, "reason");
        }
    }

    /**
     * An amendment (avenant), approved by its own deliberation, gave the contract a new text.
     *
     * @param deliberation the deliberation approving the amendment
     * @param on the deliberation's date
     * @param textVersion the text version it made: 2 for the first amendment, and so on
     */
    record Amended(DeliberationId deliberation, LocalDate on, int textVersion) implements ContractAct {
        public Amended {
            Objects.requireNonNull(deliberation, "deliberation");
            Objects.requireNonNull(on, "on");
            if (textVersion < 2) {
                throw new IllegalArgumentException("an amendment makes text version 2 or later");
            }
        }
    }

    /**
     * The contract was renewed: a new contract, drafted that day, follows it.
     *
     * @param successor the new contract
     * @param on the day the renewal was drafted
     */
    record Renewed(ContractId successor, LocalDate on) implements ContractAct {
        public Renewed {
            Objects.requireNonNull(successor, "successor");
            Objects.requireNonNull(on, "on");
        }
    }
}
