-- Accounts and their grants, notifications, and each territory's branding.

create table vss_account (
    id            uuid         not null,
    version       bigint       not null,
    login         varchar(100) not null,
    display_name  varchar(120) not null,
    email         varchar(254),
    language      varchar(2)   not null,
    enabled       boolean      not null,
    password_hash varchar(200),
    constraint vss_account_pk primary key (id),
    constraint vss_account_login_uq unique (login),
    constraint vss_account_language_ck check (language in ('FR', 'EN'))
);

create table vss_account_grant (
    account_id   uuid        not null,
    role         varchar(30) not null,
    territory_id uuid,
    partner_id   uuid,
    constraint vss_account_grant_account_fk foreign key (account_id) references vss_account (id),
    constraint vss_account_grant_territory_fk foreign key (territory_id) references vss_territory (id),
    constraint vss_account_grant_role_ck check (role in ('PLATFORM_ADMINISTRATOR', 'COORDINATOR', 'PARTNER', 'OBSERVER'))
);

create index vss_account_grant_account_ix on vss_account_grant (account_id);
create index vss_account_grant_territory_ix on vss_account_grant (territory_id);

-- A notification is a code and its arguments (separated by U+001F), shown in the reader's language.
create table vss_notification (
    id           uuid                     not null,
    recipient_id uuid                     not null,
    at           timestamp with time zone not null,
    code         varchar(100)             not null,
    arguments    varchar(4000)            not null,
    read_at      timestamp with time zone,
    constraint vss_notification_pk primary key (id),
    constraint vss_notification_recipient_fk foreign key (recipient_id) references vss_account (id)
);

create index vss_notification_recipient_at_ix on vss_notification (recipient_id, at);

-- The logo is stored as Base64 text: one portable type on H2 and PostgreSQL.
create table vss_branding (
    territory_id     uuid        not null,
    version          bigint      not null,
    application_name varchar(80),
    colour           varchar(7),
    logo_type        varchar(20),
    logo             text,
    constraint vss_branding_pk primary key (territory_id),
    constraint vss_branding_territory_fk foreign key (territory_id) references vss_territory (id)
);
