-- Risk matrices may be up to 6 x 6 (io.aegis.domain.risk.MatrixAxis.MAX_LEVELS): the seed's range CHECKs on
-- risks allowed 1..5 only. They keep their names and allow 1..6; the residual likelihood and impact get the
-- same range. ../sqlite/V5__risk_matrix_sizes.sql is the same for SQLite, where the table is rebuilt.
-- MySQL commits each ALTER on its own, so the one that can fail (old rows outside 1..6) comes first: the
-- replacements after it cannot fail, as every value that passed 1..5 passes 1..6.
ALTER TABLE risks
    ADD CONSTRAINT chk_residual_likelihood_range CHECK (residual_likelihood BETWEEN 1 AND 6),
    ADD CONSTRAINT chk_residual_impact_range CHECK (residual_impact BETWEEN 1 AND 6);
ALTER TABLE risks DROP CONSTRAINT chk_likelihood_range;
ALTER TABLE risks DROP CONSTRAINT chk_impact_range;
ALTER TABLE risks
    ADD CONSTRAINT chk_likelihood_range CHECK (inherent_likelihood BETWEEN 1 AND 6),
    ADD CONSTRAINT chk_impact_range CHECK (inherent_impact BETWEEN 1 AND 6);
