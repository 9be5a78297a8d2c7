-- H2 fires no trigger on TRUNCATE, but cannot truncate a table that a foreign key references:
-- this empty table's key keeps the journal from being truncated. Deletes go through the
-- AppendOnlyTrigger, which lets only the retention purge remove entries over six months old.
create table vss_journal_guard (
    journal_id uuid,
    constraint vss_journal_guard_fk foreign key (journal_id) references vss_journal (id)
);
