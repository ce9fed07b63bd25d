package io.aegis.application.asset.port.in;

/** Why an imported row was refused: the column at fault (or {@code row} for the row as a whole) and why. */
public record ImportProblem(String field, String message) {
}
