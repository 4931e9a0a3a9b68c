-- The level (back office or department) that found an answer the back office relayed to first level (S-TT9):
-- when first level gives it to the citizen and closes, the ticket is resolved at that level, not at first level.
alter table ticket add column answered_at_level varchar(32);
