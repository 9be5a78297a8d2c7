package io.github.clvss.admin.contract;

import io.github.clvss.core.deliberation.Deliberation;
import java.util.ArrayList;
import java.util.List;

/** What the contract text editor holds while the coordinator writes: the text's parts, any value, valid or not yet; for an amendment, the deliberation that approves it. */
final class ContractTextForm {

    private String preamble = "";
    private List<ReferenceForm> references = new ArrayList<>();
    private List<AxisForm> axes = new ArrayList<>();
    private List<AnnexForm> annexes = new ArrayList<>();
    private Deliberation deliberation;

    public String getPreamble() {
        return preamble;
    }

    public void setPreamble(String preamble) {
        this.preamble = preamble;
    }

    public List<ReferenceForm> getReferences() {
        return references;
    }

    public void setReferences(List<ReferenceForm> references) {
        this.references = references;
    }

    public List<AxisForm> getAxes() {
        return axes;
    }

    public void setAxes(List<AxisForm> axes) {
        this.axes = axes;
    }

    public List<AnnexForm> getAnnexes() {
        return annexes;
    }

    public void setAnnexes(List<AnnexForm> annexes) {
        this.annexes = annexes;
    }

    public Deliberation getDeliberation() {
        return deliberation;
    }

    public void setDeliberation(Deliberation deliberation) {
        this.deliberation = deliberation;
    }
}
