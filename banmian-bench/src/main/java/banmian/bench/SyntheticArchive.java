package banmian.bench;

import banmian.archive.Archive;
import banmian.archive.Facet;
import banmian.archive.SearchQuery;
import banmian.model.Article;
import banmian.model.Block;
import banmian.model.BlockType;
import banmian.model.Enrichment;
import banmian.model.Entity;
import banmian.model.EntityType;
import banmian.model.Page;
import banmian.model.PageMeta;
import banmian.model.TextSpan;
import banmian.text.Chars;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.IntConsumer;

/**
 * A large archive for benchmarks, made from real pages: each synthetic article takes a real headline,
 * three to six real paragraphs and the names found in the article its first paragraph came from; a
 * tenth are reprints of an earlier article in another paper, as wire stories are. Issues of
 * {@link #PAGES_PER_ISSUE} pages of {@link #ARTICLES_PER_PAGE} articles run over {@link #PAPERS}, each page
 * of a section ({@link #SECTIONS}); most articles have a byline naming one of {@link #REPORTERS}
 * reporters (some letter-spaced, as papers set short names), recorded as enrichment records a byline's person.
 */
final class SyntheticArchive {
    static final List<String> PAPERS = List.of("人民日报", "光明日报", "经济日报", "山西日报", "吕梁日报", "晋中日报", "太原日报",
            "河北日报", "河南日报", "湖北日报", "湖南日报", "四川日报", "浙江日报", "新华日报", "南方日报", "北京日报", "解放日报",
            "天津日报", "重庆日报", "陕西日报");
    static final int PAGES_PER_ISSUE = 8;
    static final List<String> SECTIONS = List.of("要闻", "综合", "经济", "国际", "文化", "体育", "地方", "评论");
    static final int REPORTERS = 400;
    private static final String SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕";
    private static final String GIVEN = "明华建国小红斌伟芳娜敏静丽强磊军洋勇艳杰娟涛超秀霞平刚桂英";
    static final int ARTICLES_PER_PAGE = 25;
    private static final LocalDate FIRST_DAY = LocalDate.of(2023, 1, 1);
    private static final int BATCH_PAGES = 50;

    private record Source(String text, List<Entity> names) {
    }

    private SyntheticArchive() {
    }

    /** Adds at least {@code articles} synthetic articles; returns how many pages were added. */
    static int build(Archive archive, List<Page> sources, int articles, long seed, IntConsumer pagesDone) throws IOException {
        return build(archive, sources, articles, seed, 0, pagesDone);
    }

    /**
     * Adds at least {@code articles} synthetic articles, the first {@code facsimilePages} pages with a
     * facsimile ({@link SyntheticFacsimiles}); returns how many pages were added.
     */
    static int build(Archive archive, List<Page> sources, int articles, long seed, int facsimilePages, IntConsumer pagesDone)
            throws IOException {
        List<String> headlines = new ArrayList<>();
        List<Source> paragraphs = new ArrayList<>();
        for (Page page : sources) {
            for (Article article : page.articles()) {
                if (article.headlineText() != null) {
                    headlines.add(article.headlineText());
                }
                List<Entity> names = article.enrichment() == null ? List.of() : article.enrichment().entities();
                for (Block block : article.body()) {
                    if (block.type() == BlockType.PARAGRAPH && block.text().length() >= 40) {
                        paragraphs.add(new Source(block.text(), names));
                    }
                }
            }
        }
        if (headlines.isEmpty() || paragraphs.isEmpty()) {
            throw new IllegalArgumentException("the source pages have no headlines or paragraphs to build from");
        }
        Random random = new Random(seed);
        List<Article> printed = new ArrayList<>();
        int pages = 0;
        for (int made = 0; made < articles; pages++) {
            List<Article> pageArticles = new ArrayList<>();
            for (int a = 0; a < ARTICLES_PER_PAGE; a++, made++) {
                Article article = !printed.isEmpty() && random.nextInt(10) == 0
                        ? printed.get(random.nextInt(printed.size()))
                        : article(headlines, paragraphs, random.nextInt(5) == 0 ? null : reporter(random.nextInt(REPORTERS)), random);
                printed.add(article);
                if (printed.size() > 2000) {
                    printed.remove(0);
                }
                pageArticles.add(article);
            }
            archive.add(new Page(meta(pages), pageArticles, List.of()), "synthetic-" + seed,
                    pages < facsimilePages ? SyntheticFacsimiles.page(pages + 1) : null);
            if ((pages + 1) % BATCH_PAGES == 0) {
                archive.flush();
            }
            pagesDone.accept(pages + 1);
        }
        archive.flush();
        return pages;
    }

    /** The paper, date, number and section of the {@code page}th page built (from 0). */
    static PageMeta meta(int page) {
        int issue = page / PAGES_PER_ISSUE;
        return new PageMeta(PAPERS.get(issue % PAPERS.size()), FIRST_DAY.plusDays(issue / PAPERS.size()), page % PAGES_PER_ISSUE + 1,
                SECTIONS.get(page % PAGES_PER_ISSUE));
    }

    /** The reader's addresses of the first {@code count} pages built ({@code /pages/SLUG/DATE/NUMBER}). */
    static List<String> pagePaths(Archive archive, int count) {
        List<String> paths = new ArrayList<>();
        for (int page = 0; page < count; page++) {
            PageMeta meta = meta(page);
            paths.add("/pages/" + archive.ids().paper(meta.paper()) + "/" + meta.date() + "/" + meta.number());
        }
        return paths;
    }

