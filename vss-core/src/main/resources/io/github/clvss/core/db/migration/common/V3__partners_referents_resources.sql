-- A contract's partners, their référents (personal data), and the registry of useful addresses.

create table vss_partner (
    id                   uuid          not null,
    version              bigint        not null,
    territory_id         uuid          not null,
    contract_id          uuid          not null,
    institution_id       uuid          not null,
    role                 varchar(2000) not null,
    initiatives          varchar(20000) not null,
    contact_phone        varchar(20),
    contact_email        varchar(254),
    contact_web          varchar(500),
    contact_address      varchar(500),
    representative_title varchar(200),
    representative_name  varchar(120),
    signatory            boolean       not null,
    verified_at          timestamp with time zone not null,
    verified_by          varchar(100)  not null,
    provenance           varchar(20)   not null,
    constraint vss_partner_pk primary key (id),
    constraint vss_partner_contract_fk foreign key (contract_id) references vss_contract (id),
    constraint vss_partner_institution_fk foreign key (institution_id) references vss_institution (id),
    constraint vss_partner_territory_fk foreign key (territory_id) references vss_territory (id),
    constraint vss_partner_institution_uq unique (contract_id, institution_id)
);

create index vss_partner_territory_ix on vss_partner (territory_id);

-- Erasing a référent empties name, function, phone, email and availability: a "former référent" remains.
create table vss_referent (
    id             uuid         not null,
    version        bigint       not null,
    partner_id     uuid         not null,
    territory_id   uuid         not null,
    name           varchar(120),
    function_title varchar(300),
    phone          varchar(20),
    email          varchar(254),
    availability   varchar(300),
    from_date      date,
    until_date     date,
    main           boolean      not null,
    provenance     varchar(20)  not null,
    constraint vss_referent_pk primary key (id),
    constraint vss_referent_partner_fk foreign key (partner_id) references vss_partner (id),
    constraint vss_referent_erased_ck check ((name is null) = (function_title is null))
);

create index vss_referent_territory_ix on vss_referent (territory_id, partner_id);

create table vss_resource (
    id            uuid          not null,
    version       bigint        not null,
    scope         varchar(20)   not null,
    department    varchar(3),
    territory_id  uuid,
    kind          varchar(30)   not null,
    name          varchar(200)  not null,
    phone         varchar(20),
    sms           varchar(20),
    web           varchar(500),
    address       varchar(500),
    hours         varchar(2000),
    languages     varchar(2000),
    accessibility varchar(2000),
    is_free       boolean       not null,
    is_anonymous  boolean       not null,
    audiences     varchar(100)  not null,
    verified_at   timestamp with time zone not null,
    verified_by   varchar(100)  not null,
    provenance    varchar(20)   not null,
    constraint vss_resource_pk primary key (id),
    constraint vss_resource_territory_fk foreign key (territory_id) references vss_territory (id),
    constraint vss_resource_scope_ck check (scope in ('NATIONAL', 'DEPARTMENTAL', 'LOCAL'))
);

create index vss_resource_place_ix on vss_resource (scope, department, territory_id);

create table vss_resource_text (
    resource_id uuid          not null,
    language    varchar(2)    not null,
    description varchar(2000) not null,
    constraint vss_resource_text_pk primary key (resource_id, language),
    constraint vss_resource_text_resource_fk foreign key (resource_id) references vss_resource (id)
);
