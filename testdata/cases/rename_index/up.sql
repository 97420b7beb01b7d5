ALTER INDEX public.users_email RENAME TO users_email_key;
ALTER INDEX public.emails_idx RENAME TO emails_email_idx;
