-- The audit journal only grows: updates, deletes and truncation are refused by triggers.
create function vss_journal_refuse_change() returns trigger
    language plpgsql as $$
begin
    raise exception 'vss_journal is append-only: % refused', tg_op
        using errcode = 'insufficient_privilege';
end;
$$;

create trigger vss_journal_append_only before update or delete on vss_journal
    for each row execute function vss_journal_refuse_change();

create trigger vss_journal_no_truncate before truncate on vss_journal
    for each statement execute function vss_journal_refuse_change();
