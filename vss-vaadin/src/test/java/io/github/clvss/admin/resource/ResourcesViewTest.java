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
}
