package banmian.layout.line;

import java.util.List;

/**
 * One decision of the text path: which stage and rule made it, what it decided ({@code TITLE},
 * {@code joins after line 12}, {@code new article: DATELINE}), the input lines it concerns, and the
 * evidence it went by (scores, the lines it looked at), in words.
 */
public record Decision(String stage, String rule, String outcome, List<Integer> lines, String evidence) {
}
