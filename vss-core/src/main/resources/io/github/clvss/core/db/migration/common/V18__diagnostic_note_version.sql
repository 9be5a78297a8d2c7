-- A diagnostic note is written against the version its writer saw (optimistic locking, as every
-- other edited record): a second save over a note changed meanwhile is a conflict, not a silent
-- overwrite. Existing notes start at version 1.
alter table vss_diagnostic_note add column version bigint default 1 not null;
