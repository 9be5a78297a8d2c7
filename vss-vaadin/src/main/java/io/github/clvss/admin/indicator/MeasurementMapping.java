package io.github.clvss.admin.indicator;

import io.github.clvss.admin.base.FormMapping;
import io.github.clvss.core.indicator.IndicatorId;
import io.github.clvss.core.indicator.Measurement;
import io.github.clvss.core.indicator.Period;
import io.github.clvss.core.shared.Parsed;
import java.math.BigDecimal;
import java.util.Optional;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.factory.Mappers;

/** Reads the measurement form into a measurement (MapStruct writes the code), and parses what it holds. */
@Mapper(config = FormMapping.class)
interface MeasurementMapping {

    MeasurementMapping MAP = Mappers.getMapper(MeasurementMapping.class);

    /** Where the period's problems are reported: the form's own path (vss-core takes a period already parsed). */
    String PERIOD = "measurement.period";

    /** Where vss-core reports the value's problems when one measurement is recorded. */
    String VALUE = "measurements[0].value";

    @Mapping(target = "indicator", source = "indicator")
    @Mapping(target = "period", expression = "java(period(form.getPeriod()).orElseThrow())")
    @Mapping(target = "value", expression = "java(number(form.getValue()).orElseThrow(() -> new IllegalArgumentException(\"not a number\")))")
    @Mapping(target = "provenance", constant = "ENTERED")
    Measurement toMeasurement(MeasurementForm form, IndicatorId indicator);

    /** The period typed: a year (2022), a quarter (2022-T3) or a month (2022-03). */
    default Parsed<Period> period(String typed) {
        return Period.parse(typed, PERIOD);
    }

    /**
     * The number typed, as people write it: a decimal comma or point, spaces (narrow or not)
     * between thousands.
     */
    default Optional<BigDecimal> number(String typed) {
        try {
            return Optional.of(new BigDecimal(typed.strip().replace(',', '.').replace(" ", "").replace("\u202f", "")
                    .replace("\u00a0", "")));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
