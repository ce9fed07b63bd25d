-- Assessments (issue #13, point 6). ../sqlite/V23__assessments.sql is the same for SQLite (where both tables are
-- rebuilt) and says why each part is there. CAST(... AS BINARY) makes the enumerations case-sensitive under the
-- tables' case-insensitive collation, as the seed's own enumeration CHECKs do.
ALTER TABLE assessments
    ADD COLUMN baseline_id INT,
    ADD KEY idx_assessments_baseline_id (baseline_id),
    ADD CONSTRAINT fk_assessments_baseline_id FOREIGN KEY (baseline_id) REFERENCES framework_baselines (id)
        ON DELETE SET NULL,
    ADD CONSTRAINT chk_assessment_status_valid CHECK (CAST(status AS BINARY) IN (
        'planning', 'in_progress', 'under_review', 'completed', 'cancelled')),
    ADD CONSTRAINT chk_assessment_risk_rating_valid CHECK (CAST(risk_rating AS BINARY) IN (
        'low', 'medium', 'high', 'critical')),
    ADD CONSTRAINT chk_assessment_score_range CHECK (overall_score BETWEEN 0 AND 100);

ALTER TABLE assessment_controls
    ADD UNIQUE KEY uq_assessment_controls_control (assessment_id, control_id),
    ADD CONSTRAINT chk_implementation_status_valid CHECK (CAST(implementation_status AS BINARY) IN (
        'not_assessed', 'not_implemented', 'partially_implemented', 'implemented', 'not_applicable')),
    ADD CONSTRAINT chk_effectiveness_rating_valid CHECK (CAST(effectiveness_rating AS BINARY) IN (
        'effective', 'partially_effective', 'ineffective')),
    ADD CONSTRAINT chk_maturity_level_range CHECK (maturity_level BETWEEN 1 AND 5);
