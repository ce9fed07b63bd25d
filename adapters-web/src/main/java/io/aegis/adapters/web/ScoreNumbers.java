package io.aegis.adapters.web;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.BeanPropertyWriter;
import com.fasterxml.jackson.databind.ser.BeanSerializerModifier;
import io.aegis.domain.risk.ScoreText;
import java.io.IOException;
import java.util.List;
import java.util.Set;

/**
 * Scores as the matrix writes them: {@code 20}, not {@code 20.0} ({@link ScoreText}). Every decimal of the risk
 * context's answers is a score (a risk's ratings, the score history, the heat map's cells, the roll-up, a matrix's
 * grid and bands), so the rule follows the package of the view rather than a list of field names; decimals
 * elsewhere (custom fields) keep Jackson's form, which tells a decimal from a whole number.
 */
final class ScoreNumbers extends BeanSerializerModifier {

    private static final Set<String> SCORED = Set.of("io.aegis.application.risk.port.in", "io.aegis.adapters.web.risk");
    private static final JsonSerializer<Object> SCORE = new JsonSerializer<>() {
        @Override
        public void serialize(Object value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
            write(value, gen);
        }
    };

    private ScoreNumbers() {
    }

    static SimpleModule module() {
        return new SimpleModule("score-numbers").setSerializerModifier(new ScoreNumbers());
    }

    @Override
    public List<BeanPropertyWriter> changeProperties(SerializationConfig config, BeanDescription bean,
                                                     List<BeanPropertyWriter> properties) {
        if (SCORED.contains(bean.getBeanClass().getPackageName())) {
            properties.stream().filter(ScoreNumbers::holdsScores).forEach(property -> property.assignSerializer(SCORE));
        }
        return properties;
    }

    private static boolean holdsScores(BeanPropertyWriter property) {
        Class<?> raw = property.getType().getRawClass();
        return raw == double.class || raw == Double.class
                || property.getType().isCollectionLikeType() && property.getType().getContentType()
                .isCollectionLikeType() && property.getType().getContentType().getContentType().getRawClass()
                == Double.class;
    }

    /** A score, or a grid of them (a matrix's rows). */
    private static void write(Object value, JsonGenerator gen) throws IOException {
        if (value instanceof List<?> list) {
            gen.writeStartArray();
            for (Object item : list) {
                write(item, gen);
            }
            gen.writeEndArray();
        } else {
            gen.writeNumber(ScoreText.of((Double) value));
        }
    }
}
