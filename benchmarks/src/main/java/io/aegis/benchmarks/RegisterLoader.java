package io.aegis.benchmarks;

import static io.aegis.adapters.persistence.jooq.Tables.ASSETS;
import static io.aegis.adapters.persistence.jooq.Tables.ASSET_RELATIONSHIPS;
import static io.aegis.adapters.persistence.jooq.Tables.ORG_UNITS;
import static io.aegis.adapters.persistence.jooq.Tables.RISKS;

import io.aegis.adapters.persistence.jooq.tables.records.AssetRelationshipsRecord;
import io.aegis.adapters.persistence.jooq.tables.records.AssetsRecord;
import io.aegis.adapters.persistence.jooq.tables.records.OrgUnitsRecord;
import io.aegis.adapters.persistence.jooq.tables.records.RisksRecord;
import io.aegis.domain.asset.AssetType;
import io.aegis.domain.asset.Criticality;
import io.aegis.domain.risk.RiskLevel;
import io.aegis.domain.risk.RiskMatrix;
import io.aegis.domain.risk.RiskReviewPolicy;
import io.aegis.domain.risk.RiskScore;
import io.aegis.domain.risk.RiskStatus;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.IntFunction;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.TableRecord;

/**
 * Fills an empty, migrated database with a register of the size the benchmark needs: assets and risks spread
 * over every type, criticality, category, status and level, three years of identification dates, review dates
 * around today, every risk scored on the seeded standard matrix exactly as the domain scores it, assets and risks
 * spread evenly over organisational units under the root (a group's business units, a provider's clients).
 * The rows go in
 * straight through jOOQ, in multi-row inserts, because creating 100 000 risks through the API would measure the
 * audit trail rather than the lists. The same seed always gives the same register.
 */
final class RegisterLoader {

    private static final int BATCH = 500;
    private static final String[] CATEGORIES = {"operational", "technical", "strategic", "compliance", "financial",
            "reputational"};
    private static final String[] THREATS = {"ransomware", "phishing", "insider misuse", "supplier outage",
            "credential stuffing", "misconfiguration", "data leakage", "denial of service", "regulatory change",
            "unpatched software"};
    private static final String[] SYSTEMS = {"payments", "crm", "hr portal", "data warehouse", "mail", "vpn",
            "erp", "billing", "website", "build pipeline"};
    private static final int MATRIX_ID = 1;

    private final DSLContext dsl;
    private final SplittableRandom random;
    private final Instant now;
    private final RiskMatrix matrix = RiskMatrix.standard5x5(Instant.EPOCH);
    private final RiskReviewPolicy reviews = RiskReviewPolicy.defaults();

    RegisterLoader(DSLContext dsl, long seed, Instant now) {
        this.dsl = dsl;
        this.random = new SplittableRandom(seed);
        this.now = now.truncatedTo(ChronoUnit.MILLIS);
    }

    /**
     * @param units   how many units under the root hold the rows, the i-th row going to unit {@code i mod units}
     * @param ownerId an existing user who owns and created every row
     * @return the ids of the units, in the order rows were dealt to them
     */
    List<Integer> load(int assets, int risks, int units, int ownerId) {
        insertAll(ORG_UNITS, units, RegisterLoader::unit);
        List<Integer> unitIds = dsl.select(ORG_UNITS.ID).from(ORG_UNITS).where(ORG_UNITS.PARENT_ID.isNotNull())
                .orderBy(ORG_UNITS.ID).fetch(ORG_UNITS.ID);
        insertAll(ASSETS, assets, i -> asset(i, ownerId).setOrgUnitId(unitIds.get(i % units)));
        List<Integer> assetIds = dsl.select(ASSETS.ID).from(ASSETS).orderBy(ASSETS.ID).fetch(ASSETS.ID);
        insertAll(ASSET_RELATIONSHIPS, assets - 1, i -> dependency(assetIds, i + 1, ownerId));
        insertAll(RISKS, risks, i -> risk(i, ownerId, assetIds.get(random.nextInt(assetIds.size())))
                .setOrgUnitId(unitIds.get(i % units)));
        return unitIds;
    }

    private static OrgUnitsRecord unit(int i) {
        return ORG_UNITS.newRecord().setName("Unit " + i).setNameKey("unit " + i).setParentId(1).setIsActive(true);
    }

