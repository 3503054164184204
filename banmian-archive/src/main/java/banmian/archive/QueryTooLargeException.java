package banmian.archive;

import org.apache.lucene.search.IndexSearcher;

/**
 * A query with more clauses than a search takes ({@link ArchiveIndex#MAX_CLAUSES}, counted over the
 * whole query, which holds the words three times: the text, the headline and the names). The
 * client's problem, not the server's: a 400 on the API.
 */
public final class QueryTooLargeException extends IllegalArgumentException {
    QueryTooLargeException() {
        super("q: the query has too many terms (a search takes at most " + IndexSearcher.getMaxClauseCount()
                + " clauses, each word counted three times: in the text, the headline and the names)");
    }
}
