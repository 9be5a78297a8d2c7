-- Victims' paths (issue 19): pseudonymous follow-ups handed over between partners. A path holds
-- a random reference, the situation's facts and the decision as JSON (never a name, an address,
-- a phone number or a date of birth), its consents and its handovers with their steps. A closed
-- path is purged after the retention period, its handovers kept only as anonymous counts in
-- vss_path_tally. Partner ids are not foreign keys (as elsewhere: a partner's removal is its own
-- business); the path's children go with it.
create table vss_victim_path (
    id           uuid                     not null,
    version      bigint                   not null,
    reference    varchar(9)               not null,
    territory_id uuid                     not null,
    opener_id    uuid                     not null,
    opened_by    varchar(100)             not null,
    opened_at    timestamp with time zone not null,
    situation    text                     not null,
    decision     text                     not null,
    note         varchar(500),
    closed_at    timestamp with time zone,
    constraint vss_victim_path_pk primary key (id),
    constraint vss_victim_path_reference_uk unique (reference),
    constraint vss_victim_path_territory_fk foreign key (territory_id) references vss_territory (id)
);

create index vss_victim_path_opener_ix on vss_victim_path (opener_id, opened_at);
create index vss_victim_path_closed_ix on vss_victim_path (closed_at);

create table vss_path_consent (
    path_id      uuid                     not null,
    seq          integer                  not null,
    status       varchar(30)              not null,
    partner_id   uuid,
    purpose      varchar(20)              not null,
    recorded_at  timestamp with time zone not null,
    recorded_by  varchar(100)             not null,
    recorded_for uuid                     not null,
    constraint vss_path_consent_pk primary key (path_id, seq),
    constraint vss_path_consent_path_fk foreign key (path_id) references vss_victim_path (id),
    constraint vss_path_consent_status_ck check (status in ('GIVEN', 'REFUSED', 'WITHDRAWN', 'CANNOT_BE_EXPRESSED')),
    constraint vss_path_consent_purpose_ck check (purpose in ('HANDOVER', 'FOLLOW_UP'))
);

create table vss_path_handover (
    id                   uuid                     not null,
    version              bigint                   not null,
    path_id              uuid                     not null,
    territory_id         uuid                     not null,
    from_partner         uuid                     not null,
    to_partner           uuid                     not null,
    urgency              varchar(30)              not null,
    deadline             timestamp with time zone not null,
    status               varchar(20)              not null,
    sent_at              timestamp with time zone not null,
    accepted_at          timestamp with time zone,
    override_rule        varchar(100),
    override_basis       varchar(300),
    override_reason      varchar(500),
    override_by          varchar(100),
    override_at          timestamp with time zone,
    decline_reason       varchar(30),
    onward_to            uuid,
    outcome              varchar(30),
    consent_withdrawn_at timestamp with time zone,
    constraint vss_path_handover_pk primary key (id),
    constraint vss_path_handover_path_fk foreign key (path_id) references vss_victim_path (id),
    constraint vss_path_handover_status_ck check (status in ('SENT', 'RECEIVED', 'ACCEPTED', 'DECLINED', 'REFERRED_ONWARD',
        'CLOSED'))
);

create index vss_path_handover_path_ix on vss_path_handover (path_id);
create index vss_path_handover_to_ix on vss_path_handover (to_partner, sent_at);
create index vss_path_handover_late_ix on vss_path_handover (territory_id, status, deadline);

create table vss_path_handover_step (
    handover_id uuid                     not null,
    seq         integer                  not null,
    status      varchar(20)              not null,
    at          timestamp with time zone not null,
    actor       varchar(100)             not null,
    partner_id  uuid                     not null,
    constraint vss_path_handover_step_pk primary key (handover_id, seq),
    constraint vss_path_handover_step_handover_fk foreign key (handover_id) references vss_path_handover (id)
);

-- What purged paths leave: how many handovers, by territory, year sent, receiving partner, final
-- status, decline reason ('' for none) and whole hours from sent to accepted (-1 when never
-- accepted) — enough for the yearly statistics, nothing that leads back to a path.
create table vss_path_tally (
    territory_id        uuid        not null,
    sent_year           integer     not null,
    to_partner          uuid        not null,
    status              varchar(20) not null,
    decline_reason      varchar(30) not null,
    hours_to_acceptance integer     not null,
    handovers           integer     not null,
    constraint vss_path_tally_pk primary key (territory_id, sent_year, to_partner, status, decline_reason,
        hours_to_acceptance),
    constraint vss_path_tally_handovers_ck check (handovers > 0)
);
