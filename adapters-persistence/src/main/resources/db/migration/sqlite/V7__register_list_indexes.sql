-- Indexes for the risk register's everyday lists, measured in docs/BENCHMARKS.md (100 000 risks):
-- - the default order, newest first: read in index order, the first page stops after 50 rows;
-- - "overdue for review" (next_review_date before now), sorted by that date.
-- Single columns on purpose: an index that leads with is_active (true for nearly every row) looks selective to
-- SQLite's planner, which has no statistics, and it then prefers it to the status, asset or level indexes.
CREATE INDEX idx_risks_created_at ON risks (created_at);
CREATE INDEX idx_risks_next_review_date ON risks (next_review_date);
