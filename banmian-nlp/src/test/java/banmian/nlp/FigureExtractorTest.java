package banmian.nlp;

import banmian.model.Figure;
import banmian.model.FigureType;
import banmian.testing.SameMatches;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FigureExtractorTest {
    private static final LocalDate PAGE = LocalDate.of(2024, 3, 11);
    private final FigureExtractor extractor = new FigureExtractor();

    private List<Figure> figures(String text) {
        return extractor.extract("body", 0, text, PAGE);
    }

    private Figure only(String text, FigureType type) {
        List<Figure> found = figures(text).stream().filter(figure -> figure.type() == type).toList();
        assertEquals(1, found.size(), () -> text + " -> " + found);
        return found.get(0);
    }

    @Test
    void moneyWithMultiplierAndCurrency() {
        Figure money = only("总投资20.64亿元，", FigureType.MONEY);
        assertEquals(new BigDecimal("2064000000"), money.value());
        assertEquals("CNY", money.unit());
        assertEquals("20.64亿元", money.text());
        assertEquals(3, money.span().start());
        assertEquals(10, money.span().end());
        assertEquals(new BigDecimal("35000000"), only("投入三千五百万元", FigureType.MONEY).value());
        assertEquals(new BigDecimal("1200"), only("捐款1,200美元", FigureType.MONEY).value());
        assertEquals("USD", only("捐款1,200美元", FigureType.MONEY).unit());
        assertEquals(new BigDecimal("200000000"), only("两亿元", FigureType.MONEY).value());
        assertEquals(new BigDecimal("5.5"), only("５．５元", FigureType.MONEY).value());
    }

    @Test
    void malformedMoneyIsNoFigure() {
        assertTrue(figures("带来上亿元的营收").isEmpty());
        assertTrue(figures("亿元").isEmpty());
        assertTrue(figures("元旦").isEmpty());
    }

    @Test
    void percentages() {
        assertEquals(new BigDecimal("89.93"), only("开工率89.93%；", FigureType.PERCENT).value());
        assertEquals(new BigDecimal("44"), only("增长了４４％", FigureType.PERCENT).value());
        assertEquals(new BigDecimal("30"), only("百分之三十", FigureType.PERCENT).value());
        assertTrue(figures("增长%").isEmpty());
    }

    @Test
    void countsKeepTheirMeasureWord() {
        Figure count = only("累计投入营运客车7356辆次，", FigureType.COUNT);
        assertEquals(new BigDecimal("7356"), count.value());
        assertEquals("辆次", count.unit());
        Figure tonnes = only("年产5万吨", FigureType.COUNT);
        assertEquals(new BigDecimal("50000"), tonnes.value());
        assertEquals("吨", tonnes.unit());
        assertEquals(new BigDecimal("2162"), only("应出席委员2162人", FigureType.COUNT).value());
        assertTrue(figures("第二次会议").stream().noneMatch(f -> f.type() == FigureType.COUNT), "an ordinal is no count");
    }

    @Test
    void aPageDateBeyondFourDigitYearsDoesNotThrow() {
        // Callers refuse such dates (MetaCheck); the resolver itself must still not fail on one.
        List<Figure> dates = extractor.extract("body", 0, "10日上午9时开幕", LocalDate.parse("+10000-01-01")).stream()
                .filter(figure -> figure.type() == FigureType.DATE).toList();
        assertEquals("+10000-01-10T09:00", dates.get(dates.size() - 1).resolved(), dates.toString());
    }

    @Test
    void datesResolveAgainstThePageDate() {
        assertEquals("2024-03-10", only("3月10日，", FigureType.DATE).resolved());
        Figure morning = only("10日上午在人民大会堂闭幕", FigureType.DATE);
        assertEquals("2024-03-10", morning.resolved());
        assertEquals("morning", morning.qualifier());
        Figure monthEnd = only("截至2023年12月底，", FigureType.DATE);
        assertEquals("2023-12-31", monthEnd.resolved());
        assertEquals("month", monthEnd.granularity());
        assertEquals("end", monthEnd.qualifier());
        assertEquals("2023", only("与去年同期相比", FigureType.DATE).resolved());
        assertEquals("2024-03-10", only("昨天", FigureType.DATE).resolved());
        assertEquals("2024-03-10T15:30", figures("3月10日下午3时30分").get(0).resolved());
    }

    @Test
    void impossibleDatesAreNoDates() {
        assertTrue(figures("2月30日").stream().noneMatch(f -> f.type() == FigureType.DATE));
        assertTrue(figures("13月5日").stream().noneMatch(f -> f.type() == FigureType.DATE && f.resolved().contains("13")));
        assertTrue(figures("进入一号熔炉").stream().noneMatch(f -> f.type() == FigureType.DATE));
    }

    @Test
    void withoutAPageDateMonthAndDayStayYearless() {
        Figure date = extractor.extract("body", 0, "3月10日", null).get(0);
        assertEquals("--03-10", date.resolved());
        assertNull(date.value());
    }

    /** The number patterns as they were, before runs of digits and numerals were each read once. */
    private static final String FORMER_ARABIC = "[0-9０-９]+(?:[,，][0-9]{3})*(?:[.．][0-9０-９]+)?";
    private static final String FORMER_NUMBER = "(?:" + FORMER_ARABIC + "(?:万亿|千亿|百亿|十亿|亿|千万|百万|十万|万|千)?"
            + "|[零〇一二两三四五六七八九十百千万亿]*[一二两三四五六七八九十][零〇一二两三四五六七八九十百千万亿]*)";

    @Test
    void moneyPercentagesAndCountsAreFoundWhereTheyWere() {
        List<String> inputs = new ArrayList<>(List.of("总投资20.64亿元，", "投入三千五百万元", "捐款1,200美元", "两亿元", "增长3.5%", "百分之二十",
                "第十二个", "第1,234元", "1,234,567元", "3万一千元", "二〇二三年新建12万千瓦时", "十千瓦时", "三万吨", "共1,2345人"));
        inputs.addAll(SameMatches.mixes(14, 6000, 10, "1", "2", "０", ",", "，", ".", "．", "234", "一", "二", "两", "十", "百", "千", "万", "亿",
                "零", "〇", "元", "美元", "人", "万吨", "千瓦时", "瓦", "%", "％", "百分之", "第", "个", "a"));
        SameMatches.assertSame("(?<![0-9０-９.．第])(" + FORMER_NUMBER + ")(元人民币|美元|欧元|英镑|日元|港元|港币|澳门元|新台币|韩元|卢布|澳元|元)",
                SameMatches.pattern(FigureExtractor.class, "MONEY"), inputs);
        SameMatches.assertSame("(?<![0-9０-９.．])(" + FORMER_ARABIC + ")[%％]|百分之(" + FORMER_NUMBER + ")",
                SameMatches.pattern(FigureExtractor.class, "PERCENT"), inputs);
        SameMatches.assertSame("(?<![0-9０-９.．第])(" + FORMER_NUMBER + ")"
                + "(人次|辆次|趟次|台次|架次|场次|车次|班次|户次|万千瓦时|千瓦时|万千瓦|千瓦|平方公里|平方米|公顷|万吨|吨|公斤|千克|公里|千米|亩"
                + "|人|名|位|个|家|项|辆|台|趟|起|次|场|所|座|户|件|批|条|篇|套|张|架|艘|头|只|棵|株|间|处|栋|幢|支|枚|例|份|册|本|首|部)",
                SameMatches.pattern(FigureExtractor.class, "COUNT"), inputs);
    }

    private List<Figure> amounts(String text) {
        return figures(text).stream().filter(figure -> figure.type() != FigureType.DATE).toList();
    }

    /** Issue #14: 2,000 numerals in a row took minutes (every start re-read the run, in every way of cutting it). */
    @Test
    void longRunsOfNumeralsAndDigitGroupsAreReadOnce() {
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            assertTrue(amounts("一".repeat(200_000) + "年").isEmpty());
            assertTrue(amounts("第" + "一".repeat(200_000) + "年").isEmpty());
            assertTrue(amounts("1" + ",234".repeat(100_000) + "年").isEmpty());
            assertEquals(new BigDecimal("12"), only("涨幅达" + "一".repeat(200_000) + "，百分之十二", FigureType.PERCENT).value());
        });
    }
}
