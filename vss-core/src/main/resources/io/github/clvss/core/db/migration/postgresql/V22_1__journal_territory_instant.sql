-- The instant of each entry into its territories' rows (V22). The rows are append-only (V13_1):
-- the trigger is disabled for this one update, in the migration's transaction.
alter table vss_journal_territory disable trigger vss_journal_territory_append_only;

update vss_journal_territory t
    set at = coalesce((select j.at from vss_journal j where j.id = t.journal_id),
                      timestamp with time zone '1970-01-01 00:00:00+00');

alter table vss_journal_territory enable trigger vss_journal_territory_append_only;
