-- The retention purge removes an old entry's territories with it (AppendOnlyTrigger checks the
-- entry's age); a guard keeps vss_journal_territory from being truncated, as vss_journal (V11).
create table vss_journal_territory_guard (
    journal_id   uuid,
    territory_id uuid,
    constraint vss_journal_territory_guard_fk foreign key (journal_id, territory_id)
        references vss_journal_territory (journal_id, territory_id)
);
