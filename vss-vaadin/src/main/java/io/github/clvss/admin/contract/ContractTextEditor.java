package io.github.clvss.admin.contract;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import io.github.clvss.admin.base.ProblemList;
import io.github.clvss.admin.base.ProblemPlaces;
import io.github.clvss.core.contract.Commitment;
import io.github.clvss.core.contract.ContractText;
import io.github.clvss.core.contract.LegalReference;
import io.github.clvss.core.shared.ConflictException;
import io.github.clvss.core.shared.Messages;
import io.github.clvss.core.shared.VssException;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * The contract's text as structured parts the coordinator writes: the preamble, the legal
 * references, the axes with their commitments, the annexes — each added, moved up or down,
 * reworded or removed. A commitment keeps its id wherever it moves and however it is reworded, so
 * the follow-up written against it stays attached; a new one gets the next free id of its axis.
 * Every field writes into the form model ({@link ContractTextForm}) as it is typed; the host saves
 * {@link #text()} through vss-core and hands a refusal to {@link #refused}, which puts each
 * problem on the field its path names ({@code $.axes[1].commitments[0].text}).
 */
final class ContractTextEditor extends Div {

    private final ContractTextForm model;
    private final ProblemList problems = new ProblemList();
    private ProblemPlaces places = new ProblemPlaces();
    private final Div body = new Div();
    private final Set<String> ids = new HashSet<>();

    ContractTextEditor(ContractText text) {
        this.model = ContractTextMapping.MAP.toForm(text);
        text.commitments().forEach(c -> ids.add(c.id()));
        addClassName("vss-text-editor");
        add(problems, body);
        render();
    }

    /** The form model, for a host that binds more fields to it (an amendment's deliberation). */
    ContractTextForm model() {
        return model;
    }

    /** The text as written now. */
    ContractText text() {
        return ContractTextMapping.MAP.toText(model);
    }

    /** Clears the problems shown, before an attempt to save. */
    void clearProblems() {
        problems.clear();
        places.clear();
    }

    /** Shows vss-core's refusal: each problem on its field, all of them listed above. */
    void refused(VssException refusal) {
        places.place(refusal.problems(), Messages.of(getLocale()));
        problems.show(getTranslation(refusal instanceof ConflictException ? "form.conflict" : "form.problems"),
                refusal.problems());
    }

    private void render() {
        body.removeAll();
        // the fields are made anew: so are the places of the problems and the preamble's binding
        places = new ProblemPlaces();
        Binder<ContractTextForm> binder = new Binder<>(ContractTextForm.class);
        TextArea preamble = new TextArea(getTranslation("text.preamble"));
        preamble.setId("text-preamble");
        preamble.setWidthFull();
        preamble.setMaxLength(ContractText.LONG_TEXT_MAX);
        binder.forField(places.at("$.preamble", preamble)).bind(ContractTextForm::getPreamble, ContractTextForm::setPreamble);
        binder.setBean(model);
        body.add(new H2(getTranslation("contract.preamble")), preamble);

        body.add(new H2(getTranslation("contract.references")));
        for (int i = 0; i < model.getReferences().size(); i++) {
            body.add(reference(i));
        }
        body.add(adder("text.reference.add", "text-add-reference", () -> model.getReferences().add(new ReferenceForm())));

        body.add(new H2(getTranslation("contract.axes")));
        for (int i = 0; i < model.getAxes().size(); i++) {
            body.add(axis(i));
        }
        body.add(adder("text.axis.add", "text-add-axis", () -> {
            AxisForm axis = new AxisForm();
            axis.setNumber(nextAxisNumber());
            model.getAxes().add(axis);
        }));

        body.add(new H2(getTranslation("contract.annexes")));
        for (int i = 0; i < model.getAnnexes().size(); i++) {
            body.add(annex(i));
        }
        body.add(adder("text.annex.add", "text-add-annex", () -> model.getAnnexes().add(new AnnexForm())));
    }

    private Component reference(int index) {
        ReferenceForm form = model.getReferences().get(index);
        String at = "$.references[" + index + "]";
        Binder<ReferenceForm> item = new Binder<>(ReferenceForm.class);
        Select<LegalReference.Kind> kind = new Select<>();
        kind.setLabel(getTranslation("text.reference.kind"));
        kind.setItems(LegalReference.Kind.values());
        kind.setItemLabelGenerator(k -> getTranslation("contract.reference.kind." + k.name()));
        TextField title = new TextField(getTranslation("text.reference.title"));
        title.setWidthFull();
        TextField number = new TextField(getTranslation("text.reference.number"));
        DatePicker date = new DatePicker(getTranslation("text.reference.date"));
        date.setLocale(getLocale());
        item.forField(kind).bind(ReferenceForm::getKind, ReferenceForm::setKind);
        item.forField(places.at(at + ".title", title)).bind(ReferenceForm::getTitle, ReferenceForm::setTitle);
        item.forField(places.at(at + ".number", number)).bind(ReferenceForm::getNumber, ReferenceForm::setNumber);
        item.forField(date).bind(ReferenceForm::getDate, ReferenceForm::setDate);
        item.setBean(form);
        String name = getTranslation("text.reference", index + 1);
        Div fields = new Div(kind, number, date);
        fields.addClassName("vss-text-row");
        return part(name, model.getReferences(), index, new Div(title, fields));
    }

    private Component axis(int index) {
        AxisForm form = model.getAxes().get(index);
        String at = "$.axes[" + index + "]";
        Binder<AxisForm> item = new Binder<>(AxisForm.class);
        IntegerField number = new IntegerField(getTranslation("text.axis.number"));
        number.setHelperText(getTranslation("text.axis.number.help"));
        TextArea title = new TextArea(getTranslation("text.axis.title"));
        title.setWidthFull();
        item.forField(places.at(at + ".number", number)).bind(AxisForm::getNumber, AxisForm::setNumber);
        item.forField(places.at(at + ".title", title)).bind(AxisForm::getTitle, AxisForm::setTitle);
        item.setBean(form);
        String name = form.getNumber() == null ? getTranslation("text.axis.unnumbered", index + 1)
                : getTranslation("contract.axis", form.getNumber());
        Div commitments = new Div();
        commitments.addClassName("vss-text-commitments");
        for (int j = 0; j < form.getCommitments().size(); j++) {
            commitments.add(commitment(form, index, j));
        }
        commitments.add(adder("text.commitment.add", "text-add-commitment-" + index, () -> {
            CommitmentForm commitment = new CommitmentForm();
            commitment.setId(nextCommitmentId(form));
            form.getCommitments().add(commitment);
        }));
        Component part = part(name, model.getAxes(), index, new Div(number, title, commitments));
        part.getElement().setAttribute("data-axis", String.valueOf(index));
        return part;
    }

    private Component commitment(AxisForm axis, int axisIndex, int index) {
        CommitmentForm form = axis.getCommitments().get(index);
        String at = "$.axes[" + axisIndex + "].commitments[" + index + "]";
        Binder<CommitmentForm> item = new Binder<>(CommitmentForm.class);
        TextArea text = new TextArea(getTranslation("text.commitment.text", form.getId()));
        text.setWidthFull();
        text.setMaxLength(Commitment.TEXT_MAX);
        text.setId("commitment-" + form.getId());
        item.forField(places.at(at + ".text", text)).bind(CommitmentForm::getText, CommitmentForm::setText);
        places.at(at + ".id", text);
        item.setBean(form);
        Component part = part(getTranslation("text.commitment", form.getId()), axis.getCommitments(), index, text);
        part.getElement().getClassList().add("vss-text-commitment");
        return part;
    }

    private Component annex(int index) {
        AnnexForm form = model.getAnnexes().get(index);
        String at = "$.annexes[" + index + "]";
        Binder<AnnexForm> item = new Binder<>(AnnexForm.class);
        TextField title = new TextField(getTranslation("text.annex.title"));
        title.setWidthFull();
        TextArea text = new TextArea(getTranslation("text.annex.text"));
        text.setWidthFull();
        item.forField(places.at(at + ".title", title)).bind(AnnexForm::getTitle, AnnexForm::setTitle);
        item.forField(places.at(at + ".text", text)).bind(AnnexForm::getText, AnnexForm::setText);
        item.setBean(form);
        return part(getTranslation("text.annex", index + 1), model.getAnnexes(), index, new Div(title, text));
    }

    /** One part of the text, with its name and the buttons that move it up, down, or remove it. */
    private <T> Component part(String name, List<T> list, int index, Component fields) {
        Div part = new Div();
        part.addClassName("vss-text-part");
        H3 heading = new H3(name);
        Button up = tool(VaadinIcon.ARROW_UP, "text.move-up", name, () -> Collections.swap(list, index, index - 1));
        up.setEnabled(index > 0);
        Button down = tool(VaadinIcon.ARROW_DOWN, "text.move-down", name, () -> Collections.swap(list, index, index + 1));
        down.setEnabled(index < list.size() - 1);
        Button remove = tool(VaadinIcon.TRASH, "text.remove", name, () -> list.remove(index));
        Div tools = new Div(up, down, remove);
        tools.addClassName("vss-text-tools");
        Div head = new Div(heading, tools);
        head.addClassName("vss-text-head");
        part.add(head, fields);
        return part;
    }

    private Button tool(VaadinIcon icon, String key, String name, Runnable change) {
        Button button = new Button(icon.create(), click -> {
            change.run();
            render();
        });
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON, ButtonVariant.LUMO_SMALL);
        button.setAriaLabel(getTranslation(key, name));
        button.setTooltipText(getTranslation(key, name));
        return button;
    }

    private Button adder(String key, String id, Runnable add) {
        Button button = new Button(getTranslation(key), VaadinIcon.PLUS.create(), click -> {
            add.run();
            render();
        });
        button.setId(id);
        return button;
    }

    private Integer nextAxisNumber() {
        return model.getAxes().stream().map(AxisForm::getNumber).filter(n -> n != null).max(Integer::compare)
                .orElse(0) + 1;
    }

    /**
     * The next id free in the whole text for a commitment of {@code axis}: {@code 2.3} under axis 2,
     * {@code obj-4} under the broader objectives. The id of a commitment removed while the text is
     * open is not given again, so no follow-up moves onto a new commitment.
     */
    private String nextCommitmentId(AxisForm axis) {
        Set<String> used = ids;
        Function<Integer, String> id = axis.getNumber() == null ? n -> "obj-" + n : n -> axis.getNumber() + "." + n;
        int n = axis.getCommitments().size() + 1;
        while (used.contains(id.apply(n)) || !Commitment.wellFormed(id.apply(n))) {
            n++;
        }
        used.add(id.apply(n));
        return id.apply(n);
    }

}
