package io.github.clvss.admin.indicator;

import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import io.github.clvss.admin.base.FollowUpContract;
import io.github.clvss.admin.base.FormDialog;
import io.github.clvss.core.access.Actor;
import io.github.clvss.core.indicator.Direction;
import io.github.clvss.core.indicator.Indicator;
import io.github.clvss.core.indicator.IndicatorBoard;
import io.github.clvss.core.indicator.IndicatorId;
import io.github.clvss.core.indicator.ValueKind;
import java.time.Clock;

/**
 * Defines an indicator under one of the contract's commitments (the coordinator). The input
 * stays when vss refuses it, with the reasons on the fields.
 */
final class IndicatorEditor extends FormDialog<IndicatorForm> {

    private final transient IndicatorBoard indicators;
    private final transient Actor actor;
    private final IndicatorMapping.Kept kept;

    IndicatorEditor(IndicatorBoard indicators, Clock clock, Actor actor, FollowUpContract known, Runnable saved) {
        super("indicators.define", IndicatorForm.class, fresh(known), saved);
        this.indicators = indicators;
        this.actor = actor;
        this.kept = IndicatorMapping.Kept.defined(IndicatorId.next(clock), known.contract().territory(),
                known.contract().id());
        Select<String> commitment = new Select<>();
        commitment.setLabel(getTranslation("actions.column.commitment"));
        commitment.setItems(known.commitmentIds());
        commitment.setItemLabelGenerator(id -> id == null ? "" : known.commitment(id));
        TextField name = new TextField(getTranslation("indicators.column.name"));
        name.setMaxLength(Indicator.NAME_MAX);
        TextField unit = new TextField(getTranslation("indicators.column.unit"));
        unit.setMaxLength(Indicator.UNIT_MAX);
        Select<ValueKind> kind = new Select<>();
        kind.setLabel(getTranslation("indicators.kind"));
        kind.setItems(ValueKind.values());
        kind.setItemLabelGenerator(k -> k == null ? "" : getTranslation("indicators.kind." + k.name()));
        Select<Direction> direction = new Select<>();
        direction.setLabel(getTranslation("indicators.direction"));
        direction.setItems(Direction.values());
        direction.setItemLabelGenerator(d -> d == null ? "" : getTranslation("indicators.direction." + d.name()));
        BigDecimalField target = new BigDecimalField(getTranslation("indicators.target"));
        TextField source = new TextField(getTranslation("indicators.source"));
        source.setMaxLength(Indicator.SOURCE_MAX);

        String required = getTranslation("followup.required");
        binder().forField(place("$.commitment", commitment, 2)).asRequired(required)
                .bind(IndicatorForm::getCommitment, IndicatorForm::setCommitment);
        binder().forField(place("$.name", name, 2)).bind(IndicatorForm::getName, IndicatorForm::setName);
        binder().forField(place("$.unit", unit, 1)).bind(IndicatorForm::getUnit, IndicatorForm::setUnit);
        binder().forField(place("$.kind", kind, 1)).asRequired(required).bind(IndicatorForm::getKind, IndicatorForm::setKind);
        binder().forField(place("$.direction", direction, 1)).asRequired(required)
                .bind(IndicatorForm::getDirection, IndicatorForm::setDirection);
        binder().forField(place("$.target", target, 1)).bind(IndicatorForm::getTarget, IndicatorForm::setTarget);
        binder().forField(place("$.source", source, 1)).bind(IndicatorForm::getSource, IndicatorForm::setSource);
        binder().readBean(model());
    }

    /** A new indicator: a count under the contract's first commitment. */
    private static IndicatorForm fresh(FollowUpContract known) {
        IndicatorForm form = new IndicatorForm();
        if (!known.commitmentIds().isEmpty()) {
            form.setCommitment(known.commitmentIds().getFirst());
        }
        return form;
    }

    @Override
    protected String save(IndicatorForm form) {
        Indicator indicator = indicators.define(actor, IndicatorMapping.MAP.toIndicator(form, kept));
        return getTranslation("indicators.defined", indicator.name());
    }
}
