-- Sign-in throttling: refused sign-ins counted per login typed and per source address, so that
-- several application instances sharing one database share the counts. A key is a SHA-256
-- digest ("login:<hex>", "address:<hex>"), never the login or the address as typed; a row is
-- forgotten after a success (login) or once its failures are old enough.
create table vss_sign_in_counter (
    counter_key  varchar(80)              not null,
    failures     integer                  not null,
    last_failure timestamp with time zone not null,
    locked_until timestamp with time zone,
    constraint vss_sign_in_counter_pk primary key (counter_key),
    constraint vss_sign_in_counter_failures_ck check (failures > 0)
);

create index vss_sign_in_counter_last_ix on vss_sign_in_counter (last_failure);
