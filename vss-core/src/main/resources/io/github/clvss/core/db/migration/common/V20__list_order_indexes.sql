-- Indexes that serve the order of the lists, so that a page is read from the index at any
-- depth (seek paging from the last row read, or an index-ordered offset), with no sort.

-- Référents: a territory's, by name (erased ones, which have none, last), then id.
create index vss_referent_name_ix on vss_referent (territory_id, name nulls last, id);

-- Institutions: by name, then id (replaces the index on the name alone, below).
create index vss_institution_name_id_ix on vss_institution (name, id);
drop index vss_institution_name_ix;

-- A contract's actions: by deadline (those without one last), then id.
create index vss_action_deadline_ix on vss_action (contract_id, deadline nulls last, id);

-- A territory's deliberations: the latest session first (those without a date last), then id.
create index vss_deliberation_latest_ix on vss_deliberation (territory_id, session_date desc nulls last, id desc);

-- A contract's meetings: the latest first.
create index vss_meeting_latest_ix on vss_meeting (contract_id, local_start desc, id desc);

-- An account's notifications: newest first.
create index vss_notification_newest_ix on vss_notification (recipient_id, at desc, id desc);

-- Journal: newest first.
create index vss_journal_newest_ix on vss_journal (at desc, id desc);

-- The journal's former index on its instant alone: the one above serves what it served (the
-- retention purge reads a range of instants).
drop index vss_journal_at_ix;
