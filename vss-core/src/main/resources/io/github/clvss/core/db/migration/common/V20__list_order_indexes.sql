-- Indexes that serve the order of the lists, so that a page is read from the index at any
-- depth (seek paging from the last row read, or an index-ordered offset), with no sort.

-- Référents: a territory's, by name (erased ones, which have none, last), then id.
create index vss_referent_name_ix on vss_referent (territory_id, name nulls last, id);

-- Journal: newest first.
create index vss_journal_newest_ix on vss_journal (at desc, id desc);

-- The journal's former index on its instant alone: the one above serves what it served (the
-- retention purge reads a range of instants).
drop index vss_journal_at_ix;
