-- Why a mail failed, as a kind an administrator can read in their language (MailFailure);
-- last_error keeps the mail server's own technical text beside it.
alter table mail_outbox add column last_failure text
    check (last_failure in ('CONNECTION', 'AUTHENTICATION', 'RECIPIENT', 'MESSAGE', 'OTHER'));
update mail_outbox set last_failure = 'OTHER' where last_error is not null;
