-- The follow-up of each contract's commitments: actions and the history of their changes,
-- the recurring obligations commitments carry and the overdue notices sent, meetings with
-- their agenda, invitees, guests and decisions. A commitment is referred to by its id in the
-- contract's text (not a foreign key: texts are versioned). Partner ids are not foreign keys
-- either, as in the contract's acts: the history stays when a partner leaves the contract.
-- "Late" is never stored: it is derived from the deadline and today's date.

create table vss_action (
    id              uuid          not null,
    version         bigint        not null,
    territory_id    uuid          not null,
    contract_id     uuid          not null,
    commitment_id   varchar(20)   not null,
    title           varchar(300)  not null,
    lead_partner_id uuid          not null,
    deadline        date,
    status          varchar(20)   not null,
    abandon_reason  varchar(2000),
    progress        integer       not null,
    provenance      varchar(20)   not null,
    constraint vss_action_pk primary key (id),
    constraint vss_action_territory_fk foreign key (territory_id) references vss_territory (id),
    constraint vss_action_contract_fk foreign key (contract_id) references vss_contract (id),
    constraint vss_action_status_ck check (status in ('PLANNED', 'IN_PROGRESS', 'DONE', 'ABANDONED')),
    constraint vss_action_progress_ck check (progress between 0 and 100)
);

create index vss_action_contract_ix on vss_action (contract_id, deadline);

create table vss_action_contributor (
    action_id  uuid    not null,
    position   integer not null,
    partner_id uuid    not null,
    constraint vss_action_contributor_pk primary key (action_id, position),
    constraint vss_action_contributor_action_fk foreign key (action_id) references vss_action (id)
);

create table vss_action_evidence (
    action_id uuid          not null,
    position  integer       not null,
    kind      varchar(10)   not null,
    body      varchar(2000) not null,
    constraint vss_action_evidence_pk primary key (action_id, position),
    constraint vss_action_evidence_action_fk foreign key (action_id) references vss_action (id),
    constraint vss_action_evidence_kind_ck check (kind in ('NOTE', 'DOCUMENT'))
);

-- Who changed an action (an actor id, never a name), when, and each field before and after.
create table vss_action_change (
    action_id  uuid                     not null,
    seq        integer                  not null,
    changed_at timestamp with time zone not null,
    actor      varchar(100)             not null,
    constraint vss_action_change_pk primary key (action_id, seq),
    constraint vss_action_change_action_fk foreign key (action_id) references vss_action (id)
);

create table vss_action_change_field (
    action_id    uuid          not null,
    seq          integer       not null,
    position     integer       not null,
    field        varchar(30)   not null,
    before_value varchar(30000),
    after_value  varchar(30000),
    constraint vss_action_change_field_pk primary key (action_id, seq, position),
    constraint vss_action_change_field_change_fk foreign key (action_id, seq) references vss_action_change (action_id, seq)
);

-- At most one recurring obligation per commitment of a contract.
create table vss_obligation (
    contract_id   uuid        not null,
    commitment_id varchar(20) not null,
    territory_id  uuid        not null,
    kind          varchar(30) not null,
    every_months  integer     not null,
    counted_from  date        not null,
    provenance    varchar(20) not null,
    constraint vss_obligation_pk primary key (contract_id, commitment_id),
    constraint vss_obligation_contract_fk foreign key (contract_id) references vss_contract (id),
    constraint vss_obligation_territory_fk foreign key (territory_id) references vss_territory (id),
    constraint vss_obligation_kind_ck check (kind in ('MEETING_OF_SIGNATORIES')),
    constraint vss_obligation_every_ck check (every_months between 1 and 120)
);

-- One row per overdue period told to the coordinators: the notice goes out once.
create table vss_obligation_notice (
    contract_id   uuid                     not null,
    commitment_id varchar(20)              not null,
    due_date      date                     not null,
    notified_at   timestamp with time zone not null,
    constraint vss_obligation_notice_pk primary key (contract_id, commitment_id, due_date),
    constraint vss_obligation_notice_obligation_fk foreign key (contract_id, commitment_id)
        references vss_obligation (contract_id, commitment_id)
);

-- A meeting's start and end are local date-times in its territory's time zone.
create table vss_meeting (
    id           uuid          not null,
    version      bigint        not null,
    territory_id uuid          not null,
    contract_id  uuid          not null,
    kind         varchar(30)   not null,
    title        varchar(300)  not null,
    local_start  timestamp     not null,
    local_end    timestamp     not null,
    place        varchar(500),
    minutes      varchar(50000),
    provenance   varchar(20)   not null,
    constraint vss_meeting_pk primary key (id),
    constraint vss_meeting_territory_fk foreign key (territory_id) references vss_territory (id),
    constraint vss_meeting_contract_fk foreign key (contract_id) references vss_contract (id),
    constraint vss_meeting_kind_ck check (kind in ('STEERING_COMMITTEE', 'TECHNICAL_COMMITTEE', 'WORKING_GROUP', 'OTHER')),
    constraint vss_meeting_period_ck check (local_end > local_start)
);

create index vss_meeting_contract_ix on vss_meeting (contract_id, local_start);

create table vss_meeting_agenda (
    meeting_id uuid          not null,
    position   integer       not null,
    item       varchar(2000) not null,
    constraint vss_meeting_agenda_pk primary key (meeting_id, position),
    constraint vss_meeting_agenda_meeting_fk foreign key (meeting_id) references vss_meeting (id)
);

create table vss_meeting_invitee (
    meeting_id uuid        not null,
    position   integer     not null,
    partner_id uuid        not null,
    attendance varchar(20),
    constraint vss_meeting_invitee_pk primary key (meeting_id, position),
    constraint vss_meeting_invitee_meeting_fk foreign key (meeting_id) references vss_meeting (id),
    constraint vss_meeting_invitee_uq unique (meeting_id, partner_id),
    constraint vss_meeting_invitee_attendance_ck check (attendance in ('PRESENT', 'REPRESENTED', 'EXCUSED', 'ABSENT'))
);

create table vss_meeting_guest (
    meeting_id     uuid    not null,
    position       integer not null,
    institution_id uuid    not null,
    constraint vss_meeting_guest_pk primary key (meeting_id, position),
    constraint vss_meeting_guest_meeting_fk foreign key (meeting_id) references vss_meeting (id),
    constraint vss_meeting_guest_institution_fk foreign key (institution_id) references vss_institution (id),
    constraint vss_meeting_guest_uq unique (meeting_id, institution_id)
);

create table vss_meeting_decision (
    meeting_id uuid          not null,
    position   integer       not null,
    body       varchar(2000) not null,
    action_id  uuid,
    constraint vss_meeting_decision_pk primary key (meeting_id, position),
    constraint vss_meeting_decision_meeting_fk foreign key (meeting_id) references vss_meeting (id),
    constraint vss_meeting_decision_action_fk foreign key (action_id) references vss_action (id)
);
