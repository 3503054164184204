package banmian.layout;

import banmian.layout.line.Decision;
import banmian.layout.line.Dialect;
import banmian.layout.line.Facts;
import banmian.layout.line.PageAnalysis;
import banmian.layout.line.TextLine;
import banmian.model.Article;
import banmian.model.Block;
import banmian.model.Caption;
import banmian.model.Page;
import banmian.model.SourceLine;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Why a page came out as it did ({@code banmian parse --explain}): for every output block the input
 * lines it was built from and the decisions about them, and for every input line what it became
 * and which rules decided it; with the dialect the text was read in and the stages that ran.
 *
 * @param input     the input's name
 * @param dialect   the extractor dialect the text was read as
 * @param forced    whether the caller forced the dialect
 * @param stages    the stages in the order they ran (a skipped one says why)
 * @param blocks    the page's blocks in reading order
 * @param lines     every input line with text, in input order
 */
public record Explanation(String input, Dialect dialect, boolean forced, List<String> stages, List<BlockReport> blocks,
                          List<LineReport> lines) {

    /**
     * One output block: where it went ({@code article 2}, or {@code unassigned}), what it is
     * ({@code headline}, {@code paragraph 3}, {@code caption 1}), its text, its input lines, and the
     * decisions about those lines.
     */
    public record BlockReport(String article, String field, String text, List<Integer> lines, List<Decision> decisions) {
    }

    /** One input line: its text, what it became ({@code TITLE}; {@code -} when no visual line holds it) and every decision about it. */
    public record LineReport(int line, String text, String role, List<Decision> decisions) {
    }

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** The explanation of an analysis run with a recording {@link banmian.layout.line.DecisionLog}. */
    public static Explanation of(String input, PageAnalysis analysis) {
        if (!analysis.explaining()) {
            throw new IllegalArgumentException("the analysis of " + input + " recorded no decisions");
        }
        Map<Integer, List<Decision>> byLine = new TreeMap<>();
        for (Decision decision : analysis.log().decisions()) {
            for (int line : decision.lines().stream().distinct().toList()) {
                byLine.computeIfAbsent(line, key -> new ArrayList<>()).add(decision);
            }
        }
        Map<Integer, String> roles = new LinkedHashMap<>();
        for (TextLine line : analysis.lines()) {
            line.sources.forEach(source -> roles.putIfAbsent(source, line.role().name()));
        }
        List<LineReport> lines = new ArrayList<>();
        for (SourceLine source : analysis.get(Facts.INPUT)) {
            if (!source.isBlank()) {
                lines.add(new LineReport(source.number(), source.text().strip(), roles.getOrDefault(source.number(), "-"),
                        byLine.getOrDefault(source.number(), List.of())));
            }
        }
        Page page = analysis.get(Facts.PAGE);
        List<BlockReport> blocks = new ArrayList<>();
        for (int a = 0; a < page.articles().size(); a++) {
            addArticle(blocks, "article " + (a + 1), page.articles().get(a), byLine);
        }
        for (Block block : page.unassigned()) {
            blocks.add(report("unassigned", block.type().jsonName(), block.text(), block.lines(), byLine));
        }
        return new Explanation(input, analysis.get(Facts.DIALECT), analysis.get(Facts.FORCED_DIALECT) != null,
                analysis.log().stagesRun(), blocks, lines);
    }

    private static void addArticle(List<BlockReport> blocks, String article, Article content, Map<Integer, List<Decision>> byLine) {
        for (Block block : new Block[] {content.kicker(), content.headline(), content.subtitle(), content.dateline(),
                content.byline(), content.authorNote()}) {
            if (block != null) {
                blocks.add(report(article, block.type().jsonName(), block.text(), block.lines(), byLine));
            }
        }
        for (int b = 0; b < content.body().size(); b++) {
            Block block = content.body().get(b);
            blocks.add(report(article, block.type().jsonName() + " " + (b + 1), block.text(), block.lines(), byLine));
        }
        for (int c = 0; c < content.captions().size(); c++) {
            Caption caption = content.captions().get(c);
            String text = caption.text() == null ? caption.credit() : caption.credit() == null ? caption.text()
                    : caption.text() + " " + caption.credit();
            blocks.add(report(article, "caption " + (c + 1), text, caption.lines(), byLine));
        }
    }

    private static BlockReport report(String article, String field, String text, List<Integer> lines, Map<Integer, List<Decision>> byLine) {
        List<Decision> decisions = new ArrayList<>();
        for (int line : lines) {
            for (Decision decision : byLine.getOrDefault(line, List.of())) {
                if (!decisions.contains(decision)) {
                    decisions.add(decision);
                }
            }
        }
        return new BlockReport(article, field, text, List.copyOf(lines), decisions);
    }

    /** Human-readable: blocks with the decisions behind them, then every line with its role and rules. */
    public String toText() {
        StringBuilder out = new StringBuilder();
        out.append(input).append(": read as ").append(dialect.id()).append(forced ? " (forced)" : " (detected)")
                .append(": ").append(dialect.description()).append('\n');
        out.append("stages: ").append(String.join(", ", stages)).append("\n\n");
        String article = null;
        for (BlockReport block : blocks) {
            if (!block.article().equals(article)) {
                article = block.article();
                out.append(article).append('\n');
            }
            out.append("  ").append(block.field()).append("  ").append(clip(block.text(), 40)).append("  [lines ")
                    .append(ranges(block.lines())).append("]\n");
            for (Decision decision : block.decisions()) {
                out.append("      ").append(describe(decision)).append('\n');
            }
        }
        out.append("\nlines\n");
        for (LineReport line : lines) {
            Decision last = line.decisions().stream().filter(decision -> isRole(decision.outcome())).reduce((a, b) -> b).orElse(null);
            out.append(String.format("%5d  %-11s %-48s %s%n", line.line(), line.role(),
                    last == null ? (line.role().equals("BODY") ? "(no rule claimed it: body text)" : "") : last.stage() + "/" + last.rule(),
                    clip(line.text(), 30)));
        }
        return out.toString();
    }

    /** For tools: the same as {@link #toText()} as one JSON object. */
    public String toJson() {
        ObjectNode root = NODES.objectNode();
        root.put("input", input);
        ObjectNode dialectNode = root.putObject("dialect");
        dialectNode.put("id", dialect.id());
        dialectNode.put("forced", forced);
        dialectNode.put("description", dialect.description());
        ArrayNode stageNodes = root.putArray("stages");
        stages.forEach(stageNodes::add);
        ArrayNode blockNodes = root.putArray("blocks");
        for (BlockReport block : blocks) {
            ObjectNode node = blockNodes.addObject();
            node.put("article", block.article());
            node.put("field", block.field());
            node.put("text", block.text());
            ArrayNode lineNumbers = node.putArray("lines");
            block.lines().forEach(lineNumbers::add);
            decisions(node.putArray("decisions"), block.decisions());
        }
        ArrayNode lineNodes = root.putArray("lines");
        for (LineReport line : lines) {
            ObjectNode node = lineNodes.addObject();
            node.put("line", line.line());
            node.put("text", line.text());
            node.put("role", line.role());
            decisions(node.putArray("decisions"), line.decisions());
        }
        try {
            return MAPPER.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an explanation that cannot be written as JSON", e);
        }
    }

    private static void decisions(ArrayNode into, List<Decision> decisions) {
        for (Decision decision : decisions) {
            ObjectNode node = into.addObject();
            node.put("stage", decision.stage());
            node.put("rule", decision.rule());
            node.put("outcome", decision.outcome());
            if (!decision.evidence().isEmpty()) {
                node.put("evidence", decision.evidence());
            }
            ArrayNode lineNumbers = node.putArray("lines");
            decision.lines().stream().distinct().forEach(lineNumbers::add);
        }
    }

    private static String describe(Decision decision) {
        String what = isRole(decision.outcome()) ? "lines " + ranges(decision.lines()) + " " + decision.outcome() : decision.outcome();
        return decision.stage() + "/" + decision.rule() + ": " + what + (decision.evidence().isEmpty() ? "" : " (" + decision.evidence() + ")");
    }

    private static boolean isRole(String outcome) {
        return !outcome.isEmpty() && outcome.chars().allMatch(c -> c == '_' || c >= 'A' && c <= 'Z');
    }

    /** {@code 3-5, 9}. */
    private static String ranges(List<Integer> lines) {
        List<Integer> sorted = lines.stream().distinct().sorted().toList();
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < sorted.size(); i++) {
            int start = sorted.get(i);
            while (i + 1 < sorted.size() && sorted.get(i + 1) == sorted.get(i) + 1) {
                i++;
            }
            out.append(out.length() == 0 ? "" : ", ").append(start).append(sorted.get(i) == start ? "" : "-" + sorted.get(i));
        }
        return out.toString();
    }

    private static String clip(String text, int length) {
        String flat = text == null ? "" : text.replace('\n', ' ');
        return flat.codePointCount(0, flat.length()) <= length ? flat
                : flat.substring(0, flat.offsetByCodePoints(0, length)) + "…";
    }
}
