package io.aegis.adapters.web.risk;

import io.aegis.adapters.web.page.Chrome;
import io.aegis.adapters.web.page.FormErrors;
import io.aegis.adapters.web.page.PageLinks.Option;
import io.aegis.application.risk.port.in.RiskMatrixView;
import java.util.List;
import java.util.Optional;

/**
 * The matrix editor (risk/editor.jte), for a new matrix and a stored one alike.
 *
 * @param action        where the form is sent; {@code cancel} where leaving it goes
 * @param scoringFrozen risks are scored on the matrix: only its name, description and default may change
 * @param isDefault     the matrix is the default, which it stays until another matrix takes over
 * @param units         the units a new matrix may be placed in; empty when the field is not offered
 * @param theirs        the version someone else saved meanwhile, when that refused the form
 */
public record MatrixEditorPage(Chrome chrome, String heading, String action, String cancel, boolean scoringFrozen,
                               boolean isDefault, MatrixForm form, List<Option> units, MatrixPreview preview,
                               Optional<RiskMatrixView> theirs, FormErrors errors) {

    public String previewAction() {
        return MatrixPages.PREVIEW;
    }

    /** The refusals of single cells of the grid, each with the cell it concerns in words. */
    public List<String> cellErrors() {
        return errors.fields().entrySet().stream()
                .filter(error -> error.getKey().startsWith(MatrixForm.RISK_SCORES + "["))
                .map(error -> cellName(error.getKey()) + ": " + error.getValue())
                .toList();
    }

    /** The field's refusal, or null: for the inputs the form tags do not draw. */
    public String error(String field) {
        return errors.of(field).orElse(null);
    }

    /** {@code risk_scores[1][3]} as "Likelihood Unlikely, impact Major". */
    public String cellName(String field) {
        String[] place = field.substring(MatrixForm.RISK_SCORES.length() + 1, field.length() - 1).split("\\]\\[");
        int likelihood = Integer.parseInt(place[0]);
        int impact = Integer.parseInt(place[1]);
        return cellLabel(likelihood, impact);
    }

    /** The accessible name of a score's input. */
    public String cellLabel(int likelihood, int impact) {
        return "Score at likelihood " + levelName(form.likelihoods(), likelihood) + ", impact "
                + levelName(form.impacts(), impact);
    }

    private static String levelName(List<MatrixForm.Level> levels, int index) {
        return index < levels.size() && !levels.get(index).name().isBlank() ? levels.get(index).name()
                : String.valueOf(index + 1);
    }
}
