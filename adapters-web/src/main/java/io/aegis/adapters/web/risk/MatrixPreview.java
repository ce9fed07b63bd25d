package io.aegis.adapters.web.risk;

import io.aegis.adapters.web.BadRequestException;
import io.aegis.adapters.web.FieldError;
import io.aegis.domain.shared.InvalidValueException;
import io.aegis.domain.shared.RuleViolationException;
import java.util.List;
import java.util.Optional;

/**
 * The editor's preview (risk/preview.jte): the grid the form describes, drawn as a stored matrix is, or why
 * the domain would refuse it. Nothing is stored.
 */
public record MatrixPreview(Optional<MatrixGrid> grid, List<String> problems) {

    static MatrixPreview of(MatrixForm form) {
        try {
            return new MatrixPreview(Optional.of(MatrixGrid.of(form.scoring())), List.of());
        } catch (BadRequestException refused) {
            return problems(refused.errors().stream().map(MatrixPreview::described).toList());
        } catch (InvalidValueException refused) {
            return problems(List.of(refused.field() + ": " + refused.getMessage()));
        } catch (RuleViolationException refused) {
            return problems(List.of(refused.getMessage()));
        }
    }

    private static MatrixPreview problems(List<String> problems) {
        return new MatrixPreview(Optional.empty(), problems);
    }

    private static String described(FieldError error) {
        return error.field() + ": " + error.message();
    }
}
