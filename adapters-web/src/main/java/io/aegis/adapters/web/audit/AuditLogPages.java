package io.aegis.adapters.web.audit;

import io.aegis.adapters.web.PageController;
import io.aegis.adapters.web.PageRoute;
import io.aegis.adapters.web.page.Chrome;
import io.aegis.adapters.web.page.PageLinks;
import io.aegis.adapters.web.page.PageLinks.Option;
import io.aegis.adapters.web.page.Pager;
import io.aegis.adapters.web.page.Pages;
import io.aegis.adapters.web.page.Section;
import io.aegis.adapters.web.page.Words;
import io.aegis.adapters.web.request.ListParams;
import io.aegis.adapters.web.request.RequestActors;
import io.aegis.application.audit.port.in.AuditLogSortField;
import io.aegis.application.audit.port.in.AuditLogView;
import io.aegis.application.audit.port.in.ChainVerificationView;
import io.aegis.application.audit.port.in.ListAuditLogsUseCase;
import io.aegis.application.audit.port.in.VerifyAuditChainUseCase;
import io.aegis.application.port.AuditEntry.Outcome;
import io.aegis.application.port.Page;
import io.javalin.http.Context;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The audit log in the browser: the list with the API's filters and paging in its URL, and the chain's
 * verification on demand. The same use cases as {@code /audit-logs}; nothing here changes a row.
 */
public record AuditLogPages(ListAuditLogsUseCase list, VerifyAuditChainUseCase verify) implements PageController {

    static final String AUDIT = "/admin/audit";

    @Override
    public List<PageRoute> pages() {
        return List.of(
                PageRoute.get(AUDIT, this::auditLog),
                PageRoute.get(AUDIT + "/verify", this::verification));
    }

    private void auditLog(Context ctx) {
        Optional<String> tidy = PageLinks.withoutEmptyParameters(ctx);
        if (tidy.isPresent()) {
            Pages.seeOther(ctx, tidy.get());
            return;
        }
        render(ctx, Optional.empty());
    }

    /** A GET: checking the chain changes nothing, and the result is a page one may reload. */
    private void verification(Context ctx) {
        render(ctx, Optional.of(verify.verify(RequestActors.of(ctx))));
    }

    private void render(Context ctx, Optional<ChainVerificationView> verification) {
        ListParams<AuditLogSortField> params = ListParams.parse(ctx, AuditLogSortField.class,
                AuditLogController.FILTERS);
        Page<AuditLogView> page = list.list(RequestActors.of(ctx), AuditLogController.query(params));
        Map<String, String> outcomes = new LinkedHashMap<>();
        Arrays.stream(Outcome.values()).forEach(outcome -> outcomes.put(outcome.key(), Words.label(outcome.key())));
        Filters filters = new Filters(params.text("action").orElse(""), params.text("resource_type").orElse(""),
                params.text("from").orElse(""), params.text("to").orElse(""),
                Option.of(outcomes, params.text("outcome").orElse("")));
        Pages.render(ctx, "audit/audit-log.jte", new AuditLogPage(Chrome.of(ctx, "Audit log", Section.ADMINISTRATION),
                filters, page.items().stream().map(Row::of).toList(), Pager.of(ctx, page),
                !ctx.queryParamMap().isEmpty(), verification));
    }

    /** The filters as the URL has them; {@code from} and {@code to} are days, as the API takes them. */
    public record Filters(String action, String resourceType, String from, String to, List<Option> outcomes) {
    }

    public record Row(long id, String at, String action, String resource, String userId, String outcome,
                      String outcomeLabel) {

        static Row of(AuditLogView entry) {
            String resource = entry.resourceType() == null ? ""
                    : entry.resourceType() + (entry.resourceId() == null ? "" : " " + entry.resourceId());
            return new Row(entry.id(), entry.createdAt().toString(), entry.action(), resource,
                    entry.userId() == null ? "" : String.valueOf(entry.userId()), entry.outcome(),
                    Words.label(entry.outcome()));
        }
    }

    public record AuditLogPage(Chrome chrome, Filters filters, List<Row> rows, Pager pager, boolean filtered,
                               Optional<ChainVerificationView> verification) {
    }
}
