-- Idempotent creates (API.md: "POST that creates accepts an Idempotency-Key header"). One row per
-- (principal, key): in progress while status is null, then the first successful response, which
-- a repeat of the same request gets back instead of running again. Rows older than a day expire.
create table idempotent_request (
    principal      varchar(128)  not null,
    idem_key       varchar(200)  not null,
    attempt        varchar(36)   not null,
    method         varchar(10)   not null,
    path           varchar(1000) not null,
    request_hash   varchar(64)   not null,
    status         integer,
    content_type   varchar(200),
    location       varchar(1000),
    response_body  bytea,
    created_at     timestamp with time zone not null,
    completed_at   timestamp with time zone,
    constraint pk_idempotent_request primary key (principal, idem_key)
);
create index ix_idempotent_request_created on idempotent_request (created_at);
