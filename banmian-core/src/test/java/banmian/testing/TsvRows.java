package banmian.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * The rows of a tab-separated table on the test classpath (floor tables): blank lines and lines starting
 * with {@code #} are comments; every other line must hold {@code columns} fields.
 */
public final class TsvRows {
    private TsvRows() {
    }

    public static List<String[]> read(String resource, int columns) throws IOException {
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = TsvRows.class.getResourceAsStream(resource)) {
            assertNotNull(in, resource + " is missing from the test classpath");
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] fields = line.split("\t");
                assertEquals(columns, fields.length, resource + ": " + line);
                rows.add(fields);
            }
        }
        return rows;
    }
}
