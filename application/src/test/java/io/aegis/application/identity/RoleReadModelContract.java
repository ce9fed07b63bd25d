package io.aegis.application.identity;

import static io.aegis.application.identity.IdentityMother.T0;
import static io.aegis.application.identity.IdentityMother.aBareRole;
import static org.assertj.core.api.Assertions.assertThat;

import io.aegis.application.identity.port.in.ListRolesQuery;
import io.aegis.application.identity.port.in.RoleSortField;
import io.aegis.application.identity.port.in.RoleView;
import io.aegis.application.identity.port.out.RoleReadModel;
import io.aegis.application.identity.port.out.RoleRepository;
import io.aegis.application.port.Page;
import io.aegis.application.port.PageRequest;
import io.aegis.application.port.SortOrder;
import io.aegis.domain.identity.Permission;
import io.aegis.domain.identity.Role;
import io.aegis.domain.identity.RoleName;
import io.aegis.domain.shared.Description;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link RoleReadModel} must answer, on the same data in every store. */
public abstract class RoleReadModelContract {

    private RoleReadModel readModel;

    /** A read model and a repository over the same empty store (no seeded roles). */
    protected abstract Stores emptyStores();

    public record Stores(RoleRepository roles, RoleReadModel readModel) {
    }

    @BeforeEach
    void load() {
        Stores stores = emptyStores();
        readModel = stores.readModel();
        RoleRepository roles = stores.roles();
        roles.insert(aBareRole("delta", T0.plusSeconds(4)));
        roles.insert(Role.define(new RoleName("Admin"), Optional.of(new Description("Full access: 100%")),
                EnumSet.of(Permission.USER_ADMIN, Permission.ASSET_READ), T0.plusSeconds(1)));
        roles.insert(aBareRole("charlie", T0.plusSeconds(3)));
        Role bravo = roles.insert(aBareRole("Bravo", T0.plusSeconds(2)));
        roles.update(bravo.deactivate(T0.plusSeconds(10)), bravo.version());
    }

    @Test
    void lists_active_roles_by_name_ignoring_case_by_default() {
        Page<RoleView> page = readModel.list(ListRolesQuery.firstActive());

        assertThat(names(page)).containsExactly("Admin", "charlie", "delta");
        assertThat(page.total()).isEqualTo(3);
    }

    @Test
    void filters_by_activity_or_lists_both() {
        assertThat(names(readModel.list(query(Optional.empty(), Optional.of(false), List.of(), PageRequest.first()))))
                .containsExactly("Bravo");
        assertThat(names(readModel.list(query(Optional.empty(), Optional.empty(), List.of(), PageRequest.first()))))
                .containsExactly("Admin", "Bravo", "charlie", "delta");
    }

    @Test
    void text_search_looks_into_name_and_description_literally_ignoring_case() {
        assertThat(names(readModel.list(query(Optional.of("FULL ACCESS"), Optional.empty(), List.of(),
                PageRequest.first())))).containsExactly("Admin");
        assertThat(names(readModel.list(query(Optional.of("HARL"), Optional.empty(), List.of(),
                PageRequest.first())))).containsExactly("charlie");
        assertThat(names(readModel.list(query(Optional.of("%"), Optional.empty(), List.of(),
                PageRequest.first())))).containsExactly("Admin");
    }

    @Test
    void sorts_and_pages_counting_every_match() {
        Page<RoleView> page = readModel.list(query(Optional.empty(), Optional.empty(),
                List.of(new SortOrder<>(RoleSortField.CREATED_AT, true)), new PageRequest(2, 1)));

        assertThat(names(page)).containsExactly("charlie", "Bravo");
        assertThat(page.total()).isEqualTo(4);
    }

    @Test
    void views_carry_the_permission_keys_in_the_enums_order_and_whether_the_role_is_built_in() {
        RoleView admin = readModel.list(query(Optional.of("admin"), Optional.empty(), List.of(), PageRequest.first()))
                .items().get(0);
        RoleView delta = readModel.list(query(Optional.of("delta"), Optional.empty(), List.of(), PageRequest.first()))
                .items().get(0);

        assertThat(admin.permissions()).containsExactly("asset:read", "user:admin");
        assertThat(admin.description()).isEqualTo("Full access: 100%");
        assertThat(admin.builtIn()).isTrue();
        assertThat(admin.createdAt()).isEqualTo(T0.plusSeconds(1));
        assertThat(delta.permissions()).isEmpty();
        assertThat(delta.description()).isNull();
        assertThat(delta.builtIn()).isFalse();
    }

    private static ListRolesQuery query(Optional<String> text, Optional<Boolean> active,
                                        List<SortOrder<RoleSortField>> sort, PageRequest page) {
        return new ListRolesQuery(text, active, sort, page);
    }

    private static List<String> names(Page<RoleView> page) {
        return page.items().stream().map(RoleView::name).toList();
    }
}
