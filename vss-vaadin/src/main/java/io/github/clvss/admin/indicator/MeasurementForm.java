package io.github.clvss.admin.indicator;

import io.github.clvss.core.indicator.IndicatorBoard;
import io.github.clvss.admin.base.ProblemList;
import io.github.clvss.admin.base.Refusals;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import io.github.clvss.core.access.Actor;
import io.github.clvss.core.indicator.Indicator;
import io.github.clvss.core.indicator.Measurement;
import io.github.clvss.core.indicator.Period;
import io.github.clvss.core.shared.Parsed;
import io.github.clvss.core.shared.Problem;
import io.github.clvss.core.shared.Provenance;
import io.github.clvss.core.shared.VssException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Records an indicator's value for a period — a year, a quarter or a month (the coordinator). */
final class MeasurementForm extends Dialog {

    MeasurementForm(IndicatorBoard indicators, Actor actor, Indicator indicator, Runnable saved) {
        setHeaderTitle(getTranslation("indicators.record", indicator.name()));
        TextField period = new TextField(getTranslation("indicators.period"));
        period.setHelperText(getTranslation("indicators.period.help"));
        TextField value = new TextField(getTranslation("indicators.measured"));
        value.setHelperText(indicator.unit());
        ProblemList problems = new ProblemList();
        add(problems, new FormLayout(period, value));
        Button ok = new Button(getTranslation("referents.save"), click -> {
            List<Problem> found = new ArrayList<>();
            Parsed<Period> when = Period.parse(period.getValue(), "period");
            found.addAll(when.problems());
            Optional<BigDecimal> number = Optional.empty();
            try {
                number = Optional.of(new BigDecimal(value.getValue().strip().replace(',', '.').replace(" ", "")
                        .replace("\u202f", "").replace("\u00a0", "")));
                value.setInvalid(false);
            } catch (NumberFormatException e) {
                value.setErrorMessage(getTranslation("indicators.value.invalid"));
                value.setInvalid(true);
            }
            if (!found.isEmpty() || number.isEmpty()) {
                problems.show(getTranslation("form.problems"), found);
                return;
            }
            try {
                indicators.record(actor, new Measurement(indicator.id(), when.orElseThrow(), number.orElseThrow(),
                        Provenance.ENTERED));
                Refusals.done(getTranslation("indicators.recorded", indicator.name()));
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
