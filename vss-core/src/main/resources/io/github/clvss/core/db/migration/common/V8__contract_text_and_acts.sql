-- The words of each contract, one version per amendment (version 1: the draft, then the text
-- as approved), and the acts of its life. The status is derived from the acts: never stored.

create table vss_contract_text (
    contract_id  uuid           not null,
    text_version integer        not null,
    preamble     varchar(20000) not null,
    constraint vss_contract_text_pk primary key (contract_id, text_version),
    constraint vss_contract_text_contract_fk foreign key (contract_id) references vss_contract (id),
    constraint vss_contract_text_version_ck check (text_version >= 1)
);

create table vss_contract_reference (
    contract_id  uuid          not null,
    text_version integer       not null,
    position     integer       not null,
    kind         varchar(20)   not null,
    title        varchar(1000) not null,
    ref_number   varchar(40),
    ref_date     date,
    constraint vss_contract_reference_pk primary key (contract_id, text_version, position),
    constraint vss_contract_reference_text_fk foreign key (contract_id, text_version)
        references vss_contract_text (contract_id, text_version)
);

create table vss_contract_axis (
    contract_id  uuid          not null,
    text_version integer       not null,
    position     integer       not null,
    axis_number  integer,
    title        varchar(1000) not null,
    constraint vss_contract_axis_pk primary key (contract_id, text_version, position),
    constraint vss_contract_axis_text_fk foreign key (contract_id, text_version)
        references vss_contract_text (contract_id, text_version)
);

-- A commitment's id is unique in its contract's text version: follow-up refers to it.
create table vss_contract_commitment (
    contract_id   uuid          not null,
    text_version  integer       not null,
    axis_position integer       not null,
    position      integer       not null,
    commitment_id varchar(20)   not null,
    body          varchar(2000) not null,
    constraint vss_contract_commitment_pk primary key (contract_id, text_version, axis_position, position),
    constraint vss_contract_commitment_axis_fk foreign key (contract_id, text_version, axis_position)
        references vss_contract_axis (contract_id, text_version, position),
    constraint vss_contract_commitment_id_uq unique (contract_id, text_version, commitment_id)
);

create table vss_contract_annex (
    contract_id  uuid           not null,
    text_version integer        not null,
    position     integer        not null,
    title        varchar(1000)  not null,
    body         varchar(20000) not null,
    constraint vss_contract_annex_pk primary key (contract_id, text_version, position),
    constraint vss_contract_annex_text_fk foreign key (contract_id, text_version)
        references vss_contract_text (contract_id, text_version)
);

-- The acts of a contract's life, in the order they were recorded; never updated. Which
-- columns an act fills depends on its kind. The partner and the successor are not foreign
-- keys: a signature stays in the history when its partner later leaves the contract.
create table vss_contract_act (
    contract_id     uuid          not null,
    seq             integer       not null,
    kind            varchar(20)   not null,
    act_date        date          not null,
    deliberation_id uuid,
    partner_id      uuid,
    text_version    integer,
    reason          varchar(2000),
    successor_id    uuid,
    constraint vss_contract_act_pk primary key (contract_id, seq),
    constraint vss_contract_act_contract_fk foreign key (contract_id) references vss_contract (id),
    constraint vss_contract_act_kind_ck check (kind in ('APPROVED', 'SIGNED', 'TERMINATED', 'AMENDED', 'RENEWED'))
);

create index vss_contract_act_successor_ix on vss_contract_act (successor_id);
