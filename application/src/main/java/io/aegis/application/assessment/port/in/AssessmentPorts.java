package io.aegis.application.assessment.port.in;

/** The assessment context's inbound ports: assessments, their workflow, the evaluations of their controls, the score. */
public record AssessmentPorts(CreateAssessmentUseCase create, GetAssessmentUseCase get, ListAssessmentsUseCase list,
                              UpdateAssessmentUseCase update, TransitionAssessmentUseCase transition,
                              EvaluateControlUseCase evaluate, GetEvaluationUseCase getEvaluation,
                              ListEvaluationsUseCase listEvaluations,
                              GetAssessmentScoreUseCase score) {
}
