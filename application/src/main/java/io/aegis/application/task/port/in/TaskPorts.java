package io.aegis.application.task.port.in;

/** The task context's inbound ports: tasks, their workflow and comments, and the remediation of assessments' gaps. */
public record TaskPorts(CreateTaskUseCase create, GetTaskUseCase get, ListTasksUseCase list, UpdateTaskUseCase update,
                        TransitionTaskUseCase transition, AddTaskCommentUseCase addComment,
                        ListTaskCommentsUseCase listComments, ListAssessmentGapsUseCase listGaps,
                        CreateGapTasksUseCase createGapTasks) {
}
