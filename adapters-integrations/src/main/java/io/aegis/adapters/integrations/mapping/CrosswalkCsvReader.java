package io.aegis.adapters.integrations.mapping;

import io.aegis.application.framework.port.in.MappingFileRow;
import io.aegis.application.framework.port.in.UnreadableMappingFileException;
import io.aegis.domain.framework.MappingRationale;
import io.aegis.domain.framework.MappingStrength;
import io.aegis.domain.framework.MappingTerms;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A crosswalk CSV in compliance-trestle's mapping layout ({@code $$Map_Source_ID_Ref_list},
 * {@code $$Map_Target_ID_Ref_list}, {@code $$Map_Relationship}, {@code $Map_Confidence_Score}, ...; its second row
 * describes the columns and is skipped) or with OLIR's column names ({@code Focal Document Element},
 * {@code Reference Document Element}, {@code Relationship}, {@code Rationale}, {@code Strength of Relationship}).
 * Header names are matched ignoring case, {@code $} signs, spaces and underscores. A cell may list several ids
 * (separated by spaces, commas or semicolons): every source to every target. A row without a target is a gap of the
 * crosswalk and relates nothing; an untyped row is {@code related}. Strict UTF-8, optional BOM, one record at a time.
 */
final class CrosswalkCsvReader {

    private static final Map<String, String> COLUMNS = columns();
    private static final String SOURCE = "source";
    private static final String TARGET = "target";
    private static final String RELATIONSHIP = "relationship";
    private static final String CONFIDENCE = "confidence";
    private static final String RATIONALE = "rationale";
    private static final String STRENGTH = "strength";

    private static Map<String, String> columns() {
        Map<String, String> columns = new HashMap<>();
        for (String name : List.of("mapsourceidreflist", "focaldocumentelement", "sourceid", "source")) {
            columns.put(name, SOURCE);
        }
        for (String name : List.of("maptargetidreflist", "referencedocumentelement", "targetid", "target")) {
            columns.put(name, TARGET);
        }
        for (String name : List.of("maprelationship", "relationship", "mappingtype")) {
            columns.put(name, RELATIONSHIP);
        }
        for (String name : List.of("mapconfidencescore", "confidence", "confidencelevel")) {
            columns.put(name, CONFIDENCE);
        }
        for (String name : List.of("maprationale", "rationale", "mappingrationale", "remarks")) {
            columns.put(name, RATIONALE);
        }
        for (String name : List.of("strengthofrelationship", "strength")) {
            columns.put(name, STRENGTH);
        }
        return Map.copyOf(columns);
    }

    List<MappingFileRow> read(InputStream file, int maxRows) {
        try (CSVParser parser = CSVFormat.RFC4180.parse(utf8(file))) {
            List<MappingFileRow> rows = new ArrayList<>();
            Map<String, Integer> header = null;
            boolean trestle = false;
            for (CSVRecord record : parser) {
                if (header == null) {
                    header = header(record);
                    trestle = record.get(0).startsWith("$");
                    continue;
                }
                if (trestle && record.getRecordNumber() == 2) {
                    continue;
                }
                read(record, header, rows);
                MappingVocabulary.requireRoom(rows.size(), maxRows);
            }
            if (header == null) {
                throw new UnreadableMappingFileException("the file is empty");
            }
            return rows;
        } catch (UncheckedIOException | IOException e) {
            Throwable cause = e instanceof UncheckedIOException ? e.getCause() : e;
            throw new UnreadableMappingFileException(cause instanceof CharacterCodingException
                    ? "the file is not UTF-8 text" : "the file is not well-formed CSV: " + cause.getMessage());
        }
    }

    private static Reader utf8(InputStream file) throws IOException {
        InputStream buffered = file.markSupported() ? file : new BufferedInputStream(file);
        buffered.mark(3);
        byte[] bom = buffered.readNBytes(3);
        if (!(bom.length == 3 && (bom[0] & 0xFF) == 0xEF && (bom[1] & 0xFF) == 0xBB && (bom[2] & 0xFF) == 0xBF)) {
            buffered.reset();
        }
        return new InputStreamReader(buffered, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
    }

    private static Map<String, Integer> header(CSVRecord record) {
        Map<String, Integer> header = new HashMap<>();
        for (int i = 0; i < record.size(); i++) {
            String column = COLUMNS.get(record.get(i).toLowerCase(Locale.ROOT).replaceAll("[$\\s_]", ""));
            if (column != null) {
                header.putIfAbsent(column, i);
            }
        }
        if (!header.containsKey(SOURCE) || !header.containsKey(TARGET)) {
            throw new UnreadableMappingFileException("the header names no source and target columns (such as"
                    + " $$Map_Source_ID_Ref_list and $$Map_Target_ID_Ref_list, or Focal Document Element and"
                    + " Reference Document Element)");
        }
        return header;
    }

    private static void read(CSVRecord record, Map<String, Integer> header, List<MappingFileRow> rows) {
        String where = "line " + record.getRecordNumber();
        List<String> sources = refs(cell(record, header, SOURCE));
        List<String> targets = refs(cell(record, header, TARGET));
        if (targets.isEmpty()) {
            return;
        }
        if (sources.isEmpty()) {
            throw new UnreadableMappingFileException(where + " names targets but no source");
        }
        MappingTerms terms = new MappingTerms(
                MappingVocabulary.relationship(cell(record, header, RELATIONSHIP), where),
                MappingVocabulary.checked(where, () -> MappingRationale.ofNullable(cell(record, header, RATIONALE))),
                MappingVocabulary.confidence(cell(record, header, CONFIDENCE), where),
                strength(cell(record, header, STRENGTH), where));
        for (String source : sources) {
            for (String target : targets) {
                rows.add(new MappingFileRow(where, source, target, terms));
            }
        }
    }

    private static Optional<MappingStrength> strength(String cell, String where) {
        if (cell == null || cell.isBlank()) {
            return Optional.empty();
        }
        try {
            int value = Integer.parseInt(cell.strip());
            return Optional.of(MappingVocabulary.checked(where, () -> new MappingStrength(value)));
        } catch (NumberFormatException e) {
            throw new UnreadableMappingFileException(where + ": the strength \"" + cell + "\" is no whole number");
        }
    }

    private static String cell(CSVRecord record, Map<String, Integer> header, String column) {
        Integer index = header.get(column);
        return index == null || index >= record.size() ? null : record.get(index);
    }

    private static List<String> refs(String cell) {
        if (cell == null || cell.isBlank()) {
            return List.of();
        }
        return List.of(cell.strip().split("[\\s,;]+"));
    }
}
