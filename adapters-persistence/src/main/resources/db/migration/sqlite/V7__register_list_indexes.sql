-- Indexes for the risk register's everyday lists, measured in BENCHMARKS.md (100 000 risks). Every list leaves
-- out deleted risks (is_active), so each index leads with it:
-- - the default order, newest first, and the count of active risks (the index covers it);
-- - "overdue for review" (next_review_date before now), sorted by that date.
CREATE INDEX idx_risks_active_created_at ON risks (is_active, created_at);
CREATE INDEX idx_risks_active_next_review_date ON risks (is_active, next_review_date);
