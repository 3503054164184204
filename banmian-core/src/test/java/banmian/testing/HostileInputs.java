package banmian.testing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The inputs that make a backtracking regular expression slow, derived from the expression itself:
 * <ul>
 * <li>a long run of each kind of character it tells apart;</li>
 * <li>for each kind a repetition takes: its run followed by each other kind (the character that breaks the
 * match at the end of the run: the {@code \s+$} case), and by that kind and one more of the run (a final
 * line end that {@code $} would accept is not final then), its run between two of each other kind, and
 * two kinds alternating, as {@code xy} and as {@code xyy};</li>
 * <li>the shortest text that leads into a repetition ({@code （下转} before {@code \s*}), then a run of
 * what the repetition takes, alone and followed by each other kind and one more of the run;</li>
 * <li>the expression's literal words and the shortest spellings of its repeated groups, repeated.</li>
 * </ul>
 * Kinds of character: the expression is read into its atoms (character classes, escapes, the dot, literals);
 * two characters are of one kind when every atom takes both or neither and neither or both end a line.
 * Candidates are a fixed alphabet of newspaper text and markup plus every character the expression names,
 * so a handful of representatives stand for all of Unicode as far as the expression can tell.
 */
final class HostileInputs {
    /** Spaces, Han, digits, Chinese numerals, letters, full-width and ASCII punctuation, line ends, oddities. */
    static final String ALPHABET = " \u3000\t一中0123456789〇二三四五六七八九十百千万亿"
            + "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
            + "，。、：；（）《》“”·—０!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~"
            + "\n\r\u0085\u2028\u000B\f\u0001Ж\uFFFD";

    /** At most this many lead-ins, the shortest: keeps an expression of many parts (the masthead's) to a few thousand inputs. */
    private static final int MAX_LEAD_INS = 16;

    /** One input: {@code prefix}, then {@code unit} repeated to the wanted length, then {@code suffix}. */
    record Shape(String description, String prefix, String unit, String suffix) {
        char[] text(int length) {
            int repeats = Math.max(1, length / unit.length());
            char[] text = new char[prefix.length() + repeats * unit.length() + suffix.length()];
            prefix.getChars(0, prefix.length(), text, 0);
            for (int i = 0; i < repeats; i++) {
                unit.getChars(0, unit.length(), text, prefix.length() + i * unit.length());
            }
            suffix.getChars(0, suffix.length(), text, text.length - suffix.length());
            return text;
        }
    }

    private HostileInputs() {
    }

    static List<Shape> of(Pattern pattern) {
        Expression expression = new Expression(pattern);
        List<Integer> kinds = expression.kinds();
        List<Integer> repeatable = kinds.stream().filter(expression::repeatable).toList();
        int stranger = kinds.stream().min((a, b) -> Integer.compare(expression.bits(a), expression.bits(b))).orElse((int) 'Ж');
        Map<String, Shape> shapes = new LinkedHashMap<>();
        for (int c : kinds) {
            add(shapes, "a run of " + name(c), "", str(c), "");
        }
        for (int c : repeatable) {
            for (int d : kinds) {
                if (d != c) {
                    add(shapes, "a run of " + name(c) + " then " + name(d), "", str(c), str(d));
                    add(shapes, "a run of " + name(c) + " then " + name(d) + " and one more " + name(c), "", str(c), str(d) + str(c));
                    add(shapes, "a run of " + name(c) + " between two " + name(d), str(d), str(c), str(d));
                }
            }
            for (int d : repeatable) {
                if (c < d) {
                    add(shapes, name(c) + " and " + name(d) + " alternating", "", str(c) + str(d), "");
                }
                if (c != d) {
                    add(shapes, name(c) + " then two " + name(d) + ", repeated", "", str(c) + str(d) + str(d), "");
                }
            }
        }
        for (Map.Entry<String, Set<Integer>> leadIn : expression.leadIns.entrySet().stream()
                .sorted(Map.Entry.comparingByKey(Comparator.comparingInt(String::length))).limit(MAX_LEAD_INS).toList()) {
            String word = leadIn.getKey();
            for (int c : leadIn.getValue()) {
                add(shapes, quote(word) + " then a run of " + name(c), word, str(c), "");
                for (int d : kinds) {
                    if (d != c) {
                        add(shapes, quote(word) + " then a run of " + name(c) + " then " + name(d) + " and one more " + name(c),
                                word, str(c), str(d) + str(c));
                    }
                }
            }
        }
        for (String unit : expression.units) {
            add(shapes, quote(unit) + " repeated", "", unit, "");
            add(shapes, quote(unit) + " repeated, then " + name(stranger), "", unit, str(stranger));
        }
        return List.copyOf(shapes.values());
    }

