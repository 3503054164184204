package banmian.archive;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.Query;

/**
 * Lucene's classic query syntax without the operators that expand one term into many: wildcards,
 * prefixes, regular expressions, fuzzy terms and ranges walk the term dictionary and may rewrite into
 * thousands of clauses, so one request could take the server's time and memory. Such syntax is
 * refused here; {@link StorySearch} then reads the query again with the syntax escaped, so the
 * characters count as text (which the analyzer drops) and {@code 春运*} searches {@code 春运}.
 * Words, phrases, {@code AND}, {@code OR}, {@code -} and parentheses work as before.
 */
final class LiteralTermsParser extends QueryParser {
    LiteralTermsParser(String field, Analyzer analyzer) {
        super(field, analyzer);
    }

    @Override
    protected Query getWildcardQuery(String field, String termStr) throws ParseException {
        throw expanding("wildcard");
    }

    @Override
    protected Query getPrefixQuery(String field, String termStr) throws ParseException {
        throw expanding("prefix");
    }

    @Override
    protected Query getRegexpQuery(String field, String termStr) throws ParseException {
        throw expanding("regular expression");
    }

    @Override
    protected Query getFuzzyQuery(String field, String termStr, float minSimilarity) throws ParseException {
        throw expanding("fuzzy");
    }

    @Override
    protected Query getRangeQuery(String field, String part1, String part2, boolean startInclusive, boolean endInclusive)
            throws ParseException {
        throw expanding("range");
    }

    private static ParseException expanding(String kind) {
        return new ParseException(kind + " queries are not taken");
    }
}
