-- Every published revision of a territory's circuits, whole, so that a coordinator sees what
-- each one changed. vss_circuit keeps the current revision for decisions.

create table vss_circuit_publication (
    territory_id uuid      not null,
    revision     bigint    not null,
    published_at timestamp with time zone not null,
    constraint vss_circuit_publication_pk primary key (territory_id, revision),
    constraint vss_circuit_publication_territory_fk foreign key (territory_id) references vss_territory (id)
);

create table vss_circuit_snapshot (
    territory_id uuid          not null,
    revision     bigint        not null,
    position     integer       not null,
    name         varchar(80)   not null,
    facts        varchar(2000) not null,
    target       varchar(100)  not null,
    urgency      varchar(40)   not null,
    channel      varchar(40)   not null,
    reason       varchar(300)  not null,
    constraint vss_circuit_snapshot_pk primary key (territory_id, revision, position),
    constraint vss_circuit_snapshot_publication_fk foreign key (territory_id, revision)
        references vss_circuit_publication (territory_id, revision)
);

-- the revisions stored before this migration: their current state is all that is known
insert into vss_circuit_publication (territory_id, revision, published_at)
    select territory_id, revision, current_timestamp from vss_circuit_revision;
insert into vss_circuit_snapshot (territory_id, revision, position, name, facts, target, urgency, channel, reason)
    select c.territory_id, r.revision, c.position, c.name, c.facts, c.target, c.urgency, c.channel, c.reason
    from vss_circuit c join vss_circuit_revision r on r.territory_id = c.territory_id;
