-- The owner's side of a repair on the portal: the price quoted with a plan for paid work (in fen), when the
-- owner accepted the plan now in force (方案确认; null while unanswered, cleared by a new plan), and the
-- owner's rating of the finished work, 1 to 5, given with their confirmation (业主确认).
alter table request
    add column plan_quoted_fen bigint check (plan_quoted_fen >= 0),
    add column plan_confirmed_at timestamptz,
    add column owner_rating integer check (owner_rating between 1 and 5);
