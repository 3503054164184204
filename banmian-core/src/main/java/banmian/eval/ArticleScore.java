package banmian.eval;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * How one truth article fared: whether a predicted article was paired with it, the character F1 of the bodies
 * (0 when unpaired) and, per judged field, whether the prediction has it right (in the referee's order).
 */
public record ArticleScore(String label, boolean paired, double bodyF1, Map<String, Boolean> fields) {
    public ArticleScore {
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    /** The referee's row: {@code paired body_f1=0.9876 wrong: byline                 label}. */
    public String reportRow() {
        String wrongFields = fields.entrySet().stream()
                .filter(verdict -> !verdict.getValue())
                .map(Map.Entry::getKey)
                .collect(Collectors.joining(","));
        String verdict = wrongFields.isEmpty() ? "fields ok" : "wrong: " + wrongFields;
        return String.format("%-6s body_f1=%s %-30s %s",
                paired ? "paired" : "MISSED", PythonFormat.fourDecimals(bodyF1), verdict, label);
    }
}
