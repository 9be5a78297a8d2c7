package io.github.clvss.admin.resource;

import io.github.clvss.admin.base.ViewTest;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.grid.Grid;
import io.github.clvss.admin.security.SignedInAs;
import io.github.clvss.core.resource.Resource;
import org.junit.jupiter.api.Test;

class ResourcesViewTest extends ViewTest {

    @Test
    @SignedInAs("coordination")
    @SuppressWarnings("unchecked")
    void the_coordinator_sees_the_national_numbers_and_the_territorys_own_addresses() {
        navigate(ResourcesView.class);

        Grid<Resource> grid = find(Grid.class).single();
        assertThat(test(grid).size()).as("ten national numbers and the demo local one, at least").isGreaterThanOrEqualTo(11);
        assertThat(java.util.stream.IntStream.range(0, test(grid).size()).mapToObj(row -> test(grid).getCellText(row, 0)))
                .contains("Violences Femmes Info", "Permanence d’accueil des victimes (démo)");
    }

    @Test
    @SignedInAs("observation")
    void an_observer_is_offered_no_button_the_registry_would_refuse() {
        navigate(ResourcesView.class);

        assertThat(find(com.vaadin.flow.component.button.Button.class).all()).filteredOn(b -> b.isVisible()
                        && (b.getText().equals("Confirmer") || b.getText().equals("Modifier")
                        || b.getText().equals("Ajouter une adresse")))
                .as("no confirm, edit or add for an observer").isEmpty();
    }

    @Test
    @SignedInAs("coordination")
    @SuppressWarnings("unchecked")
    void the_coordinator_may_confirm_and_edit_the_towns_own_address_but_not_a_national_number() {
        navigate(ResourcesView.class);
        Grid<Resource> grid = find(Grid.class).single();

        assertThat(actions(grid, "Permanence d’accueil des victimes (démo)")).as("a local address").containsExactly(true, true);
        assertThat(actions(grid, "Violences Femmes Info")).as("a national number is the platform's").containsExactly(false, false);
    }

    private java.util.List<Boolean> actions(Grid<Resource> grid, String name) {
        int row = java.util.stream.IntStream.range(0, test(grid).size()).filter(r -> test(grid).getCellText(r, 0).equals(name))
                .findFirst().orElseThrow();
        int column = grid.getColumns().size() - 1;
        return test(grid).getCellComponent(row, column).getChildren().map(c -> c.isVisible()).toList();
    }
}
