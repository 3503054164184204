package banmian.archive;

import org.apache.lucene.analysis.charfilter.NormalizeCharMap;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Traditional characters folded to simplified ones ({@code 呂梁} → {@code 吕梁}), so that either
 * script finds both. The table is HanLP's {@code t2s} dictionary, already in the jar; Lucene's
 * MappingCharFilter applies it and keeps offsets pointing into the original text, so highlights land
 * on the characters as printed.
 */
final class TraditionalFolding {
    private static final String TABLE = "/data/dictionary/tc/t2s.txt";
    private static final NormalizeCharMap MAP = load();

    private TraditionalFolding() {
    }

    static NormalizeCharMap map() {
        return MAP;
    }

    private static NormalizeCharMap load() {
        NormalizeCharMap.Builder builder = new NormalizeCharMap.Builder();
        try (InputStream in = TraditionalFolding.class.getResourceAsStream(TABLE)) {
            if (in == null) {
                throw new IllegalStateException("HanLP's " + TABLE + " is missing from the class path");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                int equals = line.indexOf('=');
                if (equals > 0 && equals < line.length() - 1) {
                    String traditional = line.substring(0, equals);
                    String simplified = line.substring(equals + 1);
                    if (!traditional.equals(simplified)) {
                        builder.add(traditional, simplified);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read HanLP's " + TABLE, e);
        }
        return builder.build();
    }
}
