package io.aegis.adapters.persistence.schema;

import io.aegis.adapters.persistence.Database;
import io.aegis.adapters.persistence.DatabaseKind;
import io.aegis.adapters.persistence.Migrations;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A migrated database's schema as JDBC metadata reports it, in terms both databases share, so that two
 * snapshots (or a snapshot and the schema document) compare directly.
 *
 * <p>Types: INTEGER (MySQL INT), BIGINT, DOUBLE, BOOLEAN (MySQL TINYINT(1), which Connector/J reports as BIT),
 * VARCHAR(n), TEXT (MySQL TEXT or MEDIUMTEXT), DATE, and DATETIME for SQLite's DATETIME and MySQL's DATETIME(6);
 * any other precision shows as DATETIME(p). Defaults: quotes removed, TRUE/FALSE as 1/0, and {@code now} for the
 * current UTC time.
 */
record SchemaSnapshot(Map<String, Table> tables) {

    record Column(String name, String type, boolean nullable, String defaultValue) {
    }

    record ForeignKey(String name, String column, String referencedTable, String referencedColumn, String onDelete) {
    }

    record Index(String name, List<String> columns, boolean unique) {
    }

    record Table(String name, List<Column> columns, List<String> primaryKey, List<ForeignKey> foreignKeys,
                 List<Index> indexes) {

        Optional<Column> column(String name) {
            return columns.stream().filter(c -> c.name().equals(name)).findFirst();
        }
    }

    /** The tables Flyway, SQLite and the migration lock keep for themselves. */
    private static final Set<String> INTERNAL_TABLES = Set.of("flyway_schema_history", "sqlite_sequence",
            Migrations.LOCK_TABLE);

    /** The current UTC time as each database spells the column default. */
    private static final Set<String> NOW_DEFAULTS =
            Set.of("strftime('%Y-%m-%d %H:%M:%f', 'now')", "current_timestamp(6)", "CURRENT_TIMESTAMP(6)");

    private static final Map<Integer, String> DELETE_RULES = Map.of(
            DatabaseMetaData.importedKeyCascade, "CASCADE",
            DatabaseMetaData.importedKeySetNull, "SET NULL",
            DatabaseMetaData.importedKeyRestrict, "RESTRICT",
            DatabaseMetaData.importedKeyNoAction, "NO ACTION",
            DatabaseMetaData.importedKeySetDefault, "SET DEFAULT");

    /** The part made of {@code names}: the document's tables, without those later migrations added. */
    SchemaSnapshot restrictedTo(Set<String> names) {
        Map<String, Table> kept = new TreeMap<>(tables);
        kept.keySet().retainAll(names);
        return new SchemaSnapshot(kept);
    }

    static SchemaSnapshot read(Database database) {
        try (Connection connection = database.dataSource().getConnection()) {
            DatabaseMetaData metaData = connection.getMetaData();
            String catalog = connection.getCatalog();
            Map<String, Table> tables = new TreeMap<>();
            for (String table : tableNames(metaData, catalog)) {
                List<String> primaryKey = primaryKey(metaData, catalog, table);
                tables.put(table, new Table(table,
                        columns(metaData, catalog, table, database.kind(), primaryKey),
                        primaryKey,
                        foreignKeys(metaData, catalog, table),
                        indexes(metaData, catalog, table, primaryKey)));
            }
            return new SchemaSnapshot(tables);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the schema of " + database.kind(), e);
        }
    }

    Table table(String name) {
        Table table = tables.get(name);
        if (table == null) {
            throw new AssertionError("the database has no table " + name);
        }
        return table;
    }

    /** One line per fact, sorted: two snapshots differ exactly by the lines one of them lacks. */
    List<String> describe() {
        List<String> lines = new ArrayList<>();
        for (Table t : tables.values()) {
            lines.add(t.name() + ": columns " + String.join(", ", t.columns().stream().map(Column::name).toList()));
            lines.add(t.name() + ": primary key (" + String.join(", ", t.primaryKey()) + ")");
            t.columns().forEach(c -> lines.add(t.name() + "." + c.name() + " " + c.type()
                    + (c.nullable() ? " NULL" : " NOT NULL")
                    + (c.defaultValue() == null ? "" : " DEFAULT " + c.defaultValue())));
            t.foreignKeys().forEach(fk -> lines.add(t.name() + ": foreign key " + fk.name() + " (" + fk.column()
                    + ") REFERENCES " + fk.referencedTable() + " (" + fk.referencedColumn() + ") ON DELETE "
                    + fk.onDelete()));
            t.indexes().forEach(i -> lines.add(t.name() + ": " + (i.unique() ? "unique index " : "index ") + i.name()
                    + " (" + String.join(", ", i.columns()) + ")"));
        }
        lines.sort(Comparator.naturalOrder());
        return lines;
    }

    /** The lines only one side has, each marked with its side; empty when both hold the same lines. */
    static String difference(String leftName, Collection<String> left, String rightName, Collection<String> right) {
        int width = Math.max(leftName.length(), rightName.length());
        Stream<String> onlyLeft = left.stream().filter(line -> !right.contains(line))
                .map(line -> "\n  " + pad(leftName + " only:", width + 6) + line);
        Stream<String> onlyRight = right.stream().filter(line -> !left.contains(line))
                .map(line -> "\n  " + pad(rightName + " only:", width + 6) + line);
        return Stream.concat(onlyLeft, onlyRight).collect(Collectors.joining());
    }

    private static String pad(String text, int width) {
        return String.format("%-" + width + "s ", text);
    }