    private static void add(Map<String, Shape> shapes, String description, String prefix, String unit, String suffix) {
        if (!unit.isEmpty()) {
            shapes.putIfAbsent(prefix + '\0' + unit + '\0' + suffix, new Shape(description, prefix, unit, suffix));
        }
    }

    static String name(int c) {
        String hex = String.format("U+%04X", c);
        return Character.isISOControl(c) || Character.isWhitespace(c) || Character.getType(c) == Character.SPACE_SEPARATOR
                || c == 0x85 || c == 0xFFFD ? hex : "'" + str(c) + "' (" + hex + ")";
    }

    private static String quote(String text) {
        StringBuilder out = new StringBuilder("\"");
        text.codePoints().forEach(c -> out.append(Character.isISOControl(c) || Character.isWhitespace(c) ? String.format("\\u%04X", c) : str(c)));
        return out.append('"').toString();
    }

    private static String str(int c) {
        return new String(Character.toChars(c));
    }

    /** A regular expression read into a tree, as far as the inputs need it. */
    private static final class Expression {
        private final String source;
        private final Set<Integer> lineTerminators;
        private int flags;
        private int pos;
        /** Character classes, escapes and the dot, compiled on their own, with whether one is repeated. */
        private final Map<String, Boolean> classes = new LinkedHashMap<>();
        private final Map<String, Pattern> compiled = new LinkedHashMap<>();
        private final Set<Integer> literals = new LinkedHashSet<>();
        private final Set<Integer> repeatedLiterals = new LinkedHashSet<>();
        private boolean literalInRepetition;
        /** The text that leads into a repetition, with the kinds of character the repetition takes. */
        final Map<String, Set<Integer>> leadIns = new LinkedHashMap<>();
        /** Literal words and shortest spellings of repeated groups. */
        final Set<String> units = new LinkedHashSet<>();
        private final Map<Integer, Integer> bitsOf = new LinkedHashMap<>();
        private final Map<Integer, String> signatureOf = new LinkedHashMap<>();
        private List<Integer> kinds;

        Expression(Pattern pattern) {
            source = pattern.pattern();
            flags = pattern.flags();
            if ((flags & Pattern.COMMENTS) != 0) {
                throw new IllegalArgumentException("COMMENTS mode is not read: " + source);
            }
            Node root = (flags & Pattern.LITERAL) != 0 ? literalSequence(source) : parseAlternation();
            if (pos != source.length()) {
                throw new IllegalArgumentException("cannot read " + source + " past index " + pos);
            }
            lineTerminators = (flags & Pattern.UNIX_LINES) != 0 ? Set.of((int) '\n') : Set.of((int) '\n', (int) '\r', 0x85, 0x2028, 0x2029);
            int atomFlags = flags & (Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.DOTALL | Pattern.UNICODE_CHARACTER_CLASS
                    | Pattern.UNIX_LINES);
            for (String atom : classes.keySet()) {
                compiled.put(atom, Pattern.compile(atom, atomFlags));
            }
            if ((flags & Pattern.CASE_INSENSITIVE) != 0) {
                for (int c : List.copyOf(literals)) {
                    literals.add(Character.toLowerCase(c));
                    literals.add(Character.toUpperCase(c));
                }
            }
            mark(root, false);
            gather(root, "");
        }

        // ---- kinds of character ----

        /** One representative of every kind of character among the candidates, fixed alphabet first. */
        List<Integer> kinds() {
            if (kinds == null) {
                kinds = findKinds();
            }
            return kinds;
        }

