-- The audit journal stays append-only for the application; the one exception is the retention
-- purge: a delete in a transaction that declared it (set_config('vss.journal_purge',
-- 'retention', true), done only by the journal's purge) of an entry over six months old.
-- Truncation stays refused.
create or replace function vss_journal_refuse_change() returns trigger
    language plpgsql as $$
begin
    if tg_op = 'DELETE' then
        if coalesce(current_setting('vss.journal_purge', true), '') = 'retention'
                and old.at < current_timestamp - interval '6 months' then
            return old;
        end if;
    end if;
    raise exception 'vss_journal is append-only: % refused', tg_op
        using errcode = 'insufficient_privilege';
end;
$$;

-- the same empty guard table as on H2, so both databases have the same tables
create table vss_journal_guard (
    journal_id uuid,
    constraint vss_journal_guard_fk foreign key (journal_id) references vss_journal (id)
);
