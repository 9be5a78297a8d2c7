-- Indicators of a contract's commitments, their measurements per period, and the qualitative
-- notes of the yearly diagnostic. A commitment is referred to by its id in the contract's text
-- (not a foreign key: the text has one set of rows per version).

create table vss_indicator (
    id            uuid           not null,
    version       bigint         not null,
    territory_id  uuid           not null,
    contract_id   uuid           not null,
    commitment_id varchar(20)    not null,
    name          varchar(200)   not null,
    unit          varchar(40)    not null,
    value_kind    varchar(20)    not null,
    direction     varchar(20)    not null,
    target        numeric(18, 4),
    source        varchar(300)   not null,
    -- the total this indicator is a part of (an exhaustive breakdown), one level only
    part_of       uuid,
    provenance    varchar(20)    not null,
    -- the order of definition in the contract (1, 2, …): lists follow it under each commitment
    position      integer        not null,
    constraint vss_indicator_pk primary key (id),
    constraint vss_indicator_position_uq unique (contract_id, position),
    constraint vss_indicator_territory_fk foreign key (territory_id) references vss_territory (id),
    constraint vss_indicator_contract_fk foreign key (contract_id) references vss_contract (id),
    constraint vss_indicator_part_of_fk foreign key (part_of) references vss_indicator (id),
    constraint vss_indicator_kind_ck check (value_kind in ('COUNT', 'PUBLIC_COUNT', 'DECIMAL')),
    constraint vss_indicator_direction_ck check (direction in ('HIGHER_IS_BETTER', 'LOWER_IS_BETTER', 'NEUTRAL'))
);

create index vss_indicator_contract_ix on vss_indicator (contract_id, commitment_id, position);

-- One value per indicator and period: a year (kind Y, number 0), a quarter (Q, 1-4) or a month (M, 1-12).
create table vss_measurement (
    indicator_id   uuid           not null,
    period_year    integer        not null,
    period_kind    varchar(1)     not null,
    period_number  integer        not null,
    measured_value numeric(18, 4) not null,
    provenance     varchar(20)    not null,
    constraint vss_measurement_pk primary key (indicator_id, period_year, period_kind, period_number),
    constraint vss_measurement_indicator_fk foreign key (indicator_id) references vss_indicator (id),
    constraint vss_measurement_period_ck check ((period_kind = 'Y' and period_number = 0)
        or (period_kind = 'Q' and period_number between 1 and 4)
        or (period_kind = 'M' and period_number between 1 and 12))
);

-- One note per contract, year and subject: note_key is '*' for the general note, else the
-- commitment's id (commitment ids never hold '*').
create table vss_diagnostic_note (
    contract_id uuid           not null,
    note_year   integer        not null,
    note_key    varchar(20)    not null,
    body        varchar(10000) not null,
    provenance  varchar(20)    not null,
    constraint vss_diagnostic_note_pk primary key (contract_id, note_year, note_key),
    constraint vss_diagnostic_note_contract_fk foreign key (contract_id) references vss_contract (id)
);
