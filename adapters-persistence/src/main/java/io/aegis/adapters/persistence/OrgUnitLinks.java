package io.aegis.adapters.persistence;

import static io.aegis.adapters.persistence.jooq.Tables.ORG_UNITS;

import io.aegis.domain.organisation.OrgUnitId;
import io.aegis.domain.organisation.OrgUnitTree;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Record2;
import org.jooq.ResultQuery;
import org.jooq.SelectSeekStep1;

/** The unit tree's links as stored: what every context that resolves or judges scopes reads. */
public final class OrgUnitLinks {

    private OrgUnitLinks() {
    }

    /** Every unit's id and parent id, as {@link OrgUnitTree#of} takes them. */
    public static Map<OrgUnitId, Optional<OrgUnitId>> parentLinks(ResultQuery<Record2<Integer, Integer>> idAndParent) {
        Map<OrgUnitId, Optional<OrgUnitId>> links = new LinkedHashMap<>();
        idAndParent.forEach(row -> links.put(new OrgUnitId(row.value1()),
                Optional.ofNullable(row.value2()).map(OrgUnitId::new)));
        return links;
    }

    /** The query of {@link #parentLinks}, in id order. */
    public static SelectSeekStep1<Record2<Integer, Integer>, Integer> idAndParent(DSLContext dsl) {
        return dsl.select(ORG_UNITS.ID, ORG_UNITS.PARENT_ID).from(ORG_UNITS).orderBy(ORG_UNITS.ID);
    }
}
