package io.aegis.adapters.web.risk;

/** The body of {@code PUT /risks/{id}/controls/{control_id}}: the whole effect of the link; absent notes are none. */
public record ControlTreatmentRequest(String treatmentState, String reduces, String notes) {
}
