package io.aegis.adapters.web.risk;

import io.aegis.adapters.web.page.FormVersions;
import io.aegis.adapters.web.page.Forms;
import io.aegis.adapters.web.page.PageLinks.Option;
import io.aegis.adapters.web.request.FieldErrors;
import io.aegis.application.risk.port.in.RiskMatrixView;
import io.aegis.domain.risk.MatrixLevel;
import io.aegis.domain.risk.MatrixScoring;
import io.aegis.domain.risk.RiskBand;
import io.aegis.domain.risk.RiskLevel;
import io.aegis.domain.risk.RiskMatrix;
import io.aegis.domain.shared.InvalidValueException;
import io.javalin.http.Context;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import java.util.stream.IntStream;

/**
 * What the matrix editor's form holds, as typed, so that a refused or resized form comes back as it was sent. Its
 * fields are named as the API names them ({@code likelihood_levels[2].name}, {@code risk_scores[1][3]},
 * {@code risk_levels[0].color}), so that every refusal finds its field. Whether the parts fit together is
 * {@link MatrixScoring}'s to say; this only reads the text.
 *
 * @param likelihoods the likelihood levels, least likely first
 * @param impacts     the impact levels, least severe first
 * @param scores      one row per likelihood, one cell per impact
 * @param bands       one row per level a band may rate, filled from the top; blank rows at the end are no band
 * @param version     the matrix's version the form was made from; empty for a new matrix
 */
