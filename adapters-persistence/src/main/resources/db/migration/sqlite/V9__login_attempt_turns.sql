-- Password checks take turns (docs/ARCHITECTURE.md section 10, "Credentials"): before a password is compared,
-- its attempt is judged against the throttle and recorded in login_failures in one short transaction, which
-- first adds one to the row of the attempted username and to the row of the client address. SQLite's
-- IMMEDIATE transactions already judge one attempt at a time; the rows are kept so that both databases run the
-- same statements. ../mysql/V9__login_attempt_turns.sql is the same for MySQL / MariaDB and says what the rows
-- do there.
CREATE TABLE login_attempt_turns (
    subject  VARCHAR(160) NOT NULL PRIMARY KEY,
    attempts BIGINT NOT NULL
);
