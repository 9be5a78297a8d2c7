-- The territories of a journal entry only grow, like the entries themselves (see V1_1).
create trigger vss_journal_territory_append_only before update, delete on vss_journal_territory
    for each row call 'io.github.clvss.core.internal.persistence.AppendOnlyTrigger';
