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

-- A contract's partners: by their institution's name, then id. The name is kept on the partner
-- (written with the partner, and again on every partner of an institution that is renamed), so
-- that one index serves the order rather than a sort of the join.
alter table vss_partner add column institution_name varchar(200);
update vss_partner set institution_name = (select i.name from vss_institution i where i.id = vss_partner.institution_id);
alter table vss_partner alter column institution_name set not null;
create index vss_partner_name_ix on vss_partner (contract_id, institution_name, id);

-- The resources serving a territory: the national ones, then the département's, then the
-- territory's, each by name, then id. The first two parts read one index, the third another
-- (these replace the index on the scope, the département and the territory).
create index vss_resource_department_ix on vss_resource (scope, department, name, id);
create index vss_resource_territory_ix on vss_resource (scope, territory_id, name, id);
drop index vss_resource_place_ix;
