-- Changes that could take administration away from the last active administrator take turns by adding one to
-- this row before they count the permission's holders (on MySQL / MariaDB, Galera included; see
-- ../mysql/V16__permission_holder_turns.sql). SQLite's IMMEDIATE transactions already run one writer at a time;
-- the row keeps the schemas alike.
CREATE TABLE permission_holder_turns (
    id    INTEGER NOT NULL PRIMARY KEY,
    turns BIGINT NOT NULL DEFAULT 0
);
INSERT INTO permission_holder_turns (id, turns) VALUES (1, 0);
