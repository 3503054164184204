package banmian.layout.tag;

import banmian.layout.line.Facts;
import banmian.layout.line.LineRole;
import banmian.layout.line.LineShape;
import banmian.layout.line.PageAnalysis;
import banmian.layout.line.Stage;
import banmian.layout.line.Surnames;
import banmian.layout.line.TagParameters;
import banmian.layout.line.TextLine;
import banmian.text.Chars;
import banmian.text.Punctuation;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds author lines: the affiliation note {@code （作者为……研究员）}, which may run over several
 * lines, and bylines, either with a role ({@code 本报记者 王新}) or a bare name standing alone
 * ({@code 陈曙光}), recognised by a Chinese surname and a name's length.
 */
public final class AuthorTagger {
    private static final Pattern ROLE_BYLINE = Pattern.compile(
            "^(本报)?(特约|实习)?(记者|通讯员|评论员|实习生)[\\p{IsHan}·、]{2,24}$|^(本报|人民日报|新华社|新华时评)?(特约)?评论员$");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    /** Two spaces or more, or an ideographic space: the gap between names set apart. */
    private static final Pattern WIDE_GAP = Pattern.compile("\\s{2,}|\\u3000");
    private static final String NOTE_OPENING = "（作者";

    /** Bylines (with a role, or bare names) and author notes, by wording. */
    public static final Stage BY_WORDING = Stage.of("authors", Set.of(Facts.LINES, Facts.FURNITURE_ROLES, Facts.CAPTION_ROLES),
            Set.of(Facts.AUTHOR_ROLES), page -> {
                tagNamesAndNotes(page, page.lines(), false);
                tagStrayNameCharacters(page, page.lines());
            });

    /**
     * As {@link #BY_WORDING}, on lines placed by geometry: a bare name must stand alone in its block and
     * must not finish a sentence the line above it, in the same block and size, left open.
     */
    public static final Stage BY_WORDING_AND_PLACE = Stage.of("authors", Set.of(Facts.LINES, Facts.FURNITURE_ROLES,
            Facts.CAPTION_ROLES), Set.of(Facts.AUTHOR_ROLES), page -> {
                tagNamesAndNotes(page, page.lines(), true);
                tagStrayNameCharacters(page, page.lines());
            });

    private static void tagNamesAndNotes(PageAnalysis page, List<TextLine> lines, boolean placed) {
        TagParameters parameters = page.parameters().tag();
        for (int i = 0; i < lines.size(); i++) {
            TextLine line = lines.get(i);
            if (line.role() != LineRole.BODY) {
                continue;
            }
            String text = line.squashed;
            if (text.startsWith(NOTE_OPENING) || text.startsWith("(作者")) {
                i = markNote(page, lines, i, parameters.maxNoteLines());
            } else if (text.length() <= parameters.maxBylineChars() && hasRoleWord(text) && ROLE_BYLINE.matcher(unbracketed(text)).matches()) {
                page.assign(line, LineRole.BYLINE, "byline-with-role");
            } else if (text.length() <= parameters.maxBylineChars() && isBareNameLine(line, text)
                    && !(placed && (endsUnfinishedSentence(lines, i, parameters.minRunningLine()) || sharesPlacedBox(lines, line)))) {
                page.assign(line, LineRole.BYLINE, "bare-name-byline");
            }
        }
    }

    /**
     * A lone Han character boxed by itself beside a byline is the rest of a spaced-out name the
     * extractor split ({@code 周 江} as {@code 周} … {@code 江}); left in the body it would break the
     * sentence the byline interrupts. Two such characters in a row that make a full name, under a
     * display line or beside a byline ({@code 叶} / {@code 帆}; {@code 周} / {@code 江} / {@code 张济坤}),
     * are a byline. Between two paragraphs they stay text: a byline there would cut an article the
     * page does not cut.
     */
    private static void tagStrayNameCharacters(PageAnalysis page, List<TextLine> lines) {
        for (int i = 0; i < lines.size(); i++) {
            if (!isLoneCharacter(lines, i)) {
                continue;
            }
            boolean besideByline = i > 0 && lines.get(i - 1).role() == LineRole.BYLINE
                    || i + 1 < lines.size() && lines.get(i + 1).role() == LineRole.BYLINE;
            boolean splitName = isLoneCharacter(lines, i + 1) && Surnames.couldBeFullName(lines.get(i).squashed + lines.get(i + 1).squashed)
                    && (i > 0 && (isDisplayLine(lines, lines.get(i - 1)) || lines.get(i - 1).role() == LineRole.BYLINE)
                        || i + 2 < lines.size() && lines.get(i + 2).role() == LineRole.BYLINE);
            if (splitName) {
                page.assign(lines.get(i + 1), LineRole.BYLINE, "split-name-characters");
            }
            if (besideByline || splitName) {
                page.assign(lines.get(i), LineRole.BYLINE, splitName ? "split-name-characters" : "lone-character-beside-byline");
            }
        }
    }

    /** A title-shaped line alone in its box: a headline, before titles are told from headings. */
    private static boolean isDisplayLine(List<TextLine> lines, TextLine line) {
        return line.role() == LineRole.BODY && TextLine.isAloneInBox(lines, line) && LineShape.couldBeTitle(line);
    }

