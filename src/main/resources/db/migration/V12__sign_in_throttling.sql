-- Failed sign-ins counted per account and client address, so that a lock applies to that
-- address only, and the addresses an account has signed in from: the account-wide lock
-- (app_user.locked_until) applies only to addresses the user never signed in from, so nobody
-- can lock the owner out of the addresses they use.
create table sign_in_source (
    app_user       bigint      not null references app_user (id),
    remote_address varchar(64) not null,
    failures       integer     not null,
    lock_count     integer     not null,
    locked_until   timestamp with time zone,
    signed_in_at   timestamp with time zone,
    updated_at     timestamp with time zone not null,
    primary key (app_user, remote_address)
);

-- Failed sign-ins per client address across all accounts within a window (password spraying).
create table sign_in_address (
    remote_address    varchar(64) primary key,
    window_started_at timestamp with time zone not null,
    failures          integer     not null
);

-- How many times in a row the account-wide lock was imposed: each lock lasts twice the one before.
alter table app_user add column lock_count integer not null default 0;
