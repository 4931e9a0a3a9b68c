-- A staff user's phone extension and e-mail address, kept in their profile: the extension is how a telephony
-- event (the CTI "user" or "answeringNumber") finds the operator whose screen shows the caller.
alter table staff_user add column phone_extension varchar(16);
alter table staff_user add column email varchar(254);
-- Unique when set (several users without an extension are fine: NULLs are distinct on PostgreSQL and H2).
create unique index staff_user_phone_extension_uk on staff_user (phone_extension);
