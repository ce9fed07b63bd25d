package io.aegis.adapters.web.identity;

import io.aegis.adapters.web.PageController;
import io.aegis.adapters.web.PageRoute;
import io.aegis.adapters.web.page.AccountPaths;
import io.aegis.adapters.web.page.Chrome;
import io.aegis.adapters.web.page.FormErrors;
import io.aegis.adapters.web.page.PageLinks.Option;
import io.aegis.adapters.web.page.Pages;
import io.aegis.adapters.web.request.PathIds;
import io.aegis.adapters.web.request.RequestActors;
import io.aegis.application.identity.port.in.ApiKeyCreatedView;
import io.aegis.application.identity.port.in.ApiKeyView;
import io.aegis.application.identity.port.in.CreateApiKeyCommand;
import io.aegis.application.identity.port.in.CreateApiKeyUseCase;
import io.aegis.application.identity.port.in.ListApiKeysQuery;
import io.aegis.application.identity.port.in.ListApiKeysUseCase;
import io.aegis.application.identity.port.in.RevokeApiKeyUseCase;
import io.aegis.application.port.PageRequest;
import io.aegis.domain.identity.Permission;
import io.aegis.domain.shared.InvalidValueException;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The viewer's own API keys: the list, a new key (its secret shown on the page that answers the creation, and never
 * again: the page is not cached and nothing keeps the secret), revocation. The same use cases as {@code /api-keys}.
 */
public record ApiKeyPages(ListApiKeysUseCase list, CreateApiKeyUseCase create, RevokeApiKeyUseCase revoke)
        implements PageController {

    @Override
    public List<PageRoute> pages() {
        return List.of(
                PageRoute.get(AccountPaths.API_KEYS, this::keys),
                PageRoute.post(AccountPaths.API_KEYS, this::createKey),
                PageRoute.post(AccountPaths.API_KEYS + "/{id}/revoke", this::revokeKey));
    }

    private void keys(Context ctx) {
        render(ctx, NewKeyForm.blank(), Optional.empty(), FormErrors.none());
    }

    private void createKey(Context ctx) {
        NewKeyForm typed = new NewKeyForm(Optional.ofNullable(ctx.formParam("name")).orElse("").strip(),
                Optional.ofNullable(ctx.formParam("expires_on")).orElse("").strip(),
                Set.copyOf(ctx.formParams("permissions")));
        AtomicReference<ApiKeyCreatedView> created = new AtomicReference<>();
        FormErrors.whenRefused(() -> created.set(create.create(RequestActors.of(ctx),
                new CreateApiKeyCommand(typed.name(), typed.scope(), typed.expiresAt())))).ifPresentOrElse(
                errors -> render(ctx.status(HttpStatus.UNPROCESSABLE_CONTENT), typed, Optional.empty(), errors),
                // no redirect: this answer is the one place the secret appears
                () -> render(ctx.status(HttpStatus.CREATED), NewKeyForm.blank(), Optional.of(created.get()),
                        FormErrors.none()));
    }

    private void revokeKey(Context ctx) {
        revoke.revoke(RequestActors.of(ctx), PathIds.id(ctx, "id"));
        Pages.seeOther(ctx, AccountPaths.API_KEYS);
    }

    private void render(Context ctx, NewKeyForm form, Optional<ApiKeyCreatedView> created, FormErrors errors) {
        // a person keeps a handful of keys: the most the API pages at once is plenty
        List<ApiKeyView> keys = list.list(RequestActors.of(ctx), new ListApiKeysQuery(List.of(),
                new PageRequest(PageRequest.MAX_LIMIT, 0))).items();
        Pages.render(ctx, "identity/api-keys.jte", new ApiKeysPage(Chrome.outsideNavigation(ctx, "Your API keys"),
                keys, form, IdentityFields.permissionOptions(form.permissionKeys()), created, errors));
    }

    /** What the new-key form holds: typed, or empty at first. */
    public record NewKeyForm(String name, String expiresOn, Set<String> permissionKeys) {

        static NewKeyForm blank() {
            return new NewKeyForm("", "", Set.of());
        }

        /** No permission ticked: the key holds all of its user's. */
        Optional<Set<Permission>> scope() {
            return permissionKeys.isEmpty() ? Optional.empty()
                    : Optional.of(IdentityFields.permissions(List.copyOf(permissionKeys)));
        }

        /** The key works through the day it expires on (UTC, as Aegis keeps dates). */
        Optional<Instant> expiresAt() {
            if (expiresOn.isEmpty()) {
                return Optional.empty();
            }
            try {
                return Optional.of(LocalDate.parse(expiresOn).plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
            } catch (DateTimeParseException notADate) {
                throw new InvalidValueException("expires_on", "must be a date such as 2027-01-31");
            }
        }
    }

    /** @param created the key just made, whose secret this page shows this once */
    public record ApiKeysPage(Chrome chrome, List<ApiKeyView> keys, NewKeyForm form,
                              List<Option> permissions, Optional<ApiKeyCreatedView> created, FormErrors errors) {
    }
}
