-- 2. (see V22) a territory's entries about shared records, newest first; replaces the index on
-- (territory_id, journal_id) of V13. The primary key (journal_id, territory_id) still finds an
-- entry's territories (a page's, the retention purge's).
alter table vss_journal_territory alter column at set not null;
create index vss_journal_territory_newest_ix on vss_journal_territory (territory_id, at desc, journal_id desc);
drop index vss_journal_territory_ix;
