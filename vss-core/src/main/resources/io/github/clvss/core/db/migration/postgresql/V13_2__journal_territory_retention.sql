-- The retention purge removes an old entry's territories with it: a delete in a transaction
-- that declared the purge (see V11) of the territories of an entry over six months old.
create or replace function vss_journal_territory_refuse_change() returns trigger
    language plpgsql as $$
begin
    if tg_op = 'DELETE' then
        if coalesce(current_setting('vss.journal_purge', true), '') = 'retention'
                and exists (select 1 from vss_journal j
                            where j.id = old.journal_id and j.at < current_timestamp - interval '6 months') then
            return old;
        end if;
    end if;
    raise exception 'vss_journal_territory is append-only: % refused', tg_op
        using errcode = 'insufficient_privilege';
end;
$$;

-- the same guard table as on H2, so both databases have the same tables
create table vss_journal_territory_guard (
    journal_id   uuid,
    territory_id uuid,
    constraint vss_journal_territory_guard_fk foreign key (journal_id, territory_id)
        references vss_journal_territory (journal_id, territory_id)
);
