-- The territories of the installation (35,000 communes at national scale), read by name, then
-- id, from an index in that order at any depth, as V20 and V21 did for the other lists.
create index vss_territory_name_ix on vss_territory (name, id);

-- The handovers sent to a partner ("Adressages reçus"): newest first, then id (replaces the index
-- on the partner and the instant, whose leading column it keeps for the paths a partner received).
create index vss_path_handover_inbox_ix on vss_path_handover (to_partner, territory_id, sent_at desc, id desc);
drop index vss_path_handover_to_ix;

-- A territory's late handovers, most overdue first: each awaiting status (sent, received) is a
-- range of this index in deadline order, then id; the page merges the two ranges' first rows
-- (replaces the index on the territory, the status and the deadline).
create index vss_path_handover_awaiting_ix on vss_path_handover (territory_id, status, deadline, id);
drop index vss_path_handover_late_ix;

-- A partner's paths ("Parcours"), newest first: those it opened, a range of the opener index
-- (replaces the index on the opener and the instant), and those it received a handover of, a
-- range of the received index; the page merges the two. So that one index serves the second
-- order, a handover keeps the instant its path was opened (which never changes).
create index vss_victim_path_opened_ix on vss_victim_path (opener_id, territory_id, opened_at desc, id desc);
drop index vss_victim_path_opener_ix;
alter table vss_path_handover add column path_opened_at timestamp with time zone;
update vss_path_handover set path_opened_at = (select p.opened_at from vss_victim_path p where p.id = vss_path_handover.path_id);
alter table vss_path_handover alter column path_opened_at set not null;
create index vss_path_handover_received_ix on vss_path_handover (to_partner, territory_id, path_opened_at desc, path_id desc);
