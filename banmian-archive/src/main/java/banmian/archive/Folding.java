package banmian.archive;

import org.apache.lucene.analysis.charfilter.MappingCharFilter;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;

/** Whole values (names, papers) folded the way {@link ChineseAnalyzer} folds text, for exact matching. */
final class Folding {
    private Folding() {
    }

    static String fold(String value) {
        try (Reader reader = new MappingCharFilter(TraditionalFolding.map(), new StringReader(value))) {
            StringBuilder folded = new StringBuilder(value.length());
            char[] buffer = new char[256];
            for (int read = reader.read(buffer); read >= 0; read = reader.read(buffer)) {
                folded.append(buffer, 0, read);
            }
            return folded.toString();
        } catch (IOException e) {
            throw new UncheckedIOException("reading a string cannot fail", e);
        }
    }
}
