package io.aegis.adapters.persistence.schema;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The schema document the migrations implement (the copy in {@code src/test/resources/seed/}), read as data:
 * its {@code #### table} sections with their column tables and enumerations, its CREATE INDEX statements and
 * its CHECK constraints. Types, constraints and defaults are kept as the document spells them; what they map
 * to on each database is the tests' business.
 */
record SeedDocument(Map<String, Table> tables, List<Index> indexes, List<Check> checks) {

    /** One row of a column table. {@code references} is the table named by {@code FK(table.id)}, or null. */
    record Column(String name, String type, boolean primaryKey, boolean notNull, boolean unique,
                  String defaultValue, boolean updatedOnUpdate, String references) {

        /** The type without its length: VARCHAR, INTEGER, ENUM... */
        String baseType() {
            int paren = type.indexOf('(');
            return paren < 0 ? type : type.substring(0, paren);
        }
    }

    /** {@code enumerations}: the values the document lists for a column, by column name. */
    record Table(String name, List<Column> columns, Map<String, List<String>> enumerations) {
    }

    record Index(String name, String table, List<String> columns) {
    }

    record Check(String name, String table, String expression) {
    }

    record ForeignKey(String table, String column, String referencedTable) {

        String key() {
            return table + "." + column;
        }
    }

    private static final String RESOURCE = "/seed/schema-document.md";
    private static final Pattern TABLE_HEADING = Pattern.compile("^#### (\\w+)\\s*$");
    private static final Pattern ENUMERATION_HEADING = Pattern.compile("^\\*\\*([\\w ]+) Enumeration:\\*\\*\\s*$");
    private static final Pattern ENUMERATION_VALUE = Pattern.compile("^- `(\\w+)`");
    private static final Pattern INDEX = Pattern.compile("CREATE INDEX (\\w+) ON (\\w+)\\(([^)]*)\\);");
    private static final Pattern CHECK =
            Pattern.compile("ALTER TABLE (\\w+) ADD CONSTRAINT (\\w+) CHECK \\((.*)\\);\\s*$", Pattern.MULTILINE);
    private static final Pattern DEFAULT = Pattern.compile("DEFAULT ('[^']*'|[^,\\s]+)");
    private static final Pattern FOREIGN_KEY = Pattern.compile("FK\\((\\w+)\\.id\\)");

    static SeedDocument load() {
        try (InputStream in = SeedDocument.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + RESOURCE);
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static SeedDocument parse(String text) {
        Map<String, Table> tables = new LinkedHashMap<>();
        String table = null;
        String enumeration = null;
        for (String line : text.split("\n")) {
            Matcher heading = TABLE_HEADING.matcher(line);
            if (heading.matches()) {
                table = heading.group(1);
                enumeration = null;
                tables.put(table, new Table(table, new ArrayList<>(), new LinkedHashMap<>()));
            } else if (line.startsWith("#")) {
                table = null;
            } else if (table != null) {
                enumeration = readTableLine(tables.get(table), line, enumeration);
            }
        }
        List<Index> indexes = INDEX.matcher(text).results()
                .map(m -> new Index(m.group(1), m.group(2), splitColumns(m.group(3))))
                .toList();
        List<Check> checks = CHECK.matcher(text).results()
                .map(m -> new Check(m.group(2), m.group(1), m.group(3)))
                .toList();
        return new SeedDocument(Collections.unmodifiableMap(tables), indexes, checks);
    }

    /** Returns the column whose enumeration the following lines list, if any. */
    private static String readTableLine(Table table, String line, String enumeration) {
        Matcher enumHeading = ENUMERATION_HEADING.matcher(line);
        Matcher enumValue = ENUMERATION_VALUE.matcher(line);
        if (line.startsWith("| ") && !line.startsWith("| Column")) {
            table.columns().add(column(line));
        } else if (enumHeading.matches()) {
            String column = enumerationColumn(table, enumHeading.group(1));
            table.enumerations().put(column, new ArrayList<>());
            return column;
        } else if (enumValue.find() && enumeration != null) {
            table.enumerations().get(enumeration).add(enumValue.group(1));
            return enumeration;
        }
        return line.isBlank() ? enumeration : null;
    }

    private static Column column(String line) {
        String[] cells = Arrays.stream(line.strip().split("\\|")).map(String::strip).toArray(String[]::new);
        // cells[0] is the empty text before the first '|'
        String name = cells[1];
        String type = cells[2];
        String constraints = cells[3];
        Matcher defaultValue = DEFAULT.matcher(constraints);
        Matcher references = FOREIGN_KEY.matcher(constraints);
        boolean primaryKey = constraints.contains("PRIMARY KEY");
        return new Column(name, type, primaryKey, primaryKey || constraints.contains("NOT NULL"),
                constraints.contains("UNIQUE"),
                defaultValue.find() ? defaultValue.group(1) : null,
                constraints.contains("ON UPDATE NOW()"),
                references.find() ? references.group(1) : null);
    }

    /**
     * "Asset Type Enumeration" in table assets lists asset_type, "Asset Criticality Enumeration" lists
     * criticality: the heading's words form the column name, with or without the leading entity word.
     */
    private static String enumerationColumn(Table table, String heading) {
        String full = heading.strip().toLowerCase(Locale.ROOT).replace(' ', '_');
        String withoutEntity = full.substring(full.indexOf('_') + 1);
        return Optional.of(full).filter(name -> hasColumn(table, name))
                .or(() -> Optional.of(withoutEntity).filter(name -> hasColumn(table, name)))
                .orElseThrow(() -> new IllegalStateException(
                        "no column of " + table.name() + " matches the enumeration " + heading));
    }

    private static boolean hasColumn(Table table, String name) {
        return table.columns().stream().anyMatch(c -> c.name().equals(name));
    }

    private static List<String> splitColumns(String columns) {
        return Arrays.stream(columns.split(",")).map(String::strip).toList();
    }

    Table table(String name) {
        Table table = tables.get(name);
        if (table == null) {
            throw new IllegalArgumentException("the document has no table " + name);
        }
        return table;
    }

    List<ForeignKey> foreignKeys() {
        return tables.values().stream()
                .flatMap(t -> t.columns().stream()
                        .filter(c -> c.references() != null)
                        .map(c -> new ForeignKey(t.name(), c.name(), c.references())))
                .toList();
    }
}
