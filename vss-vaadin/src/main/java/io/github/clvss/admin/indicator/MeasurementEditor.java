package io.github.clvss.admin.indicator;

import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.ValidationResult;
import io.github.clvss.admin.base.FormDialog;
import io.github.clvss.admin.base.ProblemList;
import io.github.clvss.core.access.Actor;
import io.github.clvss.core.indicator.Indicator;
import io.github.clvss.core.indicator.IndicatorBoard;
import io.github.clvss.core.shared.Messages;
import io.github.clvss.core.shared.Problem;
import java.util.List;

/**
 * Records an indicator's value for a period — a year, a quarter or a month (the coordinator).
 * A period or a number that is not one is refused on its field before anything is sent; the
 * period's reason is also listed above the form. A value recorded for the same period is
 * replaced (measurements carry no version).
 */
final class MeasurementEditor extends FormDialog<MeasurementForm> {

    private final transient IndicatorBoard indicators;
    private final transient Actor actor;
    private final Indicator indicator;
    private final ProblemList summary = new ProblemList();
    private transient List<Problem> periodProblems = List.of();

    MeasurementEditor(IndicatorBoard indicators, Actor actor, Indicator indicator, Runnable saved) {
        super("indicators.record", MeasurementForm.class, new MeasurementForm(), saved);
        setHeaderTitle(getTranslation("indicators.record", indicator.name()));
        this.indicators = indicators;
        this.actor = actor;
        this.indicator = indicator;
        TextField period = new TextField(getTranslation("indicators.period"));
        period.setHelperText(getTranslation("indicators.period.help"));
        TextField value = new TextField(getTranslation("indicators.measured"));
        value.setHelperText(indicator.unit());
        placeOther(summary, 2);
        binder().forField(place(MeasurementMapping.PERIOD, period, 1)).withValidator((typed, context) -> {
            periodProblems = MeasurementMapping.MAP.period(typed).problems();
            return periodProblems.isEmpty() ? ValidationResult.ok()
                    : ValidationResult.error(Messages.of(getLocale()).text(periodProblems.getFirst()));
        }).bind(MeasurementForm::getPeriod, MeasurementForm::setPeriod);
        binder().forField(place(MeasurementMapping.VALUE, value, 1))
                .withValidator(typed -> MeasurementMapping.MAP.number(typed).isPresent(),
                        getTranslation("indicators.value.invalid"))
                .bind(MeasurementForm::getValue, MeasurementForm::setValue);
        binder().setValidationStatusHandler(status -> {
            status.notifyBindingValidationStatusHandlers();
            // listed without their path: the field they belong to is named by its label
            summary.show(getTranslation("form.problems"), status.hasErrors() ? periodProblems.stream()
                    .map(p -> Problem.general(p.code(), p.arguments().toArray())).toList() : List.of());
        });
        binder().readBean(model());
    }

    @Override
    protected String save(MeasurementForm form) {
        summary.clear();
        indicators.record(actor, MeasurementMapping.MAP.toMeasurement(form, indicator.id()));
        return getTranslation("indicators.recorded", indicator.name());
    }
}
