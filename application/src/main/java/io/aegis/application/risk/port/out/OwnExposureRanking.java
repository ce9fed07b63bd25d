package io.aegis.application.risk.port.out;

import io.aegis.domain.asset.AssetId;
import java.util.List;

/**
 * Where a search for the most exposed assets starts: the assets whose own open risks are the worst, from one
 * aggregate query over the risks.
 * <p>
 * It reads every unit's risks on purpose, and so takes no {@code Scope}: a risk the reader may not see still weighs
 * in a roll-up, exactly as {@link RiskExposureReadModel#openRisksOn} reads it. It answers asset ids only; the caller
 * names none of them before checking that its reader reads the asset.
 */
public interface OwnExposureRanking {

    /**
     * The assets carrying active, not closed, rated risks, worst first: by the highest level among their own risks,
     * then by the highest score at that level, then those with more risks of that level, then by id. At most
     * {@code limit}.
     */
    List<AssetId> worstFirst(int limit);
}
