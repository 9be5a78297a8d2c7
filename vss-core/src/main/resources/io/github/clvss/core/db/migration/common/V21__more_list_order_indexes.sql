-- More lists read from an index in their order at any depth, as V20 did for référents and the
-- journal. Each index leads with the column the list is scoped to (the contract, the territory,
-- the recipient), so that a page reads only its scope's rows, already sorted.

-- Institutions: by name, then id (replaces the index on the name alone).
create index vss_institution_name_id_ix on vss_institution (name, id);
drop index vss_institution_name_ix;

-- A contract's actions: by deadline (those without one last), then id (replaces the index on
-- the contract and the deadline, which it also serves).
create index vss_action_deadline_ix on vss_action (contract_id, deadline nulls last, id);
drop index vss_action_contract_ix;

-- A territory's deliberations: the latest session first (those without a date last), then id
-- (replaces the index on the territory and the session's date).
create index vss_deliberation_latest_ix on vss_deliberation (territory_id, session_date desc nulls last, id desc);
drop index vss_deliberation_territory_ix;

-- A contract's meetings: the latest first (replaces the index on the contract and the start).
create index vss_meeting_latest_ix on vss_meeting (contract_id, local_start desc, id desc);
drop index vss_meeting_contract_ix;

-- An account's notifications: newest first (replaces the index on the recipient and the instant).
create index vss_notification_newest_ix on vss_notification (recipient_id, at desc, id desc);
drop index vss_notification_recipient_at_ix;
