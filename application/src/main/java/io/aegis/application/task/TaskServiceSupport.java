package io.aegis.application.task;

import io.aegis.application.port.Actor;
import io.aegis.application.port.NotFoundException;
import io.aegis.application.task.port.in.TaskView;
import io.aegis.application.task.port.out.TaskReadModel;
import io.aegis.application.task.port.out.TaskReferences;
import io.aegis.application.task.port.out.TaskRepository;
import io.aegis.domain.identity.Permission;
import io.aegis.domain.identity.UserId;
import io.aegis.domain.shared.RuleViolationException;
import io.aegis.domain.task.Task;
import io.aegis.domain.task.TaskId;
import io.aegis.domain.task.TaskLinks;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/** What the task services share: the resources' names, loading with its 404, the checks of references, authors. */
final class TaskServiceSupport {

    static final String RESOURCE = "task";
    static final String COMMENT = "task_comment";

    private TaskServiceSupport() {
    }

    static Task load(TaskRepository tasks, TaskId id) {
        return tasks.findById(id).orElseThrow(() -> new NotFoundException(RESOURCE, id));
    }

    static TaskView view(TaskReadModel readModel, TaskId id, Instant now) {
        return readModel.find(id, now).orElseThrow(() -> new NotFoundException(RESOURCE, id));
    }

    /**
     * Checks each link of {@code links} that differs from {@code before}: a risk or asset must be active and readable
     * by {@code actor} (one they may not read is as unknown as a missing one), an assessment and a control must exist.
     *
     * @throws RuleViolationException ({@code unknown_risk}, {@code unknown_assessment}, {@code unknown_asset},
     *                                {@code unknown_control}) naming the field
     */
    static void requireLinks(TaskReferences references, Actor actor, TaskLinks links, TaskLinks before) {
        require("risk", links.risk(), before.risk(),
                risk -> references.activeRisk(risk, actor.scopeOf(Permission.RISK_READ)));
        require("assessment", links.assessment(), before.assessment(), references::assessment);
        require("asset", links.asset(), before.asset(),
                asset -> references.activeAsset(asset, actor.scopeOf(Permission.ASSET_READ)));
        require("control", links.control(), before.control(), references::control);
    }

    private static <T> void require(String name, T link, T before, Predicate<T> known) {
        if (link != null && !Objects.equals(link, before) && !known.test(link)) {
            throw new RuleViolationException("unknown_" + name, name + "_id " + link + " names no " + name);
        }
    }

    /** @throws RuleViolationException ({@code unknown_user}) when {@code user} names no active user */
    static void requireUser(TaskReferences references, String field, UserId user) {
        if (user != null && !references.activeUser(user)) {
            throw new RuleViolationException("unknown_user", field + " " + user + " names no active user");
        }
    }

    /**
     * Who writes a comment: a comment names its author for good.
     *
     * @throws RuleViolationException ({@code user_required}) for an actor who is no user (the system)
     */
    static UserId author(Actor actor) {
        return actor.userId().map(UserId::new).orElseThrow(() -> new RuleViolationException("user_required",
                "comments are written by users; " + actor.name() + " is none"));
    }

    static Optional<UserId> creator(Actor actor) {
        return actor.userId().map(UserId::new);
    }
}
