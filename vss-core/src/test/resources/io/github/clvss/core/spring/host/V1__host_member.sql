-- an application's own table, migrated by the application's Flyway beside vss's
create table host_member (
    id integer primary key,
    name varchar(100) not null
);
