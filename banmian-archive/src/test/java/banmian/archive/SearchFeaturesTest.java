package banmian.archive;

import banmian.model.Article;
import banmian.model.Block;
import banmian.model.BlockType;
import banmian.model.Enrichment;
import banmian.model.Entity;
import banmian.model.EntityType;
import banmian.model.Page;
import banmian.model.PageMeta;
import banmian.model.TextSpan;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Sort, date range, facets (author and section, "more", the date in time order), counts of
 * collapsed copies that match the hits shown, paging by groups, one-character queries and the
 * issue browser, over an archive of two papers' issues on twelve days: every day each paper prints
 * the day's wire story (one group of two copies) and a local report by a reporter of its own.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchFeaturesTest {
    private static final LocalDate FIRST = LocalDate.of(2019, 9, 25);
    private static final int DAYS = 12;
    private static final String RED = "红旗日报";
    private static final String BLUE = "蓝天晚报";
    /** Twelve wire stories, one a day, each over 200 Han characters and unlike the others. */
    private static final String[] TOPICS = {"春耕", "秋收", "水利", "铁路", "港口", "电网", "学校", "医院", "桥梁", "森林", "草原", "海岛"};

    @TempDir
    static Path data;
    private Archive archive;

    @BeforeAll
    void build() throws IOException {
        archive = Archive.openForWriting(data);
        for (int d = 0; d < DAYS; d++) {
            LocalDate day = FIRST.plusDays(d);
            for (String paper : List.of(RED, BLUE)) {
                String reporter = paper.equals(RED) ? "李 斌" : "王小红";
                Article wire = article("新华社电 " + TOPICS[d] + "建设取得新进展", wire(d), null);
                Article local = article("本地新闻第" + (d + 1) + "天", "本市今天举行座谈会，党员代表发言。会议由市委宣传部主持，来自各界的代表参加。", reporter);
                archive.add(new Page(new PageMeta(paper, day, 1, "要闻"), List.of(wire), List.of()), "h");
                archive.add(new Page(new PageMeta(paper, day, 2, paper.equals(RED) ? "地方" : "社会"), List.of(local), List.of()), "h");
            }
            archive.flush();   // a commit a day: segments enough to search in slices
        }
    }

    @AfterAll
    void close() throws IOException {
        archive.close();
    }

    private static String wire(int d) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            text.append("第").append(i + 1).append("段").append(TOPICS[d]).append(TOPICS[(d + i) % TOPICS.length])
                    .append("工程进展顺利，各方协同推进，").append(TOPICS[d]).append("领域投资持续增长，群众满意度明显提升。");
        }
        return text.toString();
    }

    /** An article with its byline's person recorded as enrichment records it (named without the letter spacing). */
    private static Article article(String headline, String body, String byline) {
        Article article = new Article(null, new Block(BlockType.HEADLINE, headline, List.of()), null, null,
                byline == null ? null : new Block(BlockType.BYLINE, "本报记者 " + byline, List.of()), null,
                List.of(new Block(BlockType.PARAGRAPH, body, List.of())), List.of(), null, null);
        if (byline == null) {
            return article;
        }
        Entity author = new Entity(EntityType.PERSON, byline.replace(" ", ""), List.of(new TextSpan("byline", 0, 5, 5 + byline.length())));
        return article.withEnrichment(new Enrichment(List.of(author), List.of(), List.of(), null));
    }

    private SearchResults search(SearchQuery query) throws IOException {
        return archive.search(query);
    }

    private static List<LocalDate> dates(SearchResults results) {
        return results.hits().stream().map(SearchResults.Hit::date).toList();
    }

    @Test
    void copiesAreCountedAsTheGroupsShown() throws IOException {
        SearchResults all = search(SearchQuery.of(""));
        assertEquals(DAYS * 3, all.total(), "a day's two copies of the wire story are one hit, its two local reports two");
        SearchResults wire = search(SearchQuery.of("建设取得新进展"));
        assertEquals(DAYS, wire.total());
        assertEquals(DAYS, wire.facets().get("section").get(0).count(), "facets count the groups too");
        assertEquals(1, wire.hits().get(0).alsoIn().size());
    }

    @Test
    void facetCountsAreTheHitsListedInEveryOrder() throws IOException {
        for (String text : List.of("", "建设取得新进展", "座谈会")) {
            for (SearchQuery.Order order : SearchQuery.Order.values()) {
                SearchResults results = search(SearchQuery.of(text).withOrder(order).withPage(0, 100));
                Map<String, Long> listed = new TreeMap<>();
                results.hits().forEach(hit -> listed.merge(hit.paper(), 1L, Long::sum));
                Map<String, Long> counted = new TreeMap<>();
                results.facets().get("paper").forEach(value -> counted.put(value.value(), value.count()));
                assertEquals(listed, counted, text + " " + order.key());
                assertEquals(results.total(), results.hits().size());
            }
        }
    }

    @Test
    void searchingSegmentsInParallelSlicesFindsWhatOneSliceFinds() throws IOException {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(data.resolve("index")))) {
            assertTrue(reader.leaves().size() > 2, "segments: " + reader.leaves().size());
            IndexSearcher perSegment = new IndexSearcher(reader, pool) {
                @Override
                protected LeafSlice[] slices(List<LeafReaderContext> leaves) {
                    return slices(leaves, 1, 1);
                }
            };
            assertTrue(perSegment.getSlices().length > 2);
            IndexSearcher whole = new IndexSearcher(reader);
            StorySearch search = new StorySearch();
            for (String text : List.of("", "建设取得新进展", "座谈会", "港")) {
                for (SearchQuery.Order order : SearchQuery.Order.values()) {
                    for (int offset : new int[]{0, 5}) {
                        SearchQuery query = SearchQuery.of(text).withOrder(order).withPage(offset, 7);
                        assertEquals(search.search(whole, query), search.search(perSegment, query), text + " " + order + " " + offset);
                    }
                    SearchQuery first = SearchQuery.of(text).withOrder(order).withPage(0, 3);
                    SearchCursor next = search.search(whole, first).next();
                    if (next != null) {
                        assertEquals(search.search(whole, first.withCursor(next)), search.search(perSegment, first.withCursor(next)),
                                text + " " + order + " after a cursor");
                    }
                }
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void facetsOfManyGroupsAreCountedOnASampleOfTheirHeadsScaledUp() throws IOException {
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(data.resolve("index")))) {
            IndexSearcher searcher = new IndexSearcher(reader);
            GroupedSearch.Result all = GroupedSearch.run(searcher, StorySearch.STORIES, SearchQuery.Order.NEWEST,
                    GroupHeads.Ordinals.of(reader), 0, 10, null);
            assertEquals(DAYS * 3, all.heads().groups());
            GroupHeads.HeadSample whole = all.heads().sample(reader, 100);
            assertFalse(whole.sampled());
            assertEquals(1.0, whole.scale());
            assertEquals(DAYS * 3, whole.docs().stream().mapToInt(docs -> docs.totalHits).sum());
            GroupHeads.HeadSample sample = all.heads().sample(reader, 5);
            assertTrue(sample.sampled());
            int counted = sample.docs().stream().mapToInt(docs -> docs.totalHits).sum();
            assertEquals(5, counted, "every 8th of 36 heads");
            assertEquals(DAYS * 3 / 5.0, sample.scale(), 1e-9);
        }
    }

    @Test
    void everyPageShowsItsLimitWhileHitsRemainAndPagesDoNotOverlap() throws IOException {
        Set<String> seen = new HashSet<>();
        long total = search(SearchQuery.of("")).total();
        for (int offset = 0; offset < total; offset += 5) {
            SearchResults page = search(SearchQuery.of("").withPage(offset, 5));
            assertEquals(Math.min(5, total - offset), page.hits().size(), "page at " + offset);
            page.hits().forEach(hit -> assertTrue(seen.add(hit.id()), "shown twice: " + hit.id()));
        }
        assertEquals(total, seen.size());
        assertEquals(0, search(SearchQuery.of("").withPage((int) total, 5)).hits().size());
        int deepest = SearchQuery.MAX_WINDOW - SearchQuery.MAX_LIMIT;
        assertEquals(0, search(SearchQuery.of("").withPage(deepest, SearchQuery.MAX_LIMIT)).hits().size(), "the deepest page: empty, no huge queue");
        assertThrows(IllegalArgumentException.class, () -> SearchQuery.of("").withPage(Integer.MAX_VALUE, SearchQuery.MAX_LIMIT),
                "beyond the window: refused, without overflow");
    }

    /**
     * Paging by cursor gives the order paging by offset gives, in every order, including runs of equal
     * keys (three groups a day newest or oldest first; the local reports score alike for 座谈会), and
     * the last page says there is none after it.
     */
    @Test
    void aCursorWalksEveryOrderAsOffsetsDo() throws IOException {
        List<SearchQuery> searches = List.of(SearchQuery.of(""), SearchQuery.of("").withOrder(SearchQuery.Order.OLDEST),
                SearchQuery.of("座谈会"), SearchQuery.of("建设"), SearchQuery.of("进展").withOrder(SearchQuery.Order.OLDEST));
        for (SearchQuery search : searches) {
            List<String> byOffset = ids(search(search.withPage(0, SearchQuery.MAX_LIMIT)));
            assertTrue(byOffset.size() > 8, search.text() + ": enough hits to walk");
            for (int limit : new int[]{1, 4, 5}) {
                List<String> byCursor = new ArrayList<>();
                SearchResults page = search(search.withPage(0, limit));
                while (true) {
                    assertTrue(page.hits().size() == limit || page.next() == null, "a short page is the last");
                    byCursor.addAll(ids(page));
                    if (page.next() == null) {
                        break;
                    }
                    // The cursor as a client sends it back.
                    page = search(search.withPage(0, limit).withCursor(SearchCursor.of(page.next().token())));
                }
                assertEquals(byOffset, byCursor, search.text() + " " + search.effectiveOrder() + " by " + limit);
            }
        }
    }

    /** A cursor whose group is gone from the index (its page deleted) resumes where that group stood. */
    @Test
    void aCursorOnAGroupNoLongerIndexedResumesWhereItStood() throws IOException {
        SearchQuery newest = SearchQuery.of("").withPage(0, 5);
        SearchResults first = search(newest);
        SearchCursor next = first.next();
        String after = search(newest.withCursor(next)).hits().get(0).id();
        // Sorts after the last group shown and before any other: a group deleted since.
        SearchCursor gone = new SearchCursor(next.order(), next.key(), next.group() + "\u0001");
        assertEquals(after, search(newest.withCursor(gone)).hits().get(0).id());
    }

    @Test
    void aCursorIsRefusedWhenDamagedForAnotherOrderOrBesideAnOffset() throws IOException {
        SearchCursor next = search(SearchQuery.of("").withPage(0, 5)).next();
        String token = next.token();
        for (String damaged : List.of("", "x", token.substring(1), token + "!", "MQ", "a".repeat(SearchCursor.MAX_TOKEN_CHARS + 1))) {
            IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> SearchCursor.of(damaged), damaged);
            assertTrue(refused.getMessage().startsWith("cursor: "), refused.getMessage());
        }
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> SearchQuery.of("").withOrder(SearchQuery.Order.OLDEST).withCursor(next)).getMessage().startsWith("cursor: "));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> SearchQuery.of("").withCursor(next).withPage(5, 5)).getMessage().startsWith("offset: "));
    }

    private static List<String> ids(SearchResults results) {
        return results.hits().stream().map(SearchResults.Hit::id).toList();
    }

    @Test
    void sortsByRelevanceByDefaultWithTextAndByDateWithout() throws IOException {
        List<LocalDate> newest = dates(search(SearchQuery.of("").withPage(0, 100)));
        List<LocalDate> sorted = new ArrayList<>(newest);
        sorted.sort(java.util.Comparator.reverseOrder());
        assertEquals(sorted, newest, "no text: newest first");
        List<LocalDate> oldest = dates(search(SearchQuery.of("座谈会").withOrder(SearchQuery.Order.OLDEST).withPage(0, 100)));
        assertEquals(FIRST, oldest.get(0));
        assertEquals(FIRST.plusDays(DAYS - 1), oldest.get(oldest.size() - 1));
        // The headline lifts the story whose headline holds the words above those that only mention them.
        SearchResults relevant = search(SearchQuery.of("港口建设"));
        assertEquals("新华社电 港口建设取得新进展", search(SearchQuery.of("港口建设")).hits().get(0).headline());
        assertTrue(relevant.hits().get(0).score() > 0);
        assertEquals(0, search(SearchQuery.of("港口建设").withOrder(SearchQuery.Order.NEWEST)).hits().get(0).score());
        assertEquals(FIRST.plusDays(DAYS - 1), search(SearchQuery.of("港口").withOrder(SearchQuery.Order.NEWEST)).hits().get(0).date());
    }

    @Test
    void dateRangeHoldsWithEitherOrder() throws IOException {
        SearchQuery october = SearchQuery.of("").withDates(LocalDate.of(2019, 10, 1), LocalDate.of(2019, 10, 3)).withPage(0, 100);
        for (SearchQuery.Order order : SearchQuery.Order.values()) {
            SearchResults results = search(october.withOrder(order));
            assertEquals(9, results.total(), order.key());
            results.hits().forEach(hit -> assertTrue(!hit.date().isBefore(LocalDate.of(2019, 10, 1)) && !hit.date().isAfter(LocalDate.of(2019, 10, 3))));
        }
    }

    @Test
    void theDateFacetIsInTimeOrderAndSaysWhenThereIsMore() throws IOException {
        SearchResults results = search(SearchQuery.of(""));
        SearchResults.FacetCounts days = results.facetCounts().get("date");
        assertEquals(SearchQuery.FACET_VALUES, days.values().size());
        assertTrue(days.more(), "twelve days, ten shown");
        List<String> shown = days.values().stream().map(SearchResults.FacetValue::value).toList();
        List<String> ordered = new ArrayList<>(shown);
        ordered.sort(null);
        assertEquals(ordered, shown);
        SearchResults.FacetCounts allDays = search(SearchQuery.of("").withFacetLimit(Facet.DATE, 20)).facetCounts().get("date");
        assertEquals(DAYS, allDays.values().size());
        assertFalse(allDays.more());
        assertThrows(IllegalArgumentException.class, () -> SearchQuery.of("").withFacetLimit(Facet.DATE, SearchQuery.MAX_FACET_VALUES + 1));
    }

    @Test
    void authorsAndSectionsAreFacetsAndFilters() throws IOException {
        SearchResults results = search(SearchQuery.of(""));
        assertEquals(List.of(new SearchResults.FacetValue("李斌", DAYS), new SearchResults.FacetValue("王小红", DAYS)),
                results.facets().get("author"), "the letter-spaced byline 李 斌 is one name");
        assertEquals(Set.of(new SearchResults.FacetValue("要闻", DAYS), new SearchResults.FacetValue("地方", DAYS), new SearchResults.FacetValue("社会", DAYS)),
                Set.copyOf(results.facets().get("section")), "the wire story's two copies count once");
        assertFalse(results.facetCounts().get("author").more());
        SearchResults byAuthor = search(SearchQuery.of("").with(Facet.AUTHOR, "李斌"));
        assertEquals(DAYS, byAuthor.total());
        byAuthor.hits().forEach(hit -> assertEquals(RED, hit.paper()));
        assertEquals(DAYS, search(SearchQuery.of("座谈会").with(Facet.SECTION, "社会")).total());
        assertEquals(0, search(SearchQuery.of("座谈会").with(Facet.SECTION, "要闻")).total());
    }

    @Test
    void oneCharacterQueriesFindTheCharacterAndLongerOnesStayPhrases() throws IOException {
        assertEquals(DAYS * 2, search(SearchQuery.of("党")).total(), "党 stands alone in 党员 only");
        assertEquals(DAYS, search(SearchQuery.of("港")).total());
        String snippet = search(SearchQuery.of("党")).hits().get(0).snippet();
        assertTrue(snippet.contains(SearchResults.MARK_START + "党" + SearchResults.MARK_END), snippet);
        assertEquals(0, search(SearchQuery.of("党会")).total(), "two characters are a word, not two characters anywhere");
        assertEquals(DAYS * 2, search(SearchQuery.of("党员代表")).total());
        assertEquals(0, search(SearchQuery.of("代表党员")).total());
    }

    @Test
    void theIssueBrowserWalksPapersYearsMonthsDaysAndPages() throws IOException {
        List<IssueCalendar.Paper> papers = archive.papers();
        assertEquals(List.of(RED, BLUE), papers.stream().map(IssueCalendar.Paper::name).toList());
        IssueCalendar.Paper red = papers.get(0);
        assertEquals(new IssueCalendar.Paper(RED, red.slug(), FIRST, FIRST.plusDays(DAYS - 1), DAYS, DAYS * 2), red);
        assertEquals(List.of(new IssueCalendar.Period("2019", DAYS, DAYS * 2)), archive.issueDates(RED, null, null));
        assertEquals(List.of(new IssueCalendar.Period("2019-09", 6, 12), new IssueCalendar.Period("2019-10", 6, 12)),
                archive.issueDates(red.slug(), 2019, null), "by slug as by name");
        List<IssueCalendar.Period> october = archive.issueDates(RED, 2019, 10);
        assertEquals(6, october.size());
        assertEquals(new IssueCalendar.Period("2019-10-01", 1, 2), october.get(0));
        assertEquals(List.of(), archive.issueDates(RED, 2020, null));
        List<IssueCalendar.IssuePage> pages = archive.issuePages(RED, LocalDate.of(2019, 10, 1));
        assertEquals(List.of(1, 2), pages.stream().map(IssueCalendar.IssuePage::number).toList());
        assertEquals("地方", pages.get(1).section());
        assertEquals(1, pages.get(1).articles());
        assertEquals(red.slug() + "-2019-10-01-p02", pages.get(1).id());
        assertThrows(IllegalArgumentException.class, () -> archive.issueDates(RED, null, 10));
        assertThrows(IllegalArgumentException.class, () -> archive.issueDates(RED, 2019, 13));
        assertEquals(List.of(), archive.issueDates("无此报", null, null));
    }
}