        private List<Integer> findKinds() {
            Set<Integer> candidates = new LinkedHashSet<>();
            ALPHABET.codePoints().forEach(candidates::add);
            source.codePoints().forEach(candidates::add);
            candidates.addAll(literals);
            for (Pattern atom : compiled.values()) {
                if (candidates.stream().noneMatch(c -> atom.matcher(str(c)).matches())) {
                    for (int c = 0; c <= 0xFFFF; c++) {
                        if (!Character.isSurrogate((char) c) && atom.matcher(str(c)).matches()) {
                            candidates.add(c);
                            break;
                        }
                    }
                }
            }
            Map<String, Integer> representatives = new LinkedHashMap<>();
            for (int c : candidates) {
                representatives.putIfAbsent(signature(c), c);
            }
            return List.copyOf(representatives.values());
        }

        private String signature(int c) {
            return signatureOf.computeIfAbsent(c, ch -> {
                StringBuilder bits = new StringBuilder();
                compiled.values().forEach(atom -> bits.append(atom.matcher(str(ch)).matches() ? '1' : '0'));
                bits.append(literals.contains(ch) ? '1' : '0').append(lineTerminators.contains(ch) ? '1' : '0');
                repeatedLiterals.forEach(literal -> bits.append(literal.equals(ch) ? '1' : '0'));
                return bits.toString();
            });
        }

        /** How many atoms take the character: the one taken by fewest is the likeliest to break a match. */
        int bits(int c) {
            return bitsOf.computeIfAbsent(c, ch -> (int) signature(ch).chars().filter(bit -> bit == '1').count());
        }

        /** Whether a repeated atom takes the character, so that a run of it can grow a match. */
        boolean repeatable(int c) {
            String ch = str(c);
            for (Map.Entry<String, Boolean> atom : classes.entrySet()) {
                if (atom.getValue() && compiled.get(atom.getKey()).matcher(ch).matches()) {
                    return true;
                }
            }
            return repeatedLiterals.contains(c) || literalInRepetition && literals.contains(c);
        }

        private String firstMember(String atom) {
            Pattern compiledAtom = compiled.get(atom);
            for (int c : kinds()) {
                if (compiledAtom.matcher(str(c)).matches()) {
                    return str(c);
                }
            }
            return "";
        }

        // ---- the tree ----

        private abstract static class Node {
        }

        private static final class Literal extends Node {
            final int c;

            Literal(int c) {
                this.c = c;
            }
        }

        private static final class CharClass extends Node {
            final String atom;

            CharClass(String atom) {
                this.atom = atom;
            }
        }

        private static final class Sequence extends Node {
            final List<Node> items;

            Sequence(List<Node> items) {
                this.items = items;
            }
        }

        private static final class Alternation extends Node {
            final List<Node> options;

            Alternation(List<Node> options) {
                this.options = options;
            }
        }

        private static final class Group extends Node {
            final Node body;
            final boolean lookaround;

            Group(Node body, boolean lookaround) {
                this.body = body;
                this.lookaround = lookaround;
            }
        }

        private static final class Repeat extends Node {
            final Node body;
            final int min;
            final int max;

            Repeat(Node body, int min, int max) {
                this.body = body;
                this.min = min;
                this.max = max;
            }
        }

        /** Anchors, boundaries, back references and flag settings: no characters of their own. */
        private static final class Marker extends Node {
        }

        /** Records which atoms and literals are repeated (their runs can grow a match). */
        private void mark(Node node, boolean repeated) {
            if (node instanceof Literal) {
                literalInRepetition |= repeated;
            } else if (node instanceof CharClass charClass) {
                classes.merge(charClass.atom, repeated, Boolean::logicalOr);
            } else if (node instanceof Sequence sequence) {
                sequence.items.forEach(item -> mark(item, repeated));
            } else if (node instanceof Alternation alternation) {
                alternation.options.forEach(option -> mark(option, repeated));
            } else if (node instanceof Group group) {
                mark(group.body, repeated);
            } else if (node instanceof Repeat repeat) {
                if (repeat.max > 1 && repeat.body instanceof Literal literal) {
                    repeatedLiterals.add(literal.c);
                }
                mark(repeat.body, repeated || repeat.max > 1);
            }
        }

