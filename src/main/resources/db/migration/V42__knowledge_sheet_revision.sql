-- The revision of a published (or expired) sheet: a new text written and signed off while the version in use stays
-- what operators read, until the revision is published as the next version. At most one revision per sheet, kept in
-- the sheet's row; the text is the authors' draft as JSON (new FAQ get their ids at publication).
alter table knowledge_sheet add column revision_stage varchar(16);
alter table knowledge_sheet add column revision_draft varchar(1000000);
alter table knowledge_sheet add column revision_started_by varchar(100);
alter table knowledge_sheet add column revision_started_at timestamp with time zone;
alter table knowledge_sheet add column revision_urp_signed_by varchar(100);
alter table knowledge_sheet add column revision_urp_signed_at timestamp with time zone;
alter table knowledge_sheet add column revision_head_signed_by varchar(100);
alter table knowledge_sheet add column revision_head_signed_at timestamp with time zone;
alter table knowledge_sheet add column revision_substantial_by varchar(100);
alter table knowledge_sheet add column revision_substantial_at timestamp with time zone;

-- Whether a published version was a substantial change: the notice and the training are repeated only for those
-- (a sheet's first version always is).
alter table knowledge_sheet_version add column substantial boolean default true not null;
