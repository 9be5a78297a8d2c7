package io.github.clvss.admin;

import io.github.clvss.admin.base.ViewTest;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.clvss.admin.security.SignedInAs;
import org.junit.jupiter.api.Test;

class ViewAccessTest extends ViewTest {

    @Test
    @SignedInAs("observation")
    void an_observer_opens_neither_the_journal_nor_the_accounts() {
        open("");
        assertThat(screen()).isEqualTo("ContractOverviewView");

        assertThat(open("journal").getClass().getSimpleName()).isNotEqualTo("JournalView");
        assertThat(open("comptes").getClass().getSimpleName()).isNotEqualTo("AccountsView");
    }

    @Test
    @SignedInAs("coordination")
    void a_coordinator_opens_the_journal_but_not_the_accounts() {
        assertThat(open("journal").getClass().getSimpleName()).isEqualTo("JournalView");
        assertThat(open("comptes").getClass().getSimpleName()).isNotEqualTo("AccountsView");
    }
}
