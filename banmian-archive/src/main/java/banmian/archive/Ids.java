package banmian.archive;

import banmian.model.MetaCheck;
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
    /** What a pinyin syllable may hold that a slug may not (ü as v is a letter already). */
    private static final Pattern NOT_SLUG_CHARACTER = Pattern.compile("[^a-z0-9]");
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
            LocalDate date = LocalDate.parse(matcher.group(2));
            int page = Integer.parseInt(matcher.group(3));
            int index = Integer.parseInt(matcher.group(4)) - 1;
            if (!MetaCheck.isSlug(matcher.group(1)) || !MetaCheck.isDate(date) || !MetaCheck.isPage(page) || index < 0) {
                return Optional.empty();   // p00, -0, 1700-01-01: no page the archive can hold
            }
            return Optional.of(new ArticleRef(matcher.group(1), date, page, index));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** The name a page is filed under: its paper, or {@link #UNKNOWN_PAPER}. */
    public static String paperName(String paper) {
        return paper == null || paper.isBlank() ? UNKNOWN_PAPER : paper.strip();
    }

    /** Slugs stop here (a hyphen short of {@link MetaCheck#MAX_SLUG_LENGTH}, room for {@code -2} and the like). */
    static final int PINYIN_LENGTH = 80;

    /**
     * A name in toneless pinyin, ASCII letters and digits kept, anything else a hyphen:
     * {@code 人民日报} → {@code renminribao}, {@code ../../x} → {@code x}. Always of the slug shape,
     * {@code [a-z0-9]} with inner hyphens, and at most {@value #PINYIN_LENGTH} characters.
     */
    static String pinyin(String name) {
        StringBuilder slug = new StringBuilder();
        List<Pinyin> pinyin = HanLP.convertToPinyinList(name);
        for (int i = 0; i < name.length() && slug.length() < PINYIN_LENGTH; i++) {
            char c = name.charAt(i);
            String syllable = i < pinyin.size() && pinyin.get(i) != Pinyin.none5
                    ? NOT_SLUG_CHARACTER.matcher(pinyin.get(i).getPinyinWithoutTone().toLowerCase(Locale.ROOT)).replaceAll("") : "";
            if (!syllable.isEmpty()) {
                slug.append(syllable);
            } else if (c < 128 && Character.isLetterOrDigit(c)) {
                slug.append(Character.toLowerCase(c));
            } else if (slug.length() > 0 && slug.charAt(slug.length() - 1) != '-') {
                slug.append('-');
            }
        }
        String result = slug.length() > PINYIN_LENGTH ? slug.substring(0, PINYIN_LENGTH) : slug.toString();
        result = TRAILING_HYPHENS.matcher(result).replaceAll("");
        return result.isEmpty() ? UNKNOWN_PAPER : MetaCheck.slug("slug", result);
    }
}
