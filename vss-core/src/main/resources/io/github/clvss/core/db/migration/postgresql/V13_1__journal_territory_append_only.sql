-- The territories of a journal entry only grow, like the entries themselves (see V1_1).
create function vss_journal_territory_refuse_change() returns trigger
    language plpgsql as $$
begin
    raise exception 'vss_journal_territory is append-only: % refused', tg_op
        using errcode = 'insufficient_privilege';
end;
$$;

create trigger vss_journal_territory_append_only before update or delete on vss_journal_territory
    for each row execute function vss_journal_territory_refuse_change();

create trigger vss_journal_territory_no_truncate before truncate on vss_journal_territory
    for each statement execute function vss_journal_territory_refuse_change();