    private static boolean isLoneCharacter(List<TextLine> lines, int i) {
        if (i >= lines.size()) {
            return false;
        }
        TextLine line = lines.get(i);
        return line.role() == LineRole.BODY && line.squashed.length() == 1 && Chars.isHan(line.squashed.charAt(0))
                && TextLine.isAloneInBox(lines, line);
    }

    /**
     * The line ends a sentence that the line above it, set in the same box and type size, left open
     * ({@code 手把手教} / {@code 农民科学}): the short last line of a paragraph, however much it looks
     * like a name. Only geometry tells running text from a headline above a bare byline.
     */
    private static boolean endsUnfinishedSentence(List<TextLine> lines, int index, int minRunningLine) {
        if (index == 0) {
            return false;
        }
        TextLine line = lines.get(index);
        TextLine previous = lines.get(index - 1);
        return previous.box == line.box && previous.role() == LineRole.BODY && previous.geometry.fontSize() == line.geometry.fontSize()
                && previous.squashed.length() >= minRunningLine && !Punctuation.endsSentence(previous.raw);
    }

    /**
     * Placed by geometry, a bare name is set apart in its own block; a short line sharing its block
     * with others is part of a heading or paragraph ({@code 不忘初心走在} / {@code 时代前列}).
     */
    private static boolean sharesPlacedBox(List<TextLine> lines, TextLine line) {
        return !TextLine.isAloneInBox(lines, line);
    }

    /** Reporters closing an article are often bracketed: {@code （本报记者 赵刚 通讯员 钱丽）}. */
    public static String unbracketed(String text) {
        boolean bracketed = (text.startsWith("（") && text.endsWith("）")) || (text.startsWith("(") && text.endsWith(")"));
        return bracketed && text.length() > 2 ? text.substring(1, text.length() - 1) : text;
    }

    private static boolean hasRoleWord(String text) {
        return text.contains("记者") || text.contains("通讯员") || text.contains("评论员") || text.contains("实习生");
    }

    /**
     * Marks the note's lines up to the one that closes its bracket; returns the last index marked.
     * A full line of running text in a box of its own, between the note's boxes, is text the
     * extractor interleaved with the note, and stays body.
     */
    private static int markNote(PageAnalysis page, List<TextLine> lines, int start, int maxNoteLines) {
        int limit = Math.min(lines.size(), start + maxNoteLines);
        int last = start;
        for (int i = start; i < limit; i++) {
            TextLine line = lines.get(i);
            if (line.role() != LineRole.BODY) {
                return last;
            }
            boolean closes = line.raw.indexOf('）') >= 0 || line.raw.indexOf(')') >= 0;
            if (i > start && !closes && line.box != lines.get(last).box) {
                continue;
            }
            page.assign(line, LineRole.AUTHOR_NOTE, "author-note");
            last = i;
            if (closes) {
                return i;
            }
        }
        return last;
    }

    /**
     * Wide-spaced tokens as names: a two-character name is often spaced out as widely as the names
     * are spaced apart ({@code 汪  涛  吴光胜}), so two lone characters in a row make one name.
     */
    private static List<String> nameTokens(String[] tokens) {
        List<String> names = new ArrayList<>();
        String pending = null;
        for (String token : tokens) {
            String name = Chars.squash(token);
            if (name.length() == 1 && pending != null) {
                names.add(pending + name);
                pending = null;
            } else if (name.length() == 1) {
                pending = name;
            } else {
                if (pending != null) {
                    names.add(pending);
                    pending = null;
                }
                names.add(name);
            }
        }
        if (pending != null) {
            names.add(pending);
        }
        return names;
    }

    /**
     * Extractors that collapse every gap to one space ({@code 周 江 张济坤}) leave a spaced-out
     * two-character name beside whole names; only that mix is read name by name, since a line of
     * nothing but lone characters is as likely a letter-spaced heading.
     */
    private static String[] collapsedGapTokens(String text) {
        String[] tokens = WHITESPACE.split(text);
        boolean loneCharacters = false;
        boolean wholeNames = false;
        for (String token : tokens) {
            loneCharacters |= token.length() == 1;
            wholeNames |= token.length() > 1;
        }
        return loneCharacters && wholeNames ? tokens : new String[] {text};
    }

    /**
     * One to three names alone on a line, each shaped like a full name ({@link Surnames#couldBeFullName};
     * a two-character name is often letter-spaced, {@code 叶 帆}).
     */
    static boolean isBareNameLine(TextLine line, String squashed) {
        if (squashed.length() < 2 || squashed.length() > 12 || !squashed.codePoints().allMatch(cp -> Chars.isHan(cp) || cp == '·')) {
            return false;
        }
        if (squashed.length() <= 4) {
            return Surnames.couldBeFullName(squashed);
        }
        List<String> names = nameTokens(WIDE_GAP.split(line.raw.strip()));
        if (names.size() < 2) {
            names = nameTokens(collapsedGapTokens(line.raw.strip()));
        }
        if (names.size() < 2) {
            return false;
        }
        for (String name : names) {
            if (!Surnames.couldBeFullName(name)) {
                return false;
            }
        }
        return true;
    }
}
