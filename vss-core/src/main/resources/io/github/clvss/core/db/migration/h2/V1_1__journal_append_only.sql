-- The audit journal only grows: updates and deletes are refused by a trigger.
create trigger vss_journal_append_only before update, delete on vss_journal
    for each row call 'io.github.clvss.core.internal.persistence.AppendOnlyTrigger';
