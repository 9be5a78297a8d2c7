-- Council deliberations as their register extract records them, possibly incomplete (the legal
-- check is advisory): the session, the vote, the transmission to the préfecture. Names of
-- members in office, present and absent are rows of vss_deliberation_name, in the act's order;
-- proxies are rows of vss_deliberation_proxy. Names are those of elected officials acting in
-- office, as the public act prints them.

create table vss_deliberation (
    id                        uuid          not null,
    version                   bigint        not null,
    territory_id              uuid          not null,
    object_title              varchar(2000) not null,
    session_date              date,
    session_time              time,
    session_place             varchar(300),
    session_president         varchar(200),
    convocation_date          date,
    urgency                   boolean       not null,
    reconvened_without_quorum boolean       not null,
    secretary                 varchar(200),
    rapporteur                varchar(200),
    committee_opinion         varchar(2000),
    subject_code              varchar(10),
    subject_name              varchar(300),
    vote_in_favour            integer       not null,
    vote_against              integer       not null,
    vote_abstentions          integer       not null,
    vote_blank_or_spoilt      integer       not null,
    vote_not_taking_part      integer       not null,
    secret_ballot             boolean       not null,
    unanimity                 boolean       not null,
    stated_result             varchar(10),
    transmission_date         date,
    -- as written on the act; actes_id is its canonical form when it is a valid @ctes identifier
    actes_id_text             varchar(60),
    actes_id                  varchar(60),
    publication_url           varchar(500),
    provenance                varchar(20)   not null,
    constraint vss_deliberation_pk primary key (id),
    constraint vss_deliberation_territory_fk foreign key (territory_id) references vss_territory (id),
    constraint vss_deliberation_actes_uq unique (actes_id),
    constraint vss_deliberation_votes_ck check (vote_in_favour >= 0 and vote_against >= 0 and vote_abstentions >= 0
        and vote_blank_or_spoilt >= 0 and vote_not_taking_part >= 0),
    constraint vss_deliberation_result_ck check (stated_result in ('ADOPTED', 'REJECTED'))
);

create index vss_deliberation_territory_ix on vss_deliberation (territory_id, session_date);

create table vss_deliberation_name (
    deliberation_id uuid         not null,
    kind            varchar(10)  not null,
    position        integer      not null,
    name            varchar(200) not null,
    constraint vss_deliberation_name_pk primary key (deliberation_id, kind, position),
    constraint vss_deliberation_name_deliberation_fk foreign key (deliberation_id) references vss_deliberation (id),
    constraint vss_deliberation_name_kind_ck check (kind in ('OFFICE', 'PRESENT', 'ABSENT'))
);

create table vss_deliberation_proxy (
    deliberation_id uuid         not null,
    position        integer      not null,
    giver           varchar(200) not null,
    holder          varchar(200) not null,
    constraint vss_deliberation_proxy_pk primary key (deliberation_id, position),
    constraint vss_deliberation_proxy_deliberation_fk foreign key (deliberation_id) references vss_deliberation (id)
);
