package banmian.archive;

import banmian.model.Article;
import banmian.model.Page;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Puts an issue's pages together into stories: an article that says {@code （下转N版）} is followed by
 * the article on page N that says {@code （上接M版）} with M its own page. Where page N holds several
 * such articles (two reports jumping from the front page), the one sharing the most character pairs
 * with the first part's headline and text is taken. Everything else is a story of one part.
 */
final class IssueAssembly {
    private IssueAssembly() {
    }

    static List<Story> stories(List<Page> pages, Ids ids) {
        Map<Integer, Page> byNumber = new LinkedHashMap<>();
        pages.forEach(page -> byNumber.put(page.meta().number(), page));
        Set<String> continuations = new HashSet<>();
        Map<String, Story.Part> next = new LinkedHashMap<>();
        for (Page page : pages) {
            for (int a = 0; a < page.articles().size(); a++) {
                Article article = page.articles().get(a);
                Page target = article.continuedTo() == null ? null : byNumber.get(article.continuedTo());
                if (target == null) {
                    continue;
                }
                Story.Part from = part(page, a, ids);
                Story.Part to = bestContinuation(from, target, continuations, ids);
                if (to != null) {
                    continuations.add(to.id());
                    next.put(from.id(), to);
                }
            }
        }
        List<Story> stories = new ArrayList<>();
        for (Page page : pages) {
            for (int a = 0; a < page.articles().size(); a++) {
                Story.Part first = part(page, a, ids);
                if (continuations.contains(first.id())) {
                    continue;
                }
                List<Story.Part> parts = new ArrayList<>(List.of(first));
                Set<String> seen = new HashSet<>(List.of(first.id()));
                for (Story.Part part = next.get(first.id()); part != null && seen.add(part.id()); part = next.get(part.id())) {
                    parts.add(part);
                }
                stories.add(new Story(parts));
            }
        }
        return stories;
    }

    private static Story.Part part(Page page, int index, Ids ids) {
        return new Story.Part(ids.article(page.meta(), index), page.meta(), index, page.articles().get(index));
    }

    private static Story.Part bestContinuation(Story.Part from, Page target, Set<String> taken, Ids ids) {
        Story.Part best = null;
        double bestScore = -1;
        Set<Integer> fromPairs = Bigrams.of(text(from.article()));
        for (int a = 0; a < target.articles().size(); a++) {
            Article candidate = target.articles().get(a);
            Story.Part part = part(target, a, ids);
            if (!from.page().number().equals(candidate.continuedFrom()) || taken.contains(part.id())) {
                continue;
            }
            double score = Bigrams.overlap(fromPairs, Bigrams.of(text(candidate)));
            if (score > bestScore) {
                best = part;
                bestScore = score;
            }
        }
        return best;
    }

    private static String text(Article article) {
        String headline = article.headlineText();
        return (headline == null ? "" : headline) + article.bodyText();
    }
}
