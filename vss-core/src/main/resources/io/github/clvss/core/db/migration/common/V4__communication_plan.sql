-- The communication plan of each contract: campaigns, and actions within them.

create table vss_campaign (
    id               uuid         not null,
    version          bigint       not null,
    territory_id     uuid         not null,
    contract_id      uuid         not null,
    part_of          uuid,
    title            varchar(200) not null,
    audiences        varchar(200) not null,
    channels         varchar(200) not null,
    start_date       date         not null,
    end_date         date,
    owner_partner_id uuid,
    status           varchar(20)  not null,
    people_reached   bigint,
    provenance       varchar(20)  not null,
    constraint vss_campaign_pk primary key (id),
    constraint vss_campaign_contract_fk foreign key (contract_id) references vss_contract (id),
    constraint vss_campaign_part_of_fk foreign key (part_of) references vss_campaign (id),
    constraint vss_campaign_owner_fk foreign key (owner_partner_id) references vss_partner (id)
);

create index vss_campaign_contract_start_ix on vss_campaign (contract_id, start_date);
