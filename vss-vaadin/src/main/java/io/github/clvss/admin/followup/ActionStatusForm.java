package io.github.clvss.admin.followup;

import io.github.clvss.core.followup.ActionStatus;

/** What the status form holds while the person types: where the action stands, and why it was given up. */
final class ActionStatusForm {

    private ActionStatus status = ActionStatus.PLANNED;
    private String reason = "";

    public ActionStatus getStatus() {
        return status;
    }

    public void setStatus(ActionStatus status) {
        this.status = status;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
