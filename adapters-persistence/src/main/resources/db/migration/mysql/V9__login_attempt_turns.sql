-- Password checks take turns (docs/ARCHITECTURE.md section 10, "Credentials"): before a password is compared,
-- its attempt is judged against the throttle and recorded in login_failures in one short transaction, which
-- first adds one to the row of the attempted username and to the row of the client address. The increment
-- locks both rows until commit, so parallel attempts of the same username or address are judged one after the
-- other, and it is a write, so that on a Galera cluster two nodes judging the same username at once conflict
-- at commit (where Aegis runs the loser again) instead of both finding room in the budget.
-- ../sqlite/V9__login_attempt_turns.sql is the same for SQLite.
CREATE TABLE login_attempt_turns (
    subject  VARCHAR(160) NOT NULL PRIMARY KEY,
    attempts BIGINT NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
