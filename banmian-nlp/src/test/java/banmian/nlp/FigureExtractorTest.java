package banmian.nlp;

import banmian.model.Figure;
import banmian.model.FigureType;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
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
}
