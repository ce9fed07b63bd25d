package io.aegis.domain.assessment;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * One term of an assessment's score: the controls evaluated alike (one implementation status, one effectiveness or
 * none), the credit each earns (the status's credit times the effectiveness factor) and their subtotal.
 */
public record ScoreTerm(ImplementationStatus status, Optional<Effectiveness> effectiveness, long controls,
                        BigDecimal creditPerControl, BigDecimal subtotal) {
}
