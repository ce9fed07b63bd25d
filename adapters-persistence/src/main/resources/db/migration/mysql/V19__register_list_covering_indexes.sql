-- Indexes from which the risk register's lists are read (issue #11, point 8): ../sqlite/V19__register_list_covering_indexes.sql
-- says why each holds what it holds. Titles sort by the table's collation, utf8mb4_unicode_ci, which ignores case.
-- One ALTER TABLE: fk_risks_org_unit_id needs an index leading with org_unit_id at every moment.
ALTER TABLE risks
    DROP KEY idx_risks_title,
    ADD KEY idx_risks_title (title, id, is_active, org_unit_id),
    DROP KEY idx_risks_org_unit_created,
    ADD KEY idx_risks_org_unit_created (org_unit_id, created_at, id, is_active, status, next_review_date, title),
    DROP KEY idx_risks_next_review_date,
    ADD KEY idx_risks_next_review_date (next_review_date, id, status, is_active, org_unit_id),
    ADD KEY idx_risks_status_inherent_score (status, inherent_risk_score, id, is_active, org_unit_id),
    ADD KEY idx_risks_status_residual_score (status, residual_risk_score, id, is_active, org_unit_id),
    ADD KEY idx_risks_inherent_cells (risk_matrix_id, inherent_likelihood, inherent_impact, status, is_active, org_unit_id),
    ADD KEY idx_risks_residual_cells (risk_matrix_id, residual_likelihood, residual_impact, status, is_active, org_unit_id);