        /**
         * Gathers the shortest text that leads into each repetition ({@code prefix}, the spelling of all that
         * comes before it) with the characters the repetition takes, and repeatable units: literal words and
         * the shortest spellings of repeated groups.
         */
        private void gather(Node node, String prefix) {
            if (node instanceof Sequence sequence) {
                StringBuilder word = new StringBuilder();
                StringBuilder before = new StringBuilder(prefix);
                for (Node item : sequence.items) {
                    if (item instanceof Literal literal) {
                        word.appendCodePoint(literal.c);
                    } else {
                        addWord(word);
                    }
                    gather(item, before.toString());
                    before.append(spelling(item, false));
                }
                addWord(word);
            } else if (node instanceof Alternation alternation) {
                alternation.options.forEach(option -> gather(option, prefix));
            } else if (node instanceof Group group) {
                gather(group.body, prefix);
            } else if (node instanceof Repeat repeat) {
                if (repeat.max > 1 && !prefix.isEmpty()) {
                    Set<Integer> taken = new LinkedHashSet<>();
                    for (int c : kinds()) {
                        if (takes(repeat.body, c)) {
                            taken.add(c);
                        }
                    }
                    leadIns.computeIfAbsent(prefix, key -> new LinkedHashSet<>()).addAll(taken);
                }
                if (repeat.max > 1 && !(repeat.body instanceof Literal) && !(repeat.body instanceof CharClass)) {
                    Node body = unwrap(repeat.body);
                    for (Node option : body instanceof Alternation alternation ? alternation.options : List.of(body)) {
                        for (boolean atLeastOnce : new boolean[] {false, true}) {
                            String unit = spelling(option, atLeastOnce);
                            if (!unit.isEmpty()) {
                                units.add(unit);
                            }
                        }
                    }
                }
                gather(repeat.body, prefix);
            }
        }

        /** Whether some atom within {@code node} (outside lookarounds) takes the character. */
        private boolean takes(Node node, int c) {
            if (node instanceof Literal literal) {
                return literal.c == c;
            } else if (node instanceof CharClass charClass) {
                return compiled.get(charClass.atom).matcher(str(c)).matches();
            } else if (node instanceof Sequence sequence) {
                return sequence.items.stream().anyMatch(item -> takes(item, c));
            } else if (node instanceof Alternation alternation) {
                return alternation.options.stream().anyMatch(option -> takes(option, c));
            } else if (node instanceof Group group) {
                return !group.lookaround && takes(group.body, c);
            } else if (node instanceof Repeat repeat) {
                return takes(repeat.body, c);
            }
            return false;
        }

        private void addWord(StringBuilder word) {
            if (word.codePointCount(0, word.length()) >= 2) {
                units.add(word.toString());
            }
            word.setLength(0);
        }

        private static Node unwrap(Node node) {
            while (node instanceof Group group && !group.lookaround
                    || node instanceof Sequence sequence && sequence.items.size() == 1) {
                node = node instanceof Group group ? group.body : ((Sequence) node).items.get(0);
            }
            return node;
        }

        /** The shortest spelling (or, {@code atLeastOnce}, one with every repetition taken once). */
        private String spelling(Node node, boolean atLeastOnce) {
            if (node instanceof Literal literal) {
                return str(literal.c);
            } else if (node instanceof CharClass charClass) {
                return firstMember(charClass.atom);
            } else if (node instanceof Sequence sequence) {
                StringBuilder out = new StringBuilder();
                sequence.items.forEach(item -> out.append(spelling(item, atLeastOnce)));
                return out.toString();
            } else if (node instanceof Alternation alternation) {
                return spelling(alternation.options.get(0), atLeastOnce);
            } else if (node instanceof Group group) {
                return group.lookaround ? "" : spelling(group.body, atLeastOnce);
            } else if (node instanceof Repeat repeat) {
                return spelling(repeat.body, atLeastOnce).repeat(atLeastOnce ? Math.max(1, repeat.min) : repeat.min);
            }
            return "";
        }

