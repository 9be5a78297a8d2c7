package io.github.clvss.admin.account;

import io.github.clvss.admin.base.Paging;
import io.github.clvss.core.territory.TerritoryAdministration;
import com.vaadin.flow.component.combobox.ComboBox;
import io.github.clvss.core.access.Actor;
import io.github.clvss.core.territory.Territory;

/**
 * Chooses a territory among those the actor may see, read page by page in name order; what the
 * person types is searched in the names by vss-core (35,000 communes at national scale).
 */
final class TerritoryPicker extends ComboBox<Territory> {

    TerritoryPicker(String label, TerritoryAdministration territories, Actor actor) {
        super(label);
        setItemLabelGenerator(t -> t.name() + t.facts().inseeCode().map(code -> " (" + code.value() + ")").orElse(""));
        setItems(query -> territories.list(actor, query.getFilter(), Paging.of(query)).stream());
    }
}
