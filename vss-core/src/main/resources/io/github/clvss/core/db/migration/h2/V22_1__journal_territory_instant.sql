-- The instant of each entry into its territories' rows (V22). The rows are append-only (V13_1):
-- the trigger is set aside for this one update and put back as it was.
drop trigger vss_journal_territory_append_only;

update vss_journal_territory t
    set at = coalesce((select j.at from vss_journal j where j.id = t.journal_id),
                      timestamp with time zone '1970-01-01 00:00:00+00');

create trigger vss_journal_territory_append_only before update, delete on vss_journal_territory
    for each row call 'io.github.clvss.core.internal.persistence.AppendOnlyTrigger';
