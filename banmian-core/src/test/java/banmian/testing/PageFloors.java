package banmian.testing;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The floor every real page is held to, per input ({@code banmian/layout/page-floors.tsv}): the
 * page's body_f1 and the truth articles it pairs, today's figures. Tests of the text layers and of
 * the page PDFs read their rows from it.
 */
public record PageFloors(String page, String input, double bodyF1, int paired) {
    private static final String RESOURCE = "/banmian/layout/page-floors.tsv";

    /** The rows for {@code inputs} ({@code pdf}, {@code pdfminer}, {@code pdftotext}, {@code pdftotext-raw}). */
    public static Stream<PageFloors> of(String... inputs) throws IOException {
        List<String> wanted = List.of(inputs);
        List<PageFloors> rows = new ArrayList<>();
        for (String[] fields : TsvRows.read(RESOURCE, 4)) {
            if (wanted.contains(fields[1])) {
                rows.add(new PageFloors(fields[0], fields[1], Double.parseDouble(fields[2]), Integer.parseInt(fields[3])));
            }
        }
        return rows.stream();
    }

    @Override
    public String toString() {
        return page + " " + input;
    }
}