    /** Reporter {@code n}'s name as the byline prints it: two-character names letter-spaced ({@code 李 斌}). */
    static String reporter(int n) {
        String name = SURNAMES.charAt(n % SURNAMES.length()) + GIVEN.substring(n / SURNAMES.length() % GIVEN.length(),
                n / SURNAMES.length() % GIVEN.length() + 1 + n % 2);
        return name.length() == 2 ? name.charAt(0) + " " + name.charAt(1) : name;
    }

    private static Article article(List<String> headlines, List<Source> paragraphs, String reporter, Random random) {
        int count = 3 + random.nextInt(4);
        List<Block> body = new ArrayList<>();
        Source first = null;
        for (int p = 0; p < count; p++) {
            Source source = paragraphs.get(random.nextInt(paragraphs.size()));
            first = first == null ? source : first;
            body.add(new Block(BlockType.PARAGRAPH, source.text(), List.of()));
        }
        List<Entity> names = new ArrayList<>();
        for (Entity name : first.names()) {
            names.add(new Entity(name.type(), name.name(), List.of(new TextSpan("body", 0, 0, 0))));
        }
        Block byline = null;
        if (reporter != null) {
            byline = new Block(BlockType.BYLINE, "本报记者 " + reporter, List.of());
            names.add(new Entity(EntityType.PERSON, reporter.replace(" ", ""), List.of(new TextSpan("byline", 0, 5, 5 + reporter.length()))));
        }
        Block headline = new Block(BlockType.HEADLINE, headlines.get(random.nextInt(headlines.size())), List.of());
        return new Article(null, headline, null, null, byline, null, body, List.of(), null, null)
                .withEnrichment(new Enrichment(names, List.of(), List.of(), null));
    }

    /**
     * Queries a reader might send, drawn from the same pages, in ten kinds: a word (twice), a word
     * newest first, two words, one character, a person, an author, a section with a word oldest
     * first, a word in one paper over two months, and the archive's newest articles with no words
     * (the reader's front page). Each counts every facet.
     */
    static final List<String> QUERY_KINDS = List.of("word", "word", "word newest", "two words", "one character", "person",
            "author", "section and word oldest", "paper, dates and word", "no words");

    static List<SearchQuery> queries(List<Page> sources, int count, long seed) {
        Random random = new Random(seed);
        List<String> words = new ArrayList<>();
        List<String> people = new ArrayList<>();
        for (Page page : sources) {
            for (Article article : page.articles()) {
                String headline = article.headlineText();
                if (headline != null && headline.length() >= 4) {
                    int start = random.nextInt(headline.length() - 3);
                    words.add(headline.substring(start, start + 2 + random.nextInt(3)).strip());
                }
                if (article.enrichment() != null) {
                    article.enrichment().entities(EntityType.PERSON).forEach(person -> people.add(person.name()));
                    article.enrichment().entities(EntityType.PLACE).forEach(place -> words.add(place.name()));
                }
            }
        }
        words.removeIf(word -> word.length() < 2 || !word.codePoints().allMatch(Chars::isHan));
        List<SearchQuery> queries = new ArrayList<>();
        for (int q = 0; q < count; q++) {
            String word = words.get(random.nextInt(words.size()));
            queries.add(switch (q % QUERY_KINDS.size()) {
                case 0, 1 -> SearchQuery.of(word);
                case 2 -> SearchQuery.of(word).withOrder(SearchQuery.Order.NEWEST);
                case 3 -> SearchQuery.of(word + " " + words.get(random.nextInt(words.size())));
                case 4 -> SearchQuery.of(word.substring(0, 1));
                case 5 -> people.isEmpty() ? SearchQuery.of(word) : SearchQuery.of("").with(Facet.PERSON, people.get(random.nextInt(people.size())));
                case 6 -> SearchQuery.of("").with(Facet.AUTHOR, reporter(random.nextInt(REPORTERS)).replace(" ", ""));
                case 7 -> SearchQuery.of(word).with(Facet.SECTION, SECTIONS.get(random.nextInt(SECTIONS.size()))).withOrder(SearchQuery.Order.OLDEST);
                case 8 -> SearchQuery.of(word).with(Facet.PAPER, PAPERS.get(random.nextInt(PAPERS.size()))).withDates(FIRST_DAY, FIRST_DAY.plusDays(60));
                default -> SearchQuery.of("");
            });
        }
        return queries;
    }

    /** {@link #queries} as the search API's paths ({@code /api/search?q=…}). */
    static List<String> searchPaths(List<Page> sources, int count, long seed) {
        List<String> paths = new ArrayList<>();
        for (SearchQuery query : queries(sources, count, seed)) {
            StringBuilder path = new StringBuilder("/api/search?q=").append(URLEncoder.encode(query.text() == null ? "" : query.text(), StandardCharsets.UTF_8));
            query.filters().forEach((facet, value) -> path.append('&').append(facet.key()).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
            if (query.from() != null) {
                path.append("&from=").append(query.from()).append("&to=").append(query.to());
            }
            if (query.order() != null) {
                path.append("&sort=").append(query.order().key());
            }
            paths.add(path.toString());
        }
        return paths;
    }
}
