-- Idempotency keys are forgotten after a day (IdempotencyKeyPurge): the purge finds them by age.
create index ticket_idempotency_created_at on ticket_idempotency (created_at);
