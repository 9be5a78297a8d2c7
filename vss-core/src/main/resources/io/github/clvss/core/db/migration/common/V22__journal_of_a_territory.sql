-- A territory's journal read through indexes in a database holding many territories (a
-- département, the country): its page and its count read only the territory's rows, in three
-- disjoint parts, each in the order of its own index (newest first):
--   1. the entries about the territory's records (vss_journal.territory_id);
--   2. the entries about shared records that concerned it (vss_journal_territory), whose own
--      territory is another one or none;
--   3. the sign-ins of the accounts holding a grant on it (record_type 'sign-in', record_id the
--      account's id), one index range per account.

-- 1. replaces the index on (territory_id, at) of V1, which no query reads newest first
create index vss_journal_of_territory_ix on vss_journal (territory_id, at desc, id desc);
drop index vss_journal_territory_at_ix;

-- 3.
create index vss_journal_of_record_ix on vss_journal (record_type, record_id, at desc, id desc);

-- 2. the entry's instant is copied into its territories' rows (filled in V22_1, required in V22_2)
alter table vss_journal_territory add column at timestamp with time zone;
