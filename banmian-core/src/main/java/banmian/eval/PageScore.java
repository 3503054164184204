package banmian.eval;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The referee's summary of one page. {@code captionsExact} is null when the truth has no captions,
 * {@code paragraphF1} when the truth has no paragraph structure (scraped truth).
 */
public record PageScore(int articlesTruth, int articlesPred, int articlesPaired, double bodyF1, double fieldsExact,
                        Double captionsExact, Double paragraphF1, List<ArticleScore> articles) {
    public PageScore {
        articles = List.copyOf(articles);
    }

    /** score.py's last line, character for character. */
    public String summaryLine() {
        return "articles_truth=" + articlesTruth
                + " articles_pred=" + articlesPred
                + " articles_paired=" + articlesPaired
                + " body_f1=" + PythonFormat.fourDecimals(bodyF1)
                + " fields_exact=" + PythonFormat.fourDecimals(fieldsExact)
                + " captions_exact=" + PythonFormat.fourDecimalsOrNone(captionsExact)
                + " paragraph_f1=" + PythonFormat.fourDecimalsOrNone(paragraphF1);
    }

    /** What score.py prints without --json: a row per truth article, then the summary line; lines end in "\n" except the last. */
    public String report() {
        return Stream.concat(articles.stream().map(ArticleScore::reportRow), Stream.of(summaryLine()))
                .collect(Collectors.joining("\n"));
    }
}
