package io.aegis.adapters.persistence.schema;

import io.aegis.adapters.persistence.Database;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Plain JDBC rows for schema tests, so that the database's own error reaches the test (jOOQ's listener would
 * translate some). {@link #insert} fills every column the schema document requires with a valid value and
 * creates the rows it must reference, so a test names only the columns it is about.
 */
final class Rows {

    private final Database database;
    private final SeedDocument seed;
    private int counter;

    Rows(Database database, SeedDocument seed) {
        this.database = database;
        this.seed = seed;
    }

    long insert(String table) throws SQLException {
        return insert(table, Map.of());
    }

    /** {@code value} may be null. */
    long insert(String table, String column, Object value) throws SQLException {
        Map<String, Object> values = new HashMap<>();
        values.put(column, value);
        return insert(table, values);
    }

    /** Inserts a row with these values and valid ones for the other required columns; returns its id. */
    long insert(String table, Map<String, Object> values) throws SQLException {
        SeedDocument.Table definition = seed.table(table);
        List<String> columns = new ArrayList<>(values.keySet());
        List<Object> parameters = new ArrayList<>(values.values());
        for (SeedDocument.Column column : definition.columns()) {
            boolean required = column.notNull() && !column.primaryKey() && column.defaultValue() == null;
            if (required && !values.containsKey(column.name())) {
                columns.add(column.name());
                parameters.add(sample(definition, column));
            }
        }
        String sql = "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ("
                + String.join(", ", columns.stream().map(c -> "?").toList()) + ")";
        try (Connection connection = database.dataSource().getConnection();
             PreparedStatement statement = connection.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            bind(statement, parameters.toArray());
            statement.executeUpdate();
            try (ResultSet keys = statement.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    int execute(String sql, Object... parameters) throws SQLException {
        try (Connection connection = database.dataSource().getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(statement, parameters);
            return statement.executeUpdate();
        }
    }

    /** The first column of the first row as text, or null when there is no row or the value is NULL. */
    String text(String sql, Object... parameters) throws SQLException {
        try (Connection connection = database.dataSource().getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(statement, parameters);
            try (ResultSet rs = statement.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    /** Every column of one row, as text, in the table's order. */
    List<String> row(String table, long id) throws SQLException {
        try (Connection connection = database.dataSource().getConnection();
             PreparedStatement statement = connection.prepareStatement("SELECT * FROM " + table + " WHERE id = ?")) {
            bind(statement, id);
            try (ResultSet rs = statement.executeQuery()) {
                List<String> row = new ArrayList<>();
                while (rs.next()) {
                    for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                        row.add(rs.getString(i));
                    }
                }
                return row;
            }
        }
    }

    boolean exists(String table, long id) throws SQLException {
        return text("SELECT id FROM " + table + " WHERE id = ?", id) != null;
    }

    /** The value of one column of one row, as text. */
    String value(String table, String column, long id) throws SQLException {
        return text("SELECT " + column + " FROM " + table + " WHERE id = ?", id);
    }

    void delete(String table, long id) throws SQLException {
        execute("DELETE FROM " + table + " WHERE id = ?", id);
    }

    private Object sample(SeedDocument.Table table, SeedDocument.Column column) throws SQLException {
        int n = ++counter;
        if (column.references() != null) {
            return insert(column.references());
        }
        List<String> enumeration = table.enumerations().get(column.name());
        if (enumeration != null) {
            return enumeration.get(0);
        }
        return switch (table.name() + "." + column.name()) {
            case "users.email" -> "user" + n + "@example.com";
            case "users.username" -> "user" + n;
            case "control_mappings.mapping_type" -> "related";
            // an enumeration V23 checks, which the document leaves open
            case "assessment_controls.implementation_status" -> "not_assessed";
            // an enumeration V25 checks, which the document leaves open
            case "tasks.task_type" -> "remediation";
            default -> switch (column.baseType()) {
                case "INTEGER", "BIGINT" -> n;
                case "BOOLEAN" -> true;
                case "FLOAT" -> 1.5;
                case "DATE" -> "2024-01-31";
                case "DATETIME" -> "2024-01-31 12:00:00";
                // VARCHAR and TEXT; unique per row for the columns with a unique index
                default -> column.name() + " " + n;
            };
        };
    }

    private static void bind(PreparedStatement statement, Object... parameters) throws SQLException {
        for (int i = 0; i < parameters.length; i++) {
            statement.setObject(i + 1, parameters[i]);
        }
    }

    /** A statement under test. */
    @FunctionalInterface
    interface SqlAction {
        void run() throws SQLException;
    }

    /** "accepted", or "refused: " and the database's message: one value a soft assertion can judge. */
    static String outcome(SqlAction statement) {
        try {
            statement.run();
            return "accepted";
        } catch (SQLException e) {
            return "refused: " + e.getMessage();
        }
    }

    /** A value for a test message: strings quoted, control and non-ASCII characters escaped. */
    static String printable(Object value) {
        if (!(value instanceof String text)) {
            return String.valueOf(value);
        }
        return text.codePoints().mapToObj(c -> c < 0x20 || c > 0x7e ? String.format("\\u%04x", c)
                : Character.toString(c)).collect(Collectors.joining("", "\"", "\""));
    }
}
