package io.github.clvss.admin.indicator;

import io.github.clvss.core.indicator.IndicatorBoard;
import java.time.Clock;
import io.github.clvss.admin.base.FollowUpContract;
import io.github.clvss.admin.base.ProblemList;
import io.github.clvss.admin.base.Refusals;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import io.github.clvss.core.access.Actor;
import io.github.clvss.core.indicator.Direction;
import io.github.clvss.core.indicator.Indicator;
import io.github.clvss.core.indicator.ValueKind;
import io.github.clvss.core.shared.Provenance;
import io.github.clvss.core.shared.VssException;
import java.util.Optional;

/** Defines an indicator under one of the contract's commitments (the coordinator). */
final class IndicatorForm extends Dialog {

    IndicatorForm(IndicatorBoard indicators, Clock clock, Actor actor, FollowUpContract known, Runnable saved) {
        setHeaderTitle(getTranslation("indicators.define"));
        Select<String> commitment = new Select<>();
        commitment.setLabel(getTranslation("actions.column.commitment"));
        commitment.setItems(known.commitmentIds());
        commitment.setItemLabelGenerator(id -> id == null ? "" : known.commitment(id));
        if (!known.commitmentIds().isEmpty()) {
            commitment.setValue(known.commitmentIds().getFirst());
        }
        TextField name = new TextField(getTranslation("indicators.column.name"));
        name.setMaxLength(Indicator.NAME_MAX);
        TextField unit = new TextField(getTranslation("indicators.column.unit"));
        unit.setMaxLength(Indicator.UNIT_MAX);
        Select<ValueKind> kind = new Select<>();
        kind.setLabel(getTranslation("indicators.kind"));
        kind.setItems(ValueKind.values());
        kind.setItemLabelGenerator(k -> k == null ? "" : getTranslation("indicators.kind." + k.name()));
        kind.setValue(ValueKind.COUNT);
        Select<Direction> direction = new Select<>();
        direction.setLabel(getTranslation("indicators.direction"));
        direction.setItems(Direction.values());
        direction.setItemLabelGenerator(d -> d == null ? "" : getTranslation("indicators.direction." + d.name()));
        direction.setValue(Direction.NEUTRAL);
        BigDecimalField target = new BigDecimalField(getTranslation("indicators.target"));
        TextField source = new TextField(getTranslation("indicators.source"));
        source.setMaxLength(Indicator.SOURCE_MAX);
        ProblemList problems = new ProblemList();
        FormLayout form = new FormLayout(commitment, name, unit, kind, direction, target, source);
        form.setColspan(commitment, 2);
        form.setColspan(name, 2);
        add(problems, form);
        Button ok = new Button(getTranslation("referents.save"), click -> {
            if (commitment.isEmpty()) {
                commitment.setInvalid(true);
                commitment.setErrorMessage(getTranslation("followup.required"));
                return;
            }
            try {
                Indicator indicator = Indicator.define(clock, known.contract().territory(), known.contract().id(),
                        commitment.getValue(), name.getValue(), unit.getValue(), kind.getValue(), direction.getValue(),
                        Optional.ofNullable(target.getValue()), source.getValue(), Optional.empty(), Provenance.ENTERED);
                indicators.define(actor, indicator);
                Refusals.done(getTranslation("indicators.defined", indicator.name()));
                saved.run();
                close();
            } catch (VssException refused) {
                problems.show(getTranslation("form.problems"), refused.problems());
                Refusals.show(refused);
            }
        });
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), ok);
    }
}
