package io.github.clvss.admin.account;

import io.github.clvss.admin.base.Paging;
import io.github.clvss.core.territory.TerritoryAdministration;
import com.vaadin.flow.component.combobox.ComboBox;
import io.github.clvss.core.access.Actor;
import io.github.clvss.core.shared.PageRequest;
import io.github.clvss.core.territory.Territory;

/** Chooses a territory among those the actor may see, read page by page. */
final class TerritoryPicker extends ComboBox<Territory> {

    TerritoryPicker(String label, TerritoryAdministration territories, Actor actor) {
        super(label);
        setItemLabelGenerator(t -> t.name() + t.facts().inseeCode().map(code -> " (" + code.value() + ")").orElse(""));
        setItems(query -> territories.list(actor, Paging.of(query)).stream()
                .filter(t -> query.getFilter().map(f -> t.name().toLowerCase().contains(f.toLowerCase())).orElse(true)));
    }
}
