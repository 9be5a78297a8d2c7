package io.github.clvss.admin.contract;

import io.github.clvss.core.deliberation.Deliberation;

/** What the approval form holds: the council's deliberation that approves the contract, once chosen. */
final class ApprovalForm {

    private Deliberation deliberation;

    public Deliberation getDeliberation() {
        return deliberation;
    }

    public void setDeliberation(Deliberation deliberation) {
        this.deliberation = deliberation;
    }
}
