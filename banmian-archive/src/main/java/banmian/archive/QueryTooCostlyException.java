package banmian.archive;

import java.util.Locale;

/**
 * A query that would read more postings than a search may ({@link SearchAdmission#MOST_PASSES}
 * passes over the archive): frequent words joined by the dozen. The client's to fix, a 400 on the API.
 */
public final class QueryTooCostlyException extends IllegalArgumentException {
    QueryTooCostlyException(long reads, long pass) {
        super(String.format(Locale.ROOT, "q: the query would read about %.0f times the index entries of a word found in every story;"
                + " a search reads at most %d times: use fewer or rarer words", (double) reads / pass, SearchAdmission.MOST_PASSES));
    }
}