    private AssetsRecord asset(int i, int ownerId) {
        AssetType type = pick(AssetType.values());
        Instant created = now.minus(Duration.ofMinutes(random.nextLong(3L * 365 * 24 * 60)));
        return ASSETS.newRecord()
                .setName(type.key() + "-" + pick(SYSTEMS).replace(' ', '-') + "-" + i)
                .setAssetType(type.key())
                .setCriticality(pick(Criticality.values()).key())
                .setOwnerId(ownerId)
                .setIpAddress("10." + (i >> 16 & 255) + "." + (i >> 8 & 255) + "." + (i & 255))
                .setHostname("host-" + i + ".corp.example")
                .setEnvironment(random.nextBoolean() ? "production" : "staging")
                .setStatus("active")
                .setIsActive(random.nextInt(20) != 0)
                .setCreatedAt(created)
                .setUpdatedAt(created)
                .setCreatedBy(ownerId);
    }

    /**
     * Asset {@code i} depends on asset {@code ceil(i / 4)}, critically three times in four: a tree about seven
     * levels deep over 10 000 assets, so that a roll-up from a leaf walks a realistic chain of providers.
     */
    private AssetRelationshipsRecord dependency(List<Integer> assetIds, int i, int ownerId) {
        return ASSET_RELATIONSHIPS.newRecord()
                .setSourceAssetId(assetIds.get(i - 1))
                .setTargetAssetId(assetIds.get((i + 3) / 4 - 1))
                .setRelationshipType("depends_on")
                .setIsCriticalDependency(random.nextInt(4) != 0)
                .setCreatedAt(now)
                .setCreatedBy(ownerId);
    }

    private RisksRecord risk(int i, int ownerId, int assetId) {
        int likelihood = 1 + random.nextInt(5);
        int impact = 1 + random.nextInt(5);
        int residualLikelihood = 1 + random.nextInt(likelihood);
        int residualImpact = 1 + random.nextInt(impact);
        RiskScore inherent = matrix.score(matrix.likelihood(likelihood), matrix.impact(impact));
        RiskScore residual = matrix.score(matrix.likelihood(residualLikelihood), matrix.impact(residualImpact));
        RiskStatus status = pick(RiskStatus.values());
        Instant identified = now.minus(Duration.ofMinutes(random.nextLong(3L * 365 * 24 * 60)));
        long daysSinceIdentified = Duration.between(identified, now).toDays();
        Instant lastReview = identified.plus(Duration.ofDays(random.nextLong(daysSinceIdentified + 1)));
        RiskLevel level = residual.level();
        return RISKS.newRecord()
                .setTitle(pick(THREATS) + " against " + pick(SYSTEMS) + " #" + i)
                .setCategory(pick(CATEGORIES))
                .setAssetId(assetId)
                .setRiskMatrixId(MATRIX_ID)
                .setInherentLikelihood(likelihood)
                .setInherentImpact(impact)
                .setInherentRiskScore(inherent.value())
                .setResidualLikelihood(residualLikelihood)
                .setResidualImpact(residualImpact)
                .setResidualRiskScore(residual.value())
                .setRiskLevel(level.key())
                .setStatus(status.key())
                .setOwnerId(ownerId)
                .setIdentifiedDate(identified)
                .setActualResolutionDate(status == RiskStatus.CLOSED ? lastReview : null)
                .setLastReviewDate(lastReview)
                .setNextReviewDate(reviews.nextReview(level, lastReview))
                .setIsActive(random.nextInt(50) != 0)
                .setCreatedAt(identified)
                .setUpdatedAt(lastReview)
                .setCreatedBy(ownerId);
    }

    /** Inserts {@code count} rows in multi-row inserts of the columns the rows set, a transaction each. */
    private <R extends TableRecord<R>> void insertAll(Table<R> table, int count, IntFunction<R> rows) {
        for (int start = 1; start <= count; start += BATCH) {
            List<R> batch = new ArrayList<>(BATCH);
            for (int i = start; i < Math.min(start + BATCH, count + 1); i++) {
                batch.add(rows.apply(i));
            }
            Field<?>[] columns = Arrays.stream(batch.get(0).fields()).filter(batch.get(0)::changed)
                    .toArray(Field<?>[]::new);
            dsl.transaction(tx -> tx.dsl().insertInto(table).columns(columns)
                    .valuesOfRecords(batch.stream().map(row -> row.into(columns)).toList())
                    .execute());
        }
    }

    private <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }
}
