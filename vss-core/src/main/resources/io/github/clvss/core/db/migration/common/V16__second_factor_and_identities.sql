-- Second factor (TOTP, RFC 6238) of an account: its shared secret in Base32, whether sign-in asks
-- for it (false while being enrolled), and the last 30-second step whose code was accepted, so a
-- code is never accepted twice. Never logged, never journaled.
create table vss_second_factor (
    account_id uuid                     not null,
    secret     varchar(64)              not null,
    active     boolean                  not null,
    last_step  bigint                   not null,
    started_at timestamp with time zone not null,
    constraint vss_second_factor_pk primary key (account_id),
    constraint vss_second_factor_account_fk foreign key (account_id) references vss_account (id),
    constraint vss_second_factor_step_ck check (last_step >= 0)
);

-- One-time recovery codes of a second factor, kept only as SHA-256 digests (hex).
create table vss_recovery_code (
    account_id uuid        not null,
    code_hash  varchar(64) not null,
    constraint vss_recovery_code_pk primary key (account_id, code_hash),
    constraint vss_recovery_code_account_fk foreign key (account_id) references vss_account (id)
);

-- OpenID Connect identities (issuer and subject) that open an account.
create table vss_account_identity (
    issuer     varchar(500)             not null,
    subject    varchar(255)             not null,
    account_id uuid                     not null,
    linked_at  timestamp with time zone not null,
    constraint vss_account_identity_pk primary key (issuer, subject),
    constraint vss_account_identity_account_fk foreign key (account_id) references vss_account (id)
);

create index vss_account_identity_account_ix on vss_account_identity (account_id);
