package banmian.archive;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * How many postings a query may read, estimated before it runs from its terms' document frequencies,
 * the way Lucene's scorers walk them: a term reads its postings; a conjunction (a phrase, required
 * clauses) is led by its rarest part and advances each other part at most once per candidate of the
 * lead (and never further than that part's own postings); a disjunction reads all of its parts.
 * Optional and prohibited clauses beside required ones are advanced to the required clauses'
 * candidates. So {@code 中 OR 国 OR …} with a hundred and seventy frequent characters reads about
 * every story's postings a hundred and seventy times over, and the same characters joined by AND
 * nearly as much, while a phrase of many characters reads little more than its rarest bigram.
 *
 * <p>The number bounds a search's work where the clause count cannot: a query of few clauses, each
 * a character in every story, costs as much as one of thousands of rare words. A query of a kind not
 * named here counts as reading every document once.
 */
final class SearchCost {
    /** Candidates a part of a query yields, and postings it reads to yield them. */
    record Estimate(long candidates, long reads) {
    }

    private SearchCost() {
    }

    static Estimate of(Query query, IndexReader reader) throws IOException {
        if (query instanceof TermQuery term) {
            return term(term.getTerm(), reader);
        }
        if (query instanceof PhraseQuery phrase) {
            return conjunction(terms(phrase.getTerms(), reader));
        }
        if (query instanceof BoostQuery boost) {
            return of(boost.getQuery(), reader);
        }
        if (query instanceof ConstantScoreQuery constant) {
            return of(constant.getQuery(), reader);
        }
        if (query instanceof MatchNoDocsQuery) {
            return new Estimate(0, 0);
        }
        if (query instanceof BooleanQuery bool) {
            return bool(bool, reader);
        }
        // Every document, a date range, anything else: every document at most, each once.
        return new Estimate(reader.maxDoc(), reader.maxDoc());
    }

    /** A term yields the documents it is in, reading one posting for each. */
    private static Estimate term(Term term, IndexReader reader) throws IOException {
        long frequency = reader.docFreq(term);
        return new Estimate(frequency, frequency);
    }

    private static List<Estimate> terms(Term[] terms, IndexReader reader) throws IOException {
        List<Estimate> parts = new ArrayList<>();
        for (Term term : terms) {
            parts.add(term(term, reader));
        }
        return parts;
    }

    private static Estimate bool(BooleanQuery query, IndexReader reader) throws IOException {
        List<Estimate> required = new ArrayList<>();
        List<Estimate> optional = new ArrayList<>();
        List<Estimate> prohibited = new ArrayList<>();
        for (BooleanClause clause : query.clauses()) {
            Estimate part = of(clause.getQuery(), reader);
            switch (clause.getOccur()) {
                case MUST, FILTER -> required.add(part);
                case SHOULD -> optional.add(part);
                case MUST_NOT -> prohibited.add(part);
            }
        }
        if (required.isEmpty()) {
            // A disjunction reads all its parts; prohibited parts alone match nothing.
            long candidates = 0;
            long reads = 0;
            for (Estimate part : optional) {
                candidates += part.candidates();
                reads += part.reads();
            }
            Estimate disjunction = new Estimate(Math.min(candidates, reader.maxDoc()), reads);
            return advancedTo(disjunction, prohibited);
        }
        List<Estimate> alongside = new ArrayList<>(optional);
        alongside.addAll(prohibited);
        return advancedTo(conjunction(required), alongside);
    }

    /** Led by its rarest part, each other part advanced once per candidate at most. */
    private static Estimate conjunction(List<Estimate> parts) {
        if (parts.isEmpty()) {
            return new Estimate(0, 0);
        }
        Estimate lead = parts.get(0);
        for (Estimate part : parts) {
            if (part.candidates() < lead.candidates()) {
                lead = part;
            }
        }
        long reads = lead.reads();
        boolean leadCounted = false;
        for (Estimate part : parts) {
            if (part == lead && !leadCounted) {
                leadCounted = true;
                continue;
            }
            reads += Math.min(part.reads(), lead.candidates());
        }
        return new Estimate(lead.candidates(), reads);
    }

    /** Parts beside a leading estimate are advanced to its candidates, no further than their own postings. */
    private static Estimate advancedTo(Estimate lead, List<Estimate> beside) {
        long reads = lead.reads();
        for (Estimate part : beside) {
            reads += Math.min(part.reads(), lead.candidates());
        }
        return new Estimate(lead.candidates(), reads);
    }
}
