-- What a deliberation's vote may also say (issue 16): the counts the act does not state (a
-- comma-separated list of VoteTally.Count names; null: every count stated), whose unanimity it
-- states, how the president voted (to check a casting vote, CGCT L2121-20) and, for a
-- nomination (CGCT L2121-21), the round, whether the council decided unanimously to vote openly,
-- the best other candidate's votes and whether the person was elected as the oldest.

alter table vss_deliberation add column vote_unknown varchar(100);
alter table vss_deliberation add column unanimity_of varchar(30);
alter table vss_deliberation add column president_vote varchar(10);
alter table vss_deliberation add column nomination_round integer;
alter table vss_deliberation add column nomination_open_ballot boolean;
alter table vss_deliberation add column nomination_runner_up integer;
alter table vss_deliberation add column nomination_oldest boolean;

-- Whether the sitting was held remotely (allowed to communes only under the health-emergency
-- derogations; null: in the room).
alter table vss_deliberation add column session_remote boolean;
