package io.aegis.adapters.web.risk;

import io.aegis.adapters.web.page.Chrome;
import io.aegis.adapters.web.page.FormErrors;
import io.aegis.adapters.web.page.Words;
import io.aegis.application.audit.port.in.AuditLogView;
import io.aegis.application.risk.port.in.RiskScoreView;
import io.aegis.application.risk.port.in.RiskView;
import io.aegis.domain.risk.RiskLifecycle;
import io.aegis.domain.risk.RiskStatus;
import io.aegis.domain.shared.Rfc3339;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A risk's page (risk/risk.jte): what it is, its two ratings, the moves its lifecycle allows now, the controls that
 * treat it, and its ratings over time as a chart and a table.
 *
 * @param moves      the statuses a button can move the risk to; acceptance is asked for, not moved to
 * @param scoreFirst the risk is unscored: it must be rated before it can move on
 */
public record RiskPage(Chrome chrome, RiskView risk, String category, String status, String level,
                       String levelLabel, Rating inherent, Rating residual, List<Move> moves, boolean scoreFirst,
                       List<Scoring> history, Optional<ScoreChart> chart, Optional<List<AuditLine>> audit,
                       TreatingControlsSection treating, FormErrors errors) {

    /** One entry of the risk's audit trail: when, what, by whom (user id), with what outcome. */
    public record AuditLine(String at, String action, String user, String outcome) {

        static AuditLine of(AuditLogView entry) {
            return new AuditLine(Rfc3339.format(entry.createdAt()), entry.action(),
                    entry.userId() == null ? "Aegis" : "user " + entry.userId(), entry.outcome());
        }
    }

    public record Rating(String likelihood, String impact, String score, String level, String levelLabel) {

        static Rating of(Integer likelihood, Integer impact, Double score, String level) {
            return new Rating(likelihood == null ? "" : likelihood.toString(), impact == null ? "" : impact.toString(),
                    Scores.format(score), level == null ? "" : level, level == null ? "Not rated" : Words.label(level));
        }
    }

    public record Move(String status, String label) {
    }

    /** One past rating, as the history table lists it. */
    public record Scoring(String scoredAt, String type, int likelihood, int impact, String score, String level,
                          String levelLabel) {
    }

    /**
     * The ratings' scores over time as two SVG polylines in a 600 by 200 box, oldest on the left; the table of the same
     * ratings is the chart's text alternative.
     */
    public record ScoreChart(String inherentPoints, String residualPoints, String highest) {

        private static final int WIDTH = 600;
        private static final int HEIGHT = 200;

        static Optional<ScoreChart> of(List<RiskScoreView> newestFirst) {
            if (newestFirst.size() < 2) {
                return Optional.empty();
            }
            List<RiskScoreView> oldestFirst = new ArrayList<>(newestFirst);
            Collections.reverse(oldestFirst);
            double highest = oldestFirst.stream().mapToDouble(RiskScoreView::totalScore).max().orElse(1);
            double step = (double) WIDTH / (oldestFirst.size() - 1);
            return Optional.of(new ScoreChart(points(oldestFirst, "inherent", step, highest),
                    points(oldestFirst, "residual", step, highest), Scores.format(highest)));
        }

        private static String points(List<RiskScoreView> oldestFirst, String type, double step, double highest) {
            List<String> points = new ArrayList<>();
            for (int i = 0; i < oldestFirst.size(); i++) {
                RiskScoreView scoring = oldestFirst.get(i);
                if (scoring.scoreType().equals(type)) {
                    points.add(String.format(Locale.ROOT, "%.1f,%.1f", i * step,
                            HEIGHT - scoring.totalScore() / highest * HEIGHT));
                }
            }
            return String.join(" ", points);
        }
    }

    /** @param audit the risk's audit entries, newest first; empty when the viewer may not read the trail */
    static RiskPage of(Chrome chrome, RiskView risk, List<RiskScoreView> history, Optional<List<AuditLogView>> audit,
                       TreatingControlsSection treating, FormErrors errors) {
        RiskStatus status = RiskStatus.parse("status", risk.status());
        boolean scoreFirst = !risk.scored();
        List<Move> moves = RiskLifecycle.manualMovesFrom(status, risk.scored()).stream()
                .sorted()
                .map(to -> new Move(to.key(), (to == RiskStatus.ASSESSED && status != RiskStatus.IDENTIFIED
                        ? "Reopen as " : "Move to ") + Words.label(to.key()).toLowerCase(Locale.ROOT)))
                .collect(Collectors.toList());
        String level = risk.riskLevel() == null ? "" : risk.riskLevel();
        return new RiskPage(chrome, risk, Words.label(risk.category()), Words.label(status.key()), level,
                level.isEmpty() ? "Not rated" : Words.label(level),
                Rating.of(risk.inherentLikelihood(), risk.inherentImpact(), risk.inherentRiskScore(),
                        risk.inherentRiskLevel()),
                Rating.of(risk.residualLikelihood(), risk.residualImpact(), risk.residualRiskScore(),
                        risk.residualRiskLevel()),
                moves, scoreFirst, history.stream().map(scoring -> new Scoring(
                        Rfc3339.format(scoring.scoredAt()), Words.label(scoring.scoreType()),
                        scoring.likelihoodScore(), scoring.impactScore(), Scores.format(scoring.totalScore()),
                        scoring.riskLevel(), Words.label(scoring.riskLevel()))).toList(),
                ScoreChart.of(history), audit.map(entries -> entries.stream().map(AuditLine::of).toList()), treating,
                errors);
    }
}
