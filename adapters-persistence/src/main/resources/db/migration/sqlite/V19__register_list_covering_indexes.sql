-- Indexes from which the risk register's lists are read (issue #11, point 8; docs/BENCHMARKS.md, 100 000 risks).
-- ../mysql/V19__register_list_covering_indexes.sql has the same indexes for MySQL / MariaDB.
--
-- Every list asks for its page's ids in the list's order, then for the rows of those ids, and counts its matches.
-- Each index below therefore holds, after the columns it is searched and ordered by, the row's id (the ties'
-- order: the index is already in the list's order, and a page stops after its rows) and the columns every list
-- filters by, is_active and org_unit_id (the reader's scope): ids and counts are read from the index alone, never
-- from the table's wide rows. is_active never leads an index: true for nearly every row, it would look selective
-- to a planner without statistics (V7).
--
-- Titles sort ignoring case: SQLite compares them COLLATE NOCASE, so the index is declared with that collation
-- (the same order as lower(title): both fold ASCII letters only); MySQL's utf8mb4_unicode_ci already ignores case.
DROP INDEX idx_risks_title;
CREATE INDEX idx_risks_title ON risks (title COLLATE NOCASE, id, is_active, org_unit_id);
-- the lists of one unit: newest first, and the counts of its overdue risks and of its titles containing a word
DROP INDEX idx_risks_org_unit_created;
CREATE INDEX idx_risks_org_unit_created ON risks (org_unit_id, created_at, id, is_active, status, next_review_date, title);
-- overdue for review: the date range, then status <> 'closed'
DROP INDEX idx_risks_next_review_date;
CREATE INDEX idx_risks_next_review_date ON risks (next_review_date, id, status, is_active, org_unit_id);
-- risks of a status by score, and the count of a status
CREATE INDEX idx_risks_status_inherent_score ON risks (status, inherent_risk_score, id, is_active, org_unit_id);
CREATE INDEX idx_risks_status_residual_score ON risks (status, residual_risk_score, id, is_active, org_unit_id);
-- the heat map: one aggregate over the open risks of one matrix, grouped by the cell
CREATE INDEX idx_risks_inherent_cells ON risks (risk_matrix_id, inherent_likelihood, inherent_impact, status, is_active, org_unit_id);
CREATE INDEX idx_risks_residual_cells ON risks (risk_matrix_id, residual_likelihood, residual_impact, status, is_active, org_unit_id);
