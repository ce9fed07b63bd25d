package io.aegis.adapters.web.risk;

/** How the pages print a score: as the matrix writes it. */
final class Scores {

    private Scores() {
    }

    /** {@code 20}, not {@code 20.0}; a dash when there is none. */
    static String format(Double score) {
        if (score == null) {
            return "–";
        }
        return score == Math.rint(score) ? String.valueOf(score.longValue()) : String.valueOf(score);
    }
}
