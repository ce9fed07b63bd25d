package io.aegis.adapters.web.request;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.PropertyName;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import io.aegis.application.port.Patch;
import java.io.IOException;

/**
 * Binds a {@code Patch<T>} component of a request record: an absent field is {@link Patch#keep()}, {@code null} is
 * {@code Patch.set(null)} (cleared; refused where the component is {@link NotClearable}), and any other value is
 * read as {@code T} by the mapper's own deserializer for it, so it is exactly as strict as a plain {@code T}.
 */
public final class PatchDeserializer extends StdDeserializer<Patch<?>> implements ContextualDeserializer {

    private final JavaType valueType;
    private final JsonDeserializer<?> value;
    private final PropertyName clearRefused;

    /** The unresolved instance to register; Jackson asks it for one per property ({@link #createContextual}). */
    public PatchDeserializer() {
        this(null, null, null);
    }

    private PatchDeserializer(JavaType valueType, JsonDeserializer<?> value, PropertyName clearRefused) {
        super(Patch.class);
        this.valueType = valueType;
        this.value = value;
        this.clearRefused = clearRefused;
    }

    @Override
    public JsonDeserializer<?> createContextual(DeserializationContext ctxt, BeanProperty property)
            throws JsonMappingException {
        JavaType patch = property != null ? property.getType() : ctxt.getContextualType();
        JavaType type = patch.containedTypeOrUnknown(0);
        boolean notClearable = property != null && property.getAnnotation(NotClearable.class) != null;
        return new PatchDeserializer(type, ctxt.findContextualValueDeserializer(type, property),
                notClearable ? property.getFullName() : null);
    }

    @Override
    public Patch<?> deserialize(JsonParser parser, DeserializationContext ctxt) throws IOException {
        return Patch.set(value.deserialize(parser, ctxt));
    }

    /** A field sent as {@code null}. */
    @Override
    public Patch<?> getNullValue(DeserializationContext ctxt) throws JsonMappingException {
        if (clearRefused != null) {
            throw InvalidNullException.from(ctxt, clearRefused, valueType);
        }
        return Patch.set(null);
    }

    /** A field the body leaves out; Jackson asks this of a creator property (a record component) it did not see. */
    @Override
    public Object getAbsentValue(DeserializationContext ctxt) {
        return Patch.keep();
    }
}
