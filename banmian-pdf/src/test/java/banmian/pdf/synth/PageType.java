package banmian.pdf.synth;

import java.util.List;

/** The kinds of page the synthesizer lays out, each with the page number it prints and the source pages its articles come from. */
enum PageType {
    FRONT(1, "要闻", List.of(1)),
    NEWS(4, "要闻", List.of(2, 4, 6, 10, 11, 13, 14)),
    BRIEFS(6, "经济", List.of(2, 4, 6, 10, 11, 13, 14, 15)),
    OPINION(5, "评论", List.of(5, 9)),
    INTERNATIONAL(3, "国际", List.of(3, 16, 17)),
    ADVERT(10, "社会", List.of(10, 11, 13, 14)),
    PHOTO(12, "视觉", List.of(12, 19, 20));

    final int number;
    final String section;
    final List<Integer> sourcePages;

    PageType(int number, String section, List<Integer> sourcePages) {
        this.number = number;
        this.section = section;
        this.sourcePages = sourcePages;
    }
}
