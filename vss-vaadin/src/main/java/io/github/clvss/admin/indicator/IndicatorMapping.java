package io.github.clvss.admin.indicator;

import io.github.clvss.admin.base.FormMapping;
import io.github.clvss.core.access.TerritoryId;
import io.github.clvss.core.contract.ContractId;
import io.github.clvss.core.indicator.Indicator;
import io.github.clvss.core.indicator.IndicatorId;
import java.math.BigDecimal;
import java.util.Optional;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.factory.Mappers;

/** Copies the indicator form into an indicator (MapStruct writes the code); indicators are defined, not edited, here. */
@Mapper(config = FormMapping.class)
interface IndicatorMapping {

    IndicatorMapping MAP = Mappers.getMapper(IndicatorMapping.class);

    /** What the form does not show of an indicator: who it is, where it belongs, the total it is a part of. */
    record Kept(IndicatorId id, long version, TerritoryId territory, ContractId contract, Optional<IndicatorId> partOf) {

        static Kept defined(IndicatorId id, TerritoryId territory, ContractId contract) {
            return new Kept(id, 0, territory, contract, Optional.empty());
        }
    }

    @Mapping(target = "id", source = "kept.id")
    @Mapping(target = "version", source = "kept.version")
    @Mapping(target = "territory", source = "kept.territory")
    @Mapping(target = "contract", source = "kept.contract")
    @Mapping(target = "commitment", source = "form.commitment")
    @Mapping(target = "name", source = "form.name")
    @Mapping(target = "unit", source = "form.unit")
    @Mapping(target = "kind", source = "form.kind")
    @Mapping(target = "direction", source = "form.direction")
    @Mapping(target = "target", source = "form.target")
    @Mapping(target = "source", source = "form.source")
    @Mapping(target = "partOf", source = "kept.partOf")
    @Mapping(target = "provenance", constant = "ENTERED")
    @Mapping(target = "correct", ignore = true) // Indicator's own methods MapStruct takes for fluent setters
    @Mapping(target = "withVersion", ignore = true)
    Indicator toIndicator(IndicatorForm form, Kept kept);

    default Optional<BigDecimal> number(BigDecimal number) {
        return Optional.ofNullable(number);
    }
}