public record MatrixForm(String name, String description, String unit, boolean isDefault, List<Level> likelihoods,
                         List<Level> impacts, List<List<String>> scores, List<Band> bands, String version) {

    static final String LIKELIHOOD_LEVELS = "likelihood_levels";
    static final String IMPACT_LEVELS = "impact_levels";
    static final String RISK_SCORES = "risk_scores";
    static final String RISK_LEVELS = "risk_levels";
    /** The parts the domain judges as a whole; a refusal it words with one of them first concerns that part. */
    static final List<String> PARTS = List.of(LIKELIHOOD_LEVELS, IMPACT_LEVELS, RISK_SCORES, RISK_LEVELS);
    /** The form fields that ask for a new number of levels. */
    static final String LIKELIHOOD_COUNT = "likelihood_count";
    static final String IMPACT_COUNT = "impact_count";

    public MatrixForm {
        likelihoods = List.copyOf(likelihoods);
        impacts = List.copyOf(impacts);
        scores = scores.stream().map(List::copyOf).toList();
        bands = List.copyOf(bands);
    }

    /** One level of an axis, as typed. */
    public record Level(String name, String description) {
    }

    /** One band, as typed; {@code level} is a level's key, or empty. */
    public record Band(String level, String min, String max, String color) {

        boolean blank() {
            return level.isBlank() && min.isBlank() && max.isBlank();
        }

        public List<Option> levels() {
            return Option.ofKeys(RiskLevel.values(), RiskLevel::key, level);
        }
    }

    /**
     * Where a new matrix starts: the domain's standard five by five (score = likelihood x impact) and its four bands,
     * unnamed, so that nobody faces an empty grid.
     */
    static MatrixForm standard() {
        // only the scoring is taken: the instant a matrix would be defined at does not matter here
        MatrixScoring standard = RiskMatrix.standard5x5(Instant.EPOCH).scoring();
        return new MatrixForm("", "", "", false,
                standard.likelihoodLevels().stream().map(level -> new Level(level.name(), level.description()))
                        .toList(),
                standard.impactLevels().stream().map(level -> new Level(level.name(), level.description())).toList(),
                typed(standard.scores()), padded(standard.bands().stream().map(band -> new Band(band.level().key(),
                        Scores.format(band.minScore()), Scores.format(band.maxScore()), band.color().value()))
                        .toList()), "");
    }

    static MatrixForm of(RiskMatrixView matrix) {
        return new MatrixForm(matrix.name(), matrix.description() == null ? "" : matrix.description(),
                String.valueOf(matrix.orgUnitId()), matrix.isDefault(),
                matrix.likelihoodLevels().stream().map(level -> new Level(level.name(), level.description())).toList(),
                matrix.impactLevels().stream().map(level -> new Level(level.name(), level.description())).toList(),
                typed(matrix.riskScores()), padded(matrix.riskLevels().stream().map(band -> new Band(band.level(),
                        Scores.format(band.minScore()), Scores.format(band.maxScore()), band.color())).toList()),
                FormVersions.of(matrix.version()));
    }

    /** What the form sent. */
    static MatrixForm of(Context ctx) {
        List<Level> likelihoods = sent(MatrixScoring.MAX_LEVELS, i -> level(ctx, LIKELIHOOD_LEVELS, i));
        List<Level> impacts = sent(MatrixScoring.MAX_LEVELS, i -> level(ctx, IMPACT_LEVELS, i));
        List<List<String>> scores = IntStream.range(0, likelihoods.size())
                .mapToObj(l -> IntStream.range(0, impacts.size())
                        .mapToObj(i -> Forms.text(ctx, RISK_SCORES + "[" + l + "][" + i + "]")).toList())
                .toList();
        List<Band> bands = IntStream.range(0, RiskLevel.values().length).mapToObj(k -> {
            String at = RISK_LEVELS + "[" + k + "].";
            return new Band(Forms.text(ctx, at + "level"), Forms.text(ctx, at + "min_score"),
                    Forms.text(ctx, at + "max_score"), Forms.text(ctx, at + "color"));
        }).toList();
        return new MatrixForm(Forms.text(ctx, "name"), Forms.text(ctx, "description"),
                Forms.text(ctx, "org_unit_id"), "true".equals(ctx.formParam("is_default")), likelihoods, impacts,
                scores, bands, Forms.text(ctx, "version"));
    }

    /** The same form with as many levels as its size fields ask for (3 to 6 each), keeping what was typed. */
    MatrixForm sizedAsAsked(Context ctx) {
        return resized(size(ctx, LIKELIHOOD_COUNT, likelihoods.size()), size(ctx, IMPACT_COUNT, impacts.size()));
    }

    /**
     * The same form with {@code likelihoodCount} x {@code impactCount} levels: what was typed stays where it was, new
     * levels are named by their place and new cells hold likelihood x impact.
     */
    MatrixForm resized(int likelihoodCount, int impactCount) {
        return new MatrixForm(name, description, unit, isDefault, resize(likelihoods, likelihoodCount),
                resize(impacts, impactCount), products(likelihoodCount, impactCount,
                        (l, i) -> l < scores.size() && i < scores.get(l).size() ? scores.get(l).get(i) : null),
                bands, version);
    }

    /** What was typed, to be sent again against {@code current}'s version. */
    MatrixForm atVersionOf(RiskMatrixView current) {
        return new MatrixForm(name, description, unit, isDefault, likelihoods, impacts, scores, bands,
                FormVersions.of(current.version()));
    }

    /** Whether the form holds another number of levels than {@code other}: a change of size, not yet typed into. */
    boolean sizedOtherwiseThan(MatrixForm other) {
        return likelihoods.size() != other.likelihoods.size() || impacts.size() != other.impacts.size();
    }

    /** The scoring the form describes, as the domain judges it. */
    MatrixScoring scoring() {
        FieldErrors errors = new FieldErrors();
        List<MatrixLevel> likelihoodLevels = RiskMatrixParts.levels(errors, LIKELIHOOD_LEVELS,
                requests(likelihoods));
        List<MatrixLevel> impactLevels = RiskMatrixParts.levels(errors, IMPACT_LEVELS, requests(impacts));
        List<List<Double>> grid = new ArrayList<>();
        for (int l = 0; l < scores.size(); l++) {
            List<Double> row = new ArrayList<>();
            for (int i = 0; i < scores.get(l).size(); i++) {
                String field = RISK_SCORES + "[" + l + "][" + i + "]";
                String typed = scores.get(l).get(i);
                row.add(errors.attempt(() -> number(field, typed)));
            }
            grid.add(row);
        }
        List<RiskBand> riskBands = RiskMatrixParts.bands(errors, RISK_LEVELS, bandRequests(errors));
        errors.throwIfAny();
        return new MatrixScoring(likelihoodLevels, impactLevels, grid, riskBands);
    }

    public List<Option> likelihoodCounts() {
        return counts(likelihoods.size());
    }

    public List<Option> impactCounts() {
        return counts(impacts.size());
    }

    private List<RiskMatrixBandRequest> bandRequests(FieldErrors errors) {
        int filled = bands.size();
        while (filled > 0 && bands.get(filled - 1).blank()) {
            filled--;
        }
        List<RiskMatrixBandRequest> requests = new ArrayList<>();
        for (int k = 0; k < filled; k++) {
            Band band = bands.get(k);
            String at = RISK_LEVELS + "[" + k + "].";
            requests.add(new RiskMatrixBandRequest(band.level().isBlank() ? null : band.level(),
                    errors.attempt(() -> optionalNumber(at + "min_score", band.min())),
                    errors.attempt(() -> optionalNumber(at + "max_score", band.max())),
                    band.color().isBlank() ? null : band.color()));
        }
        return requests;
    }

    private static List<RiskMatrixLevelRequest> requests(List<Level> levels) {
        return IntStream.range(0, levels.size()).mapToObj(i -> new RiskMatrixLevelRequest(i + 1,
                levels.get(i).name(), levels.get(i).description())).toList();
    }

    private static List<List<String>> typed(List<List<Double>> scores) {
        return scores.stream().map(row -> row.stream().map(Scores::format).toList()).toList();
    }

    /** One row per level a band may rate: the bands given, then empty rows. */
    private static List<Band> padded(List<Band> bands) {
        List<Band> rows = new ArrayList<>(bands);
        while (rows.size() < RiskLevel.values().length) {
            rows.add(new Band("", "", "", ""));
        }
        return rows;
    }

    private static Level level(Context ctx, String axis, int index) {
        String name = ctx.formParam(axis + "[" + index + "].name");
        return name == null ? null : new Level(name, Forms.text(ctx, axis + "[" + index + "].description"));
    }

    /** The levels the form sent, in order, up to the first it did not send. */
    private static List<Level> sent(int most, IntFunction<Level> levelAt) {
        List<Level> levels = new ArrayList<>();
        for (int i = 0; i < most && levelAt.apply(i) != null; i++) {
            levels.add(levelAt.apply(i));
        }
        return levels;
    }

    private static List<Level> resize(List<Level> levels, int count) {
        return IntStream.range(0, count)
                .mapToObj(i -> i < levels.size() ? levels.get(i) : new Level("Level " + (i + 1), ""))
                .toList();
    }

    /** A grid of {@code typed} cells, likelihood x impact where nothing was typed. */
    private static List<List<String>> products(int likelihoodCount, int impactCount, Cells typed) {
        return IntStream.range(0, likelihoodCount).mapToObj(l -> IntStream.range(0, impactCount).mapToObj(i -> {
            String cell = typed.at(l, i);
            return cell != null ? cell : String.valueOf((l + 1) * (i + 1));
        }).toList()).toList();
    }

    private interface Cells {
        String at(int likelihood, int impact);
    }

    /** The size asked for, within the domain's bounds; the size sent when none is asked or it is out of bounds. */
    private static int size(Context ctx, String field, int sent) {
        try {
            int asked = Integer.parseInt(Forms.text(ctx, field).strip());
            return asked >= MatrixScoring.MIN_LEVELS && asked <= MatrixScoring.MAX_LEVELS ? asked : sent;
        } catch (NumberFormatException none) {
            return sent;
        }
    }

    private static List<Option> counts(int current) {
        return IntStream.rangeClosed(MatrixScoring.MIN_LEVELS, MatrixScoring.MAX_LEVELS)
                .mapToObj(n -> new Option(String.valueOf(n), String.valueOf(n), n == current)).toList();
    }

    private static Double number(String field, String typed) {
        Double value = optionalNumber(field, typed);
        if (value == null) {
            throw new InvalidValueException(field, "is required");
        }
        return value;
    }

    private static Double optionalNumber(String field, String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return Double.valueOf(typed.strip());
        } catch (NumberFormatException e) {
            throw new InvalidValueException(field, "must be a number");
        }
    }
}