        // ---- the parser (java.util.regex syntax) ----

        private Node literalSequence(String text) {
            List<Node> items = new ArrayList<>();
            text.codePoints().forEach(c -> {
                literals.add(c);
                items.add(new Literal(c));
            });
            pos = source.length();
            return new Sequence(items);
        }

        private boolean more() {
            return pos < source.length();
        }

        private char peek() {
            return source.charAt(pos);
        }

        private Node parseAlternation() {
            List<Node> options = new ArrayList<>();
            options.add(parseSequence());
            while (more() && peek() == '|') {
                pos++;
                options.add(parseSequence());
            }
            return options.size() == 1 ? options.get(0) : new Alternation(options);
        }

        private Node parseSequence() {
            List<Node> items = new ArrayList<>();
            while (more() && peek() != '|' && peek() != ')') {
                items.add(parseQuantified());
            }
            return new Sequence(items);
        }

        private Node parseQuantified() {
            Node atom = parseAtom();
            while (more()) {
                char c = peek();
                int min;
                int max;
                if (c == '*' || c == '+' || c == '?') {
                    pos++;
                    min = c == '+' ? 1 : 0;
                    max = c == '?' ? 1 : Integer.MAX_VALUE;
                } else if (c == '{' && source.substring(pos).matches("(?s)\\{\\d+(?:,\\d*)?}.*")) {
                    int close = source.indexOf('}', pos);
                    String[] bounds = source.substring(pos + 1, close).split(",", -1);
                    min = Integer.parseInt(bounds[0]);
                    max = bounds.length == 1 ? min : bounds[1].isEmpty() ? Integer.MAX_VALUE : Integer.parseInt(bounds[1]);
                    pos = close + 1;
                } else {
                    break;
                }
                if (more() && (peek() == '?' || peek() == '+')) {
                    pos++;
                }
                atom = new Repeat(atom, min, max);
            }
            return atom;
        }

        private Node parseAtom() {
            char c = peek();
            switch (c) {
                case '(':
                    return parseGroup();
                case '[': {
                    int end = classEnd(pos);
                    String atom = source.substring(pos, end);
                    pos = end;
                    classes.putIfAbsent(atom, false);
                    return new CharClass(atom);
                }
                case '\\':
                    return parseEscape();
                case '.':
                    pos++;
                    classes.putIfAbsent(".", false);
                    return new CharClass(".");
                case '^':
                case '$':
                    pos++;
                    return new Marker();
                default: {
                    int cp = source.codePointAt(pos);
                    pos += Character.charCount(cp);
                    literals.add(cp);
                    return new Literal(cp);
                }
            }
        }

        private Node parseGroup() {
            pos++;
            boolean lookaround = false;
            if (more() && peek() == '?') {
                pos++;
                char kind = peek();
                if (kind == ':' || kind == '>') {
                    pos++;
                } else if (kind == '=' || kind == '!') {
                    pos++;
                    lookaround = true;
                } else if (kind == '<' && (source.charAt(pos + 1) == '=' || source.charAt(pos + 1) == '!')) {
                    pos += 2;
                    lookaround = true;
                } else if (kind == '<') {
                    pos = source.indexOf('>', pos) + 1;
                } else {
                    int end = pos;
                    while (Character.isLetter(source.charAt(end)) || source.charAt(end) == '-') {
                        end++;
                    }
                    String on = source.substring(pos, end).split("-", -1)[0];
                    flags |= (on.contains("i") ? Pattern.CASE_INSENSITIVE : 0) | (on.contains("s") ? Pattern.DOTALL : 0)
                            | (on.contains("u") ? Pattern.UNICODE_CASE : 0) | (on.contains("U") ? Pattern.UNICODE_CHARACTER_CLASS : 0)
                            | (on.contains("d") ? Pattern.UNIX_LINES : 0) | (on.contains("m") ? Pattern.MULTILINE : 0);
                    if (on.contains("x")) {
                        throw new IllegalArgumentException("COMMENTS mode is not read: " + source);
                    }
                    pos = end + 1;
                    if (source.charAt(end) == ')') {
                        return new Marker();
                    }
                }
            }
            Node body = parseAlternation();
            if (!more() || peek() != ')') {
                throw new IllegalArgumentException("unclosed group in " + source);
            }
            pos++;
            return new Group(body, lookaround);
        }

