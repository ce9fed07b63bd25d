package io.aegis.adapters.persistence;

import io.aegis.application.port.ConflictException;
import java.sql.SQLException;
import java.util.Locale;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;

/**
 * Turns the database's refusal of a duplicate unique value or of a broken reference into the
 * application's {@link ConflictException}, in one place for both databases. The use cases check these
 * rules first with a friendlier message; this catches the races between that check and the write.
 * Other violations (CHECK, NOT NULL) mean a value object let something through: they stay errors.
 */
final class ConstraintViolationTranslator implements ExecuteListener {

    private static final int MYSQL_DUPLICATE_KEY = 1062;
    private static final int MYSQL_ROW_IS_REFERENCED = 1451;
    private static final int MYSQL_ROW_IS_REFERENCED_2 = 1217;
    private static final int MYSQL_NO_REFERENCED_ROW = 1452;
    private static final int MYSQL_NO_REFERENCED_ROW_2 = 1216;

    @Override
    public void exception(ExecuteContext ctx) {
        SQLException sql = ctx.sqlException();
        if (sql == null) {
            return;
        }
        ConflictException conflict = translate(sql);
        if (conflict != null) {
            ctx.exception(conflict);
        }
    }

    private static ConflictException translate(SQLException e) {
        int code = e.getErrorCode();
        String message = e.getMessage() == null ? "" : e.getMessage().toUpperCase(Locale.ROOT);
        if (code == MYSQL_DUPLICATE_KEY || message.contains("SQLITE_CONSTRAINT_UNIQUE")
                || message.contains("SQLITE_CONSTRAINT_PRIMARYKEY")) {
            return new ConflictException("duplicate_value", "a record with the same unique value already exists");
        }
        if (code == MYSQL_ROW_IS_REFERENCED || code == MYSQL_ROW_IS_REFERENCED_2) {
            return new ConflictException("still_referenced", "the record is still referenced by other records");
        }
        if (code == MYSQL_NO_REFERENCED_ROW || code == MYSQL_NO_REFERENCED_ROW_2) {
            return new ConflictException("missing_reference", "a referenced record does not exist");
        }
        if (message.contains("SQLITE_CONSTRAINT_FOREIGNKEY")) {
            // SQLite does not say which side of the reference broke
            return new ConflictException("reference_violation",
                    "the change would break a reference between records");
        }
        return null;
    }
}
