package banmian.eval;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;

/**
 * The referee reads JSON with Python idioms ({@code d.get(k) or ""}, {@code d.get(k) or []}); these helpers give
 * a JSON value the same truthiness so that null, missing, empty and false values are treated alike, as there.
 */
final class PythonJson {
    private PythonJson() {
    }

    /** Python's {@code bool(value)} for a parsed JSON value; a missing value is None. */
    static boolean isTruthy(JsonNode value) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            return false;
        }
        if (value.isTextual()) {
            return !value.textValue().isEmpty();
        }
        if (value.isBoolean()) {
            return value.booleanValue();
        }
        if (value.isNumber()) {
            return value.doubleValue() != 0.0;
        }
        return value.size() > 0;
    }

    /** {@code str(value or "")}: the field's text, or "" when it is absent, null or otherwise falsy. */
    static String text(JsonNode object, String field) {
        JsonNode value = object.get(field);
        if (!isTruthy(value)) {
            return "";
        }
        if (!value.isTextual()) {
            // The referee fails on a non-empty number, list or object where text belongs; so does this port.
            throw new IllegalArgumentException("expected text in \"" + field + "\" but found " + value);
        }
        return value.textValue();
    }

    /** {@code value or []}: the elements of the field's array, none when it is absent, null or empty. */
    static List<JsonNode> items(JsonNode object, String field) {
        JsonNode value = object.get(field);
        List<JsonNode> elements = new ArrayList<>();
        if (isTruthy(value)) {
            value.forEach(elements::add);
        }
        return elements;
    }
}