        private Node parseEscape() {
            char e = source.charAt(pos + 1);
            int start = pos;
            pos += 2;
            switch (e) {
                case 'Q': {
                    int end = source.indexOf("\\E", pos);
                    String quoted = source.substring(pos, end < 0 ? source.length() : end);
                    pos = end < 0 ? source.length() : end + 2;
                    List<Node> items = new ArrayList<>();
                    quoted.codePoints().forEach(c -> {
                        literals.add(c);
                        items.add(new Literal(c));
                    });
                    return new Sequence(items);
                }
                case 'x': {
                    int end = peek() == '{' ? source.indexOf('}', pos) + 1 : pos + 2;
                    String hex = source.substring(pos, end).replace("{", "").replace("}", "");
                    pos = end;
                    return literal(Integer.parseInt(hex, 16));
                }
                case 'u': {
                    pos += 4;
                    return literal(Integer.parseInt(source.substring(pos - 4, pos), 16));
                }
                case '0': {
                    int end = pos;
                    while (end < source.length() && end < pos + 3 && source.charAt(end) >= '0' && source.charAt(end) <= '7') {
                        end++;
                    }
                    int value = Integer.parseInt(source.substring(pos, end), 8);
                    pos = end;
                    return literal(value);
                }
                case 't':
                    return literal('\t');
                case 'n':
                    return literal('\n');
                case 'r':
                    return literal('\r');
                case 'f':
                    return literal('\f');
                case 'a':
                    return literal(7);
                case 'e':
                    return literal(27);
                case 'c':
                    pos++;
                    return literal(source.charAt(pos - 1) ^ 64);
                case 'd': case 'D': case 's': case 'S': case 'w': case 'W': case 'h': case 'H': case 'v': case 'V': case 'R': case 'X':
                    return charClass(source.substring(start, pos));
                case 'p': case 'P': case 'N': {
                    int end = peek() == '{' ? source.indexOf('}', pos) + 1 : pos + 1;
                    pos = end;
                    return charClass(source.substring(start, end));
                }
                case 'k':
                    pos = source.indexOf('>', pos) + 1;
                    return new Marker();
                case 'b': case 'B': case 'A': case 'G': case 'Z': case 'z':
                    if (e == 'b' && more() && peek() == '{') {
                        pos = source.indexOf('}', pos) + 1;
                    }
                    return new Marker();
                default:
                    if (e >= '1' && e <= '9') {
                        while (more() && Character.isDigit(peek())) {
                            pos++;
                        }
                        return new Marker();
                    }
                    return literal(e);
            }
        }

        private Node literal(int c) {
            literals.add(c);
            return new Literal(c);
        }

        private Node charClass(String atom) {
            classes.putIfAbsent(atom, false);
            return new CharClass(atom);
        }

        private int classEnd(int start) {
            int i = start + 1;
            int depth = 1;
            while (i < source.length()) {
                char c = source.charAt(i);
                if (c == '\\') {
                    char next = source.charAt(i + 1);
                    if (next == 'Q') {
                        int end = source.indexOf("\\E", i + 2);
                        i = end < 0 ? source.length() : end + 2;
                    } else if ("pPxN".indexOf(next) >= 0 && i + 2 < source.length() && source.charAt(i + 2) == '{') {
                        i = source.indexOf('}', i) + 1;
                    } else {
                        i += 2;
                    }
                    continue;
                }
                if (c == '[') {
                    depth++;
                } else if (c == ']' && --depth == 0) {
                    return i + 1;
                }
                i++;
            }
            throw new IllegalArgumentException("unclosed character class in " + source);
        }
    }
}
