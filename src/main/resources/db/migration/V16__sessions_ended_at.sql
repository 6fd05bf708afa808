-- Sessions of a user opened up to this instant are refused: set when the user is disabled or
-- given a new password, so that no open session (browser cookie) outlives the change, even if
-- the user is enabled again later.
alter table app_user add column sessions_ended_at timestamp with time zone;
