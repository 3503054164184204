package banmian.io;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;

import java.io.IOException;

/**
 * Indents a page like a person would: one field per line, but line-number arrays ({@code lines} and
 * the title fields under {@code provenance}) kept on one line ({@code "lines": [12, 13, 14]}), since a
 * number per line would bury the text.
 * Jackson's default keeps every array inline, which puts whole paragraphs on one line instead.
 */
final class PagePrettyPrinter extends DefaultPrettyPrinter {
    private static final String LINES_FIELD = "lines";
    private static final String PROVENANCE_FIELD = "provenance";

    /** Line arrays hold only numbers, so one flag (not a stack) tracks whether we are inside one. */
    private boolean inInlineArray;

    PagePrettyPrinter() {
        super(Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator(""));
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        indentObjectsWith(indenter);
        indentArraysWith(indenter);
    }

    private PagePrettyPrinter(PagePrettyPrinter base) {
        super(base);
    }

    @Override
    public PagePrettyPrinter createInstance() {
        return new PagePrettyPrinter(this);
    }

    @Override
    public void writeStartArray(JsonGenerator generator) throws IOException {
        inInlineArray = holdsLineNumbers(generator.getOutputContext());
        if (inInlineArray) {
            generator.writeRaw('[');
        } else {
            super.writeStartArray(generator);
        }
    }

    /** The generator has already entered the array, so its field name sits on the parent context. */
    private static boolean holdsLineNumbers(JsonStreamContext array) {
        JsonStreamContext owner = array.getParent();
        if (owner == null) {
            return false;
        }
        JsonStreamContext grandOwner = owner.getParent();
        return LINES_FIELD.equals(owner.getCurrentName())
                || grandOwner != null && PROVENANCE_FIELD.equals(grandOwner.getCurrentName());
    }

    @Override
    public void beforeArrayValues(JsonGenerator generator) throws IOException {
        if (!inInlineArray) {
            super.beforeArrayValues(generator);
        }
    }

    @Override
    public void writeArrayValueSeparator(JsonGenerator generator) throws IOException {
        if (inInlineArray) {
            generator.writeRaw(", ");
        } else {
            super.writeArrayValueSeparator(generator);
        }
    }

    @Override
    public void writeEndArray(JsonGenerator generator, int valueCount) throws IOException {
        if (inInlineArray) {
            generator.writeRaw(']');
            inInlineArray = false;
        } else {
            super.writeEndArray(generator, valueCount);
        }
    }
}
