-- The clarification question first level asked and nobody has answered yet. It stays with the ticket when it is
-- escalated meanwhile, so that whoever holds it next sees the question (the back-office queue shows it).
alter table ticket add column open_question varchar(4000);

update ticket t
set open_question = (select h.note
                     from ticket_history h
                     where h.ticket_id = t.id and h.action = 'CLARIFICATION_REQUESTED'
                     order by h.occurred_at desc, h.id desc
                     limit 1)
where t.clarification_pending;
