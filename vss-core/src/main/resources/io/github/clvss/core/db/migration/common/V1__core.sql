-- vss-core: territories, institutions, contracts and the audit journal.
-- Portable SQL (H2 2.x and PostgreSQL 14+); jOOQ generates its classes from this file.
-- Every table is prefixed vss_ so that vss can live inside a host application's database.

create table vss_territory (
    id              uuid         not null,
    version         bigint       not null,
    kind            varchar(20)  not null,
    name            varchar(200) not null,
    insee_code      varchar(5),
    department      varchar(3)   not null,
    siren           varchar(9)   not null,
    siret           varchar(14),
    population      bigint,
    population_year integer,
    time_zone       varchar(64)  not null,
    provenance      varchar(20)  not null,
    constraint vss_territory_pk primary key (id),
    constraint vss_territory_siren_uq unique (siren),
    constraint vss_territory_insee_uq unique (insee_code),
    constraint vss_territory_kind_ck check (kind in ('COMMUNE', 'EPCI', 'DEPARTEMENT')),
    constraint vss_territory_population_ck check ((population is null) = (population_year is null))
);

create table vss_institution (
    id         uuid         not null,
    version    bigint       not null,
    name       varchar(200) not null,
    sector     varchar(20)  not null,
    siret      varchar(14),
    parent_id  uuid,
    provenance varchar(20)  not null,
    constraint vss_institution_pk primary key (id),
    constraint vss_institution_siret_uq unique (siret),
    constraint vss_institution_parent_fk foreign key (parent_id) references vss_institution (id)
);

create index vss_institution_name_ix on vss_institution (name);

create table vss_contract (
    id           uuid         not null,
    version      bigint       not null,
    territory_id uuid         not null,
    title        varchar(300) not null,
    start_date   date,
    end_date     date,
    provenance   varchar(20)  not null,
    constraint vss_contract_pk primary key (id),
    constraint vss_contract_territory_fk foreign key (territory_id) references vss_territory (id),
    constraint vss_contract_period_ck check (start_date is null or end_date is null or end_date >= start_date)
);

create index vss_contract_territory_ix on vss_contract (territory_id);

-- The audit journal: who did what on which record, never the record's content.
-- No foreign keys: entries outlive the records they mention. Append-only: see V1_1.
create table vss_journal (
    id           uuid                     not null,
    at           timestamp with time zone not null,
    actor        varchar(100)             not null,
    action       varchar(100)             not null,
    record_type  varchar(50)              not null,
    record_id    varchar(100),
    territory_id uuid,
    outcome      varchar(10)              not null,
    reason       varchar(100),
    constraint vss_journal_pk primary key (id),
    constraint vss_journal_outcome_ck check (outcome in ('DONE', 'REFUSED'))
);

create index vss_journal_at_ix on vss_journal (at);
create index vss_journal_territory_at_ix on vss_journal (territory_id, at);
