-- Shared institutions are shared safely: the journal names every territory an act on a shared
-- record concerns, and a coordinator proposes a change to an institution other territories use.

-- Each territory an entry about a shared record concerns (the territories using the institution
-- at that moment, the actor's own): the territory filter of the journal finds the entry through
-- this table as well as through vss_journal.territory_id. Like vss_journal, no foreign keys
-- (entries outlive what they mention) and append-only (see V13_1).
create table vss_journal_territory (
    journal_id   uuid not null,
    territory_id uuid not null,
    constraint vss_journal_territory_pk primary key (journal_id, territory_id)
);

create index vss_journal_territory_ix on vss_journal_territory (territory_id, journal_id);

-- A change to a shared institution proposed by a coordinator, decided by a platform
-- administrator. The proposed values are made against the institution's version base_version.
create table vss_institution_proposal (
    id             uuid                     not null,
    version        bigint                   not null,
    institution_id uuid                     not null,
    base_version   bigint                   not null,
    territory_id   uuid                     not null,
    proposed_by    varchar(100)             not null,
    proposed_at    timestamp with time zone not null,
    name           varchar(200)             not null,
    sector         varchar(20)              not null,
    siret          varchar(14),
    parent_id      uuid,
    status         varchar(10)              not null,
    decided_by     varchar(100),
    decided_at     timestamp with time zone,
    constraint vss_institution_proposal_pk primary key (id),
    constraint vss_institution_proposal_institution_fk foreign key (institution_id) references vss_institution (id),
    constraint vss_institution_proposal_territory_fk foreign key (territory_id) references vss_territory (id),
    constraint vss_institution_proposal_parent_fk foreign key (parent_id) references vss_institution (id),
    constraint vss_institution_proposal_status_ck check (status in ('PENDING', 'ACCEPTED', 'REJECTED')),
    constraint vss_institution_proposal_decided_ck check ((status = 'PENDING') = (decided_at is null)
        and (decided_at is null) = (decided_by is null))
);

create index vss_institution_proposal_territory_ix on vss_institution_proposal (territory_id, proposed_at);
create index vss_institution_proposal_status_ix on vss_institution_proposal (status, proposed_at);

-- Each territory using the institution that approved a proposal through its coordinator: once
-- every territory that uses the institution has approved it, the proposal is applied, as when a
-- platform administrator accepts it.
create table vss_institution_proposal_approval (
    proposal_id  uuid                     not null,
    territory_id uuid                     not null,
    approved_by  varchar(100)             not null,
    approved_at  timestamp with time zone not null,
    constraint vss_institution_proposal_approval_pk primary key (proposal_id, territory_id),
    constraint vss_institution_proposal_approval_proposal_fk foreign key (proposal_id)
        references vss_institution_proposal (id),
    constraint vss_institution_proposal_approval_territory_fk foreign key (territory_id) references vss_territory (id)
);
