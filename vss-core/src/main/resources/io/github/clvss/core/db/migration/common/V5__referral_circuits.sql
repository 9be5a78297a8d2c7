-- Each territory's local referral circuits, and the revision that names them in rule-set versions.

create table vss_circuit_revision (
    territory_id uuid   not null,
    revision     bigint not null,
    constraint vss_circuit_revision_pk primary key (territory_id),
    constraint vss_circuit_revision_territory_fk foreign key (territory_id) references vss_territory (id)
);

create table vss_circuit (
    territory_id uuid         not null,
    name         varchar(80)  not null,
    position     integer      not null,
    -- the condition: for each fact, the values it applies to, e.g. "ages=ADULT,ELDERLY;immediateDanger=true"
    facts        varchar(2000) not null,
    target       varchar(100) not null,
    urgency      varchar(40)  not null,
    channel      varchar(40)  not null,
    reason       varchar(300) not null,
    constraint vss_circuit_pk primary key (territory_id, name),
    constraint vss_circuit_territory_fk foreign key (territory_id) references vss_territory (id)
);