    private static List<String> tableNames(DatabaseMetaData metaData, String catalog) throws SQLException {
        List<String> names = new ArrayList<>();
        try (ResultSet rs = metaData.getTables(catalog, null, "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                String name = rs.getString("TABLE_NAME");
                if (!INTERNAL_TABLES.contains(name)) {
                    names.add(name);
                }
            }
        }
        return names;
    }

    private static List<Column> columns(DatabaseMetaData metaData, String catalog, String table, DatabaseKind kind,
                                        List<String> primaryKey) throws SQLException {
        List<Column> columns = new ArrayList<>();
        try (ResultSet rs = metaData.getColumns(catalog, null, table, "%")) {
            while (rs.next()) {
                columns.add(new Column(rs.getString("COLUMN_NAME"),
                        type(kind, rs.getString("TYPE_NAME"), rs.getInt("COLUMN_SIZE")),
                        "YES".equals(rs.getString("IS_NULLABLE")),
                        defaultValue(rs.getString("COLUMN_DEF"))));
            }
        }
        // SQLite reports its INTEGER PRIMARY KEY (the rowid) as nullable, though it never holds NULL
        return columns.stream()
                .map(c -> primaryKey.contains(c.name()) ? new Column(c.name(), c.type(), false, c.defaultValue()) : c)
                .toList();
    }

    private static String type(DatabaseKind kind, String typeName, int size) {
        String type = typeName.toUpperCase(Locale.ROOT);
        if (kind == DatabaseKind.MYSQL) {
            type = switch (type) {
                case "INT" -> "INTEGER";
                // SQLite's TEXT has no bound; MySQL's ends at 64 KB, so columns that must hold more say MEDIUMTEXT
                case "MEDIUMTEXT" -> "TEXT";
                case "BIT" -> size == 1 ? "BOOLEAN" : "BIT(" + size + ")";
                // the column size of DATETIME(p) is 19 characters, plus the point and p digits
                case "DATETIME" -> size == 26 ? "DATETIME" : "DATETIME(" + Math.max(0, size - 20) + ")";
                default -> type;
            };
        }
        return type.equals("VARCHAR") ? "VARCHAR(" + size + ")" : type;
    }

    private static String defaultValue(String raw) {
        if (raw == null || raw.equalsIgnoreCase("NULL")) {
            return null;
        }
        String value = raw.strip();
        if (value.startsWith("(") && value.endsWith(")")) {
            value = value.substring(1, value.length() - 1);
        }
        if (NOW_DEFAULTS.contains(value)) {
            return "now";
        }
        if (value.equalsIgnoreCase("TRUE")) {
            return "1";
        }
        if (value.equalsIgnoreCase("FALSE")) {
            return "0";
        }
        if (value.length() >= 2 && value.startsWith("'") && value.endsWith("'")) {
            return value.substring(1, value.length() - 1);
        }
        return value;
    }

    private static List<String> primaryKey(DatabaseMetaData metaData, String catalog, String table)
            throws SQLException {
        Map<Integer, String> columns = new TreeMap<>();
        try (ResultSet rs = metaData.getPrimaryKeys(catalog, null, table)) {
            while (rs.next()) {
                columns.put(rs.getInt("KEY_SEQ"), rs.getString("COLUMN_NAME"));
            }
        }
        return List.copyOf(columns.values());
    }

    private static List<ForeignKey> foreignKeys(DatabaseMetaData metaData, String catalog, String table)
            throws SQLException {
        List<ForeignKey> foreignKeys = new ArrayList<>();
        try (ResultSet rs = metaData.getImportedKeys(catalog, null, table)) {
            while (rs.next()) {
                String column = rs.getString("FKCOLUMN_NAME");
                // SQLite keeps no name for a key added with ADD COLUMN: it is named as every other one is
                String name = rs.getString("FK_NAME") == null || rs.getString("FK_NAME").isEmpty()
                        ? "fk_" + table + "_" + column : rs.getString("FK_NAME");
                foreignKeys.add(new ForeignKey(name, column,
                        rs.getString("PKTABLE_NAME"), rs.getString("PKCOLUMN_NAME"),
                        DELETE_RULES.getOrDefault(rs.getInt("DELETE_RULE"), "rule " + rs.getInt("DELETE_RULE"))));
            }
        }
        foreignKeys.sort(Comparator.comparing(ForeignKey::name));
        return foreignKeys;
    }

    private static List<Index> indexes(DatabaseMetaData metaData, String catalog, String table,
                                       List<String> primaryKey) throws SQLException {
        Map<String, Map<Integer, String>> columnsByIndex = new TreeMap<>();
        Map<String, Boolean> unique = new LinkedHashMap<>();
        try (ResultSet rs = metaData.getIndexInfo(catalog, null, table, false, false)) {
            while (rs.next()) {
                String name = rs.getString("INDEX_NAME");
                // MySQL lists its primary key as an index named PRIMARY; SQLite's rowid key is no index
                if (name == null || name.equals("PRIMARY")) {
                    continue;
                }
                columnsByIndex.computeIfAbsent(name, n -> new TreeMap<>())
                        .put(rs.getInt("ORDINAL_POSITION"), rs.getString("COLUMN_NAME"));
                unique.put(name, !rs.getBoolean("NON_UNIQUE"));
            }
        }
        return columnsByIndex.entrySet().stream()
                .map(e -> new Index(e.getKey(), List.copyOf(e.getValue().values()), unique.get(e.getKey())))
                .filter(index -> !isSqlitePrimaryKey(index, primaryKey))
                .toList();
    }

    /** SQLite backs a primary key that is not the rowid with an index of its own: that is MySQL's PRIMARY. */
    private static boolean isSqlitePrimaryKey(Index index, List<String> primaryKey) {
        return index.name().startsWith("sqlite_autoindex_") && index.columns().equals(primaryKey);
    }
}
