package banmian.archive;

import banmian.model.PageMeta;
import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.dictionary.py.Pinyin;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Readable, stable identifiers: an issue ({@code renminribao-2018-01-02}), a page ({@code …-p07}) and
 * an article ({@code …-p07-3}, its place in the page's reading order), built on the paper's slug from
 * {@link PaperSlugs}. Re-ingesting a page gives its articles the same ids again.
 */
public final class Ids {
    /** What a page without a known paper is filed under. */
    public static final String UNKNOWN_PAPER = "unknown";
    /** Tried only from the first hyphen of a run, which is taken whole: linear however many hyphens. */
    private static final Pattern TRAILING_HYPHENS = Pattern.compile("(?<!-)-++$");
    private static final Pattern ARTICLE = Pattern.compile("^([a-z0-9-]+)-(\\d{4}-\\d{2}-\\d{2})-p(\\d{2,4})-(\\d{1,4})$");

    private final PaperSlugs slugs;

    /** An article id taken apart: the paper slug, date, page number and place on the page (from 0). */
    public record ArticleRef(String paperSlug, LocalDate date, int page, int index) {
    }

    Ids(PaperSlugs slugs) {
        this.slugs = slugs;
    }

    /** The slug of a paper, given by name or by slug. */
    public String paper(String nameOrSlug) {
        return slugs.lookup(nameOrSlug);
    }

    public String issue(PageMeta meta) {
        return paper(paperName(meta.paper())) + "-" + meta.date();
    }

    public String page(PageMeta meta) {
        return issue(meta) + String.format(Locale.ROOT, "-p%02d", meta.number());
    }

    /** {@code index}: the article's place on its page, from 0. */
    public String article(PageMeta meta, int index) {
        return page(meta) + "-" + (index + 1);
    }

    /** The parts of an article id, or empty when {@code id} is no article id. */
    public static Optional<ArticleRef> parseArticle(String id) {
        Matcher matcher = ARTICLE.matcher(id);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new ArticleRef(matcher.group(1), LocalDate.parse(matcher.group(2)),
                    Integer.parseInt(matcher.group(3)), Integer.parseInt(matcher.group(4)) - 1));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** The name a page is filed under: its paper, or {@link #UNKNOWN_PAPER}. */
    public static String paperName(String paper) {
        return paper == null || paper.isBlank() ? UNKNOWN_PAPER : paper.strip();
    }

    /** A name in toneless pinyin, letters and digits kept, anything else a hyphen: {@code 人民日报} → {@code renminribao}. */
    static String pinyin(String name) {
        StringBuilder slug = new StringBuilder();
        List<Pinyin> pinyin = HanLP.convertToPinyinList(name);
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (i < pinyin.size() && pinyin.get(i) != Pinyin.none5) {
                slug.append(pinyin.get(i).getPinyinWithoutTone());
            } else if (c < 128 && Character.isLetterOrDigit(c)) {
                slug.append(Character.toLowerCase(c));
            } else if (slug.length() > 0 && slug.charAt(slug.length() - 1) != '-') {
                slug.append('-');
            }
        }
        String result = TRAILING_HYPHENS.matcher(slug).replaceAll("").toLowerCase(Locale.ROOT);
        return result.isEmpty() ? UNKNOWN_PAPER : result;
    }
}
