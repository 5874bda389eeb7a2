-- People who sign in. Passwords are bcrypt hashes; roles a comma-separated list of checker, editor, admin.
create sequence app_user_seq start with 1 increment by 50;

create table app_user (
    id            bigint       primary key,
    username      varchar(64)  not null unique,
    display_name  varchar(120) not null,
    password_hash varchar(100) not null,
    roles         varchar(100) not null,
    created_at    timestamp(6) with time zone not null,
    version       bigint       not null
);
