package io.github.clvss.core.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.clvss.core.access.AccessDecision;
import io.github.clvss.core.access.Actor;
import io.github.clvss.core.shared.AccessRefusedException;
import io.github.clvss.core.shared.PageRequest;
import io.github.clvss.core.shared.Transactions;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class ActsTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T10:00:00Z"), ZoneOffset.UTC);
    private static final Act ACT = Act.general("thing.change", "thing");

    /** Records what was journaled, and in which transaction. */
    private final List<String> log = new ArrayList<>();
    private int transaction;

    private final Journal journal = new Journal() {
        @Override
        public void append(JournalEntry entry) {
            log.add("journal " + entry.act().action() + " " + entry.outcome() + " in transaction " + transaction);
        }

        @Override
        public void appendAll(List<JournalEntry> entries) {
            entries.forEach(this::append);
        }

        @Override
        public void appendIndependently(JournalEntry entry) {
            log.add("journal " + entry.act().action() + " " + entry.outcome() + " on its own");
        }

        @Override
        public List<JournalEntry> find(JournalQuery query, PageRequest page) {
            return List.of();
        }

        @Override
        public void each(JournalQuery query, java.util.function.Consumer<JournalEntry> each) {
            // nothing journaled is read back here
        }

        @Override
        public long count(JournalQuery query) {
            return 0;
        }

        @Override
        public List<String> actions(JournalQuery query, int limit) {
            return List.of();
        }

        @Override
        public int purge(Instant before) {
            return 0;
        }
    };

    private final Transactions transactions = new Transactions() {
        @Override
        public <T> T inTransaction(Supplier<T> work) {
            transaction++;
            log.add("begin " + transaction);
            T done = work.get();
            log.add("commit " + transaction);
            return done;
        }

        @Override
        public void afterCommit(Runnable work) {
            throw new AssertionError("acts keep nothing for after the commit");
        }
    };

    private final Acts acts = new Acts(journal, CLOCK, transactions);

    @Test
    void an_allowed_act_runs_its_change_and_its_journal_entry_in_one_transaction() {
        String done = acts.perform(Actor.system(), ACT, new AccessDecision.Allowed(), () -> {
            log.add("change in transaction " + transaction);
            return "changed";
        });

        assertThat(done).isEqualTo("changed");
        assertThat(log).containsExactly("begin 1", "change in transaction 1", "journal thing.change DONE in transaction 1",
                "commit 1");
    }

    @Test
    void a_refused_act_is_journaled_on_its_own_and_changes_nothing() {
        assertThatThrownBy(() -> acts.perform(Actor.system(), ACT, new AccessDecision.Refused("access.denied"), () -> {
            log.add("change");
            return "changed";
        })).isInstanceOf(AccessRefusedException.class);

        assertThat(log).containsExactly("journal thing.change REFUSED on its own");
    }

    @Test
    void an_act_on_a_stored_record_reads_it_names_the_act_and_decides_in_the_same_transaction() {
        String done = acts.performOn(Actor.system(), () -> {
            log.add("read in transaction " + transaction);
            return "record";
        }, record -> Act.general("thing.correct", record), record -> new AccessDecision.Allowed(), record -> record + " corrected");

        assertThat(done).isEqualTo("record corrected");
        assertThat(log).containsExactly("begin 1", "read in transaction 1", "journal thing.correct DONE in transaction 1",
                "commit 1");
    }
}
