-- Changes that could take administration away from the last active administrator take turns by adding one to
-- this row before they count the permission's holders (docs/ARCHITECTURE.md section 10, "The last
-- administrator"). On one server the row's lock orders them; on a Galera cluster, which shares no locks between
-- nodes, two such changes made through two nodes both write it, so the one certified second runs again and counts
-- what the first left: two administrators deactivating each other at the same moment can no longer leave none.
-- ../sqlite/V16__permission_holder_turns.sql is the same for SQLite.
CREATE TABLE permission_holder_turns (
    id    INT NOT NULL PRIMARY KEY,
    turns BIGINT NOT NULL DEFAULT 0
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
INSERT INTO permission_holder_turns (id, turns) VALUES (1, 0);
