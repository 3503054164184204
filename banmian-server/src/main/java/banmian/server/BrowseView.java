package banmian.server;

import banmian.archive.Archive;
import banmian.archive.IssueCalendar;

import java.io.IOException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The issue browser as a reader walks it: the papers, then one paper's years and months, then a
 * month as a calendar whose days with an issue link to it, then one issue's pages (thumbnails where
 * the page is kept as printed). {@code trail} leads back up, each step a label and its address.
 */
record BrowseView(String title, List<Step> trail, List<IssueCalendar.Paper> papers, List<Year> years, Month month,
                  List<PageLink> pages) {
    /** One step of the way back up: its label and address (null for where the reader is). */
    record Step(String label, String url) {
    }

    /** A year of a paper and its months with issues. */
    record Year(int year, int issues, List<Link> months) {
    }

    /** A month or day with issues: its label, its address and how many issues it holds. */
    record Link(String label, String url, int issues) {
    }

    /** A page of an issue: "第7版 理论 · 3篇", its address, its thumbnail when it is kept as printed. */
    record PageLink(String label, String url, String thumbnail) {
    }

    /** A month as a calendar: rows of weeks from Monday, each day null outside the month, else its link (null url: no issue). */
    record Month(String heading, List<List<Link>> weeks) {
    }

    static final List<String> WEEKDAYS = List.of("一", "二", "三", "四", "五", "六", "日");

    static BrowseView papers(Archive archive) throws IOException {
        return new BrowseView("按日期浏览 · 版面", List.of(new Step("报纸", null)), archive.papers(), List.of(), null, List.of());
    }

    static BrowseView paper(Archive archive, IssueCalendar.Paper paper) throws IOException {
        List<Year> years = new ArrayList<>();
        for (IssueCalendar.Period year : archive.issueDates(paper.slug(), null, null)) {
            int y = Integer.parseInt(year.period());
            List<Link> months = new ArrayList<>();
            for (IssueCalendar.Period month : archive.issueDates(paper.slug(), y, null)) {
                YearMonth ym = YearMonth.parse(month.period());
                months.add(new Link(ym.getMonthValue() + "月", monthUrl(paper, ym), month.issues()));
            }
            years.add(new Year(y, year.issues(), months));
        }
        return new BrowseView(paper.name() + " · 按日期浏览 · 版面", List.of(new Step("报纸", "/browse"), new Step(paper.name(), null)),
                List.of(), years, null, List.of());
    }

    static BrowseView month(Archive archive, IssueCalendar.Paper paper, YearMonth month) throws IOException {
        Map<LocalDate, Integer> issues = new HashMap<>();
        for (IssueCalendar.Period day : archive.issueDates(paper.slug(), month.getYear(), month.getMonthValue())) {
            issues.put(LocalDate.parse(day.period()), day.issues());
        }
        List<List<Link>> weeks = new ArrayList<>();
        List<Link> week = new ArrayList<>();
        for (int blank = 1; blank < month.atDay(1).getDayOfWeek().getValue(); blank++) {
            week.add(null);
        }
        for (LocalDate day = month.atDay(1); !day.isAfter(month.atEndOfMonth()); day = day.plusDays(1)) {
            week.add(new Link(String.valueOf(day.getDayOfMonth()), issues.containsKey(day) ? issueUrl(paper, day) : null,
                    issues.getOrDefault(day, 0)));
            if (day.getDayOfWeek() == DayOfWeek.SUNDAY) {
                weeks.add(week);
                week = new ArrayList<>();
            }
        }
        if (!week.isEmpty()) {
            while (week.size() < 7) {
                week.add(null);
            }
            weeks.add(week);
        }
        String heading = month.getYear() + "年" + month.getMonthValue() + "月";
        return new BrowseView(paper.name() + " " + heading + " · 版面", List.of(new Step("报纸", "/browse"),
                new Step(paper.name(), paperUrl(paper)), new Step(heading, null)), List.of(), List.of(), new Month(heading, weeks), List.of());
    }

    static BrowseView issue(Archive archive, IssueCalendar.Paper paper, LocalDate date) throws IOException {
        List<PageLink> pages = new ArrayList<>();
        for (IssueCalendar.IssuePage page : archive.issuePages(paper.slug(), date)) {
            String thumbnail = archive.facsimile(paper.slug(), date, page.number())
                    .map(facsimile -> PageView.image(paper.slug(), date, page.number(), facsimile, "thumb.jpg")).orElse(null);
            String label = "第" + page.number() + "版" + (page.section() == null ? "" : " " + page.section()) + " · " + page.articles() + "篇";
            pages.add(new PageLink(label, ReaderLinks.page(paper.slug(), date, page.number()), thumbnail));
        }
        YearMonth month = YearMonth.from(date);
        String day = date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
        return new BrowseView(paper.name() + " " + day + " · 版面", List.of(new Step("报纸", "/browse"),
                new Step(paper.name(), paperUrl(paper)), new Step(month.getYear() + "年" + month.getMonthValue() + "月", monthUrl(paper, month)),
                new Step(day, null)), List.of(), List.of(), null, pages);
    }

    static String paperUrl(IssueCalendar.Paper paper) {
        return "/browse/" + Html.url(paper.slug());
    }

    static String monthUrl(IssueCalendar.Paper paper, YearMonth month) {
        return paperUrl(paper) + "/" + month.getYear() + "/" + month.getMonthValue();
    }

    static String issueUrl(IssueCalendar.Paper paper, LocalDate date) {
        return paperUrl(paper) + "/" + date;
    }
}
