package io.aegis.adapters.integrations.csv;

import static org.assertj.core.api.Assertions.assertThat;

import io.aegis.application.risk.port.in.RiskView;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CsvRiskRowsWriterTest {

    private static final Instant AT = Instant.parse("2026-02-01T10:00:00Z");

    @Test
    void a_risk_is_one_row_with_names_next_to_ids_whole_scores_and_formulas_neutralised() {
        RiskView risk = new RiskView(7, "Ransomware, again", "=cmd|' /C calc'!A0", "technical", null, null, null, null,
                3L, List.of("files"), null, 1, 2, 4, 5, 20.0, "critical", 2, 3, 7.5, "medium", "medium", null, null,
                null, null, null, null, null, null, "mitigate", null, "identified", 9L, AT, null, null, null, AT,
                List.of("pci"), Map.of("cost", 12000L), true, AT, AT, 9L, "Olivia Owner", "File server", null, true,
                null);

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new CsvRiskRowsWriter().write(List.of(risk), out);
        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();

        assertThat(lines.get(0).split(",")).containsExactlyElementsOf(CsvRiskRowsWriter.COLUMNS);
        assertThat(lines.get(1)).startsWith("7,\"Ransomware, again\",technical,identified,medium,2,9,Olivia Owner,3,"
                + "File server,1,4,5,20,critical,2,3,7.5,medium,mitigate,,,'=cmd|' /C calc'!A0,")
                .contains(",\"[\"\"files\"\"]\",\"[\"\"pci\"\"]\",\"{\"\"cost\"\":12000}\",2026-02-01T10:00:00Z,")
                .endsWith(",true,2026-02-01T10:00:00Z,2026-02-01T10:00:00Z,9");
    }
}
