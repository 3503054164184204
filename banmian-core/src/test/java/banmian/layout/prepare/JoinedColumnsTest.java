package banmian.layout.prepare;

import banmian.layout.LayoutFixtures;
import banmian.layout.PageParser;
import banmian.model.Article;
import banmian.model.Page;
import banmian.model.SourceLine;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

/**
 * Text sorted by position with the columns of each row joined by one space (pdfplumber's
 * {@code extract_text()}, PDFBox sorting by position). The article runs over three columns; its
 * third is shorter, so the last rows hold two columns only.
 */
class JoinedColumnsTest {
    private static final List<String> FIRST = List.of(
            "在城南的老木作街区，传统榫卯",
            "技艺正在年轻人手中焕发新生。",
            "走进一家木作工坊，传统榫卯技艺",
            "的展品摆满了整面墙，从小板凳到",
            "八仙桌，不用一根钉子就能严丝合",
            "缝，靠的正是传统榫卯技艺。");
    private static final List<String> SECOND = List.of(
            "近年来，街区把传统榫卯技艺",
            "列入非遗保护项目，并开设体验课",
            "程，吸引游客动手制作小木件，把",
            "老手艺发展成了文旅产业，也让传",
            "统榫卯技艺走出街区，带动周边木",
            "作产业和文旅产业共同发展。");
    private static final List<String> THIRD = List.of(
            "据统计，街区去年接待游客四",
            "十多万人次，传统榫卯技艺体验课",
            "程场场爆满，相关产业收入突破三",
            "千万元。");

    private static String joinedPage() {
        StringBuilder text = new StringBuilder("老木作焕发新生机\n");
        for (int row = 0; row < FIRST.size(); row++) {
            List<String> parts = new ArrayList<>(List.of(FIRST.get(row), SECOND.get(row)));
            if (row < THIRD.size()) {
                parts.add(THIRD.get(row));
            }
            text.append(String.join(" ", parts)).append('\n');
        }
        return text.toString();
    }

    @Test
    void rowsArePartedWhereASpaceStandsBetweenTwoFullWidthCharacters() {
        assertEquals(List.of("的展品摆满了整面墙，从小板凳到", "老手艺发展成了文旅产业，也让传", "程场场爆满，相关产业收入突破三"),
                JoinedColumns.segments("的展品摆满了整面墙，从小板凳到 老手艺发展成了文旅产业，也让传 程场场爆满，相关产业收入突破三"));
        assertEquals(List.of("尤其是 2012 年以来"), JoinedColumns.segments("尤其是 2012 年以来"), "spaces beside digits part nothing");
        assertEquals(List.of("新新 时时 代代"), JoinedColumns.segments("新新 时时 代代"), "a doubled, letter-spaced title stays one line");
    }

    @Test
    void eachColumnIsReadTopToBottom() {
        Page page = LayoutFixtures.parse(joinedPage());
        assertEquals(1, page.articles().size(), LayoutFixtures.dump(page));
        Article article = page.articles().get(0);
        assertEquals("老木作焕发新生机", article.headlineText());
        assertEquals(String.join("", FIRST) + String.join("", SECOND) + String.join("", THIRD), article.bodyText());
    }

    @Test
    void everyLineKeepsTheInputLineItCameFrom() {
        List<SourceLine> columns = JoinedColumns.split(PageParser.lines(joinedPage()));
        SourceLine third = columns.stream().filter(line -> line.text().equals(THIRD.get(1))).findFirst().orElseThrow();
        assertEquals(3, third.number(), "the second row of the columns is the page's third line");
    }

    @Test
    void aColumnGoesOnAloneAfterTheColumnBesideItEnds() {
        // Rows holding one column's line only are that column's, not headings of their own.
        StringBuilder text = new StringBuilder();
        List<String> longer = new ArrayList<>(FIRST);
        longer.addAll(List.of("工坊负责人介绍说，每逢周末前来学", "习的年轻人络绎不绝，课程一票难", "求。"));
        List<String> shorter = THIRD;
        for (int row = 0; row < longer.size(); row++) {
            text.append(row < shorter.size() ? longer.get(row) + " " + shorter.get(row) : longer.get(row)).append('\n');
        }
        List<String> boxes = boxes(JoinedColumns.split(PageParser.lines(text.toString())));
        assertEquals(List.of(String.join("", longer), String.join("", shorter)), boxes);
    }

    @Test
    void aParagraphsShortLastLineStaysInItsColumn() {
        String text = String.join("\n",
                "在城南的老木作街区，传统榫卯 近年来，街区把传统榫卯技艺",
                "技艺正在年轻人手中焕发新生 列入非遗保护项目，并开设体验课",
                "了。 程，吸引游客动手制作小木件。");
        assertEquals(List.of("在城南的老木作街区，传统榫卯技艺正在年轻人手中焕发新生了。", "近年来，街区把传统榫卯技艺列入非遗保护项目，并开设体验课程，吸引游客动手制作小木件。"),
                boxes(JoinedColumns.split(PageParser.lines(text))));
    }

    /** The split's boxes, each as its lines' text joined. */
    private static List<String> boxes(List<SourceLine> lines) {
        List<String> boxes = new ArrayList<>();
        StringBuilder box = new StringBuilder();
        for (SourceLine line : lines) {
            if (line.isBlank()) {
                if (!box.isEmpty()) {
                    boxes.add(box.toString());
                }
                box.setLength(0);
            } else {
                box.append(line.text());
            }
        }
        if (!box.isEmpty()) {
            boxes.add(box.toString());
        }
        return boxes;
    }

    @Test
    void textWithoutJoinedColumnsPassesUntouched() {
        List<SourceLine> justified = PageParser.lines("""
                加 宏 大 ，愿 景 更 加 美 好 。 从 现 代 化
                国 家 升 级 为 现 代 化 强 国 ，意 味 着 新
                目标不是建成一般意义上的社会主
                """);
        assertSame(justified, JoinedColumns.split(justified));
    }
}
