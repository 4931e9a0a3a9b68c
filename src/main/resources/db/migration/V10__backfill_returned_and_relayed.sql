-- Tickets already handed back to the back office before V8's release kept the returning department's code, and so
-- stayed in that department's scope: they are the back office's now.
update ticket set department_code = null where state = 'ESCALATED' and department_code is not null;

-- Answers already relayed to first level before V8 have no answering level: the level that held the ticket when
-- the back office relayed the answer (back office for ESCALATED, else the department).
update ticket set answered_at_level = (
    select case h.from_state when 'ESCALATED' then 'BACK_OFFICE' else 'DEPARTMENT' end
    from ticket_history h
    where h.ticket_id = ticket.id and h.action = 'ANSWER_RELAYED'
    order by h.occurred_at desc, h.id desc
    limit 1)
where state = 'ANSWER_RELAYED' and answered_at_level is null;
