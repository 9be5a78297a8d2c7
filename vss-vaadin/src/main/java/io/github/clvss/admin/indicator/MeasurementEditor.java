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
import io.github.clvss.core.indicator.Measurement;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.List;
import java.util.Optional;

/**
 * Records an indicator's value for a period — a year, a quarter or a month (the coordinator).
 * A period or a number that is not one is refused on its field before anything is sent; the
 * period's reason is also listed above the form. Once a period is typed, the value it already
 * has is shown under the value field, and recording replaces that value only: when someone
 * recorded another one for that period meanwhile, nothing is replaced and the form says so.
 */
final class MeasurementEditor extends FormDialog<MeasurementForm> {

    private final transient IndicatorBoard indicators;
    private final transient Actor actor;
    private final Indicator indicator;
    private final ProblemList summary = new ProblemList();
    private transient List<Problem> periodProblems = List.of();
    /** The value shown for the period typed, the one a save may replace; empty: none. */
    private transient Optional<BigDecimal> seen = Optional.empty();

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
        period.addValueChangeListener(typed -> {
            seen = MeasurementMapping.MAP.period(typed.getValue()).asOptional()
                    .flatMap(p -> indicators.measurement(actor, indicator.id(), p)).map(Measurement::value);
            value.setHelperText(seen.map(v -> getTranslation("indicators.measured.current", number(v)))
                    .orElse(indicator.unit()));
        });
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

    private String number(BigDecimal value) {
        NumberFormat format = NumberFormat.getNumberInstance(getLocale());
        format.setMaximumFractionDigits(Indicator.DECIMALS_MAX);
        return format.format(value) + " " + indicator.unit();
    }

    @Override
    protected String save(MeasurementForm form) {
        summary.clear();
        indicators.record(actor, MeasurementMapping.MAP.toMeasurement(form, indicator.id()), seen);
        return getTranslation("indicators.recorded", indicator.name());
    }
}
