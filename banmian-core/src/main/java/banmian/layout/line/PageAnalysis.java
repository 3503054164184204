package banmian.layout.line;

import banmian.limits.PageBudget;
import banmian.model.BlockType;
import banmian.model.PageGraphics;
import banmian.model.PageMeta;
import banmian.model.SourceLine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * One page as the text path's stages see it (the one object they share, as spaCy's stages share a
 * {@code Doc}): the inputs, the facts stages have established so far, and the log of their decisions.
 * <p>
 * Values are read and written only through {@link #get} and {@link #put}, and roles only through
 * {@link #assign}, each checked against what the running stage declares: a stage that reads a value
 * it did not declare, writes one it did not declare, or gives a role of a family it does not
 * declare fails at once. (Facts held on lines are read through the lines, where no check is made;
 * the stage list test checks their order.)
 * <p>
 * The analysis also carries the tuned values the stages run with ({@link #parameters()}): each stage
 * reads its family's, so a test or benchmark can run the path with others.
 */
public final class PageAnalysis {
    private final Map<Fact<?>, Object> values = new IdentityHashMap<>();
    private final DecisionLog log;
    private final LayoutParameters parameters;
    private Stage current;

    /** An analysis run with the {@link LayoutParameters#DEFAULTS default parameters}. */
    public PageAnalysis(List<SourceLine> input, PageMeta callerMeta, PageGraphics graphics, Dialect forcedDialect, DecisionLog log) {
        this(input, callerMeta, graphics, forcedDialect, log, LayoutParameters.DEFAULTS);
    }

    /** An analysis whose stages run with {@code parameters}. */
    public PageAnalysis(List<SourceLine> input, PageMeta callerMeta, PageGraphics graphics, Dialect forcedDialect, DecisionLog log,
                        LayoutParameters parameters) {
        this.log = log;
        this.parameters = parameters;
        values.put(Facts.INPUT, List.copyOf(input));
        values.put(Facts.CALLER_META, callerMeta);
        values.put(Facts.GRAPHICS, graphics);
        values.put(Facts.FORCED_DIALECT, forcedDialect);
    }

    /**
     * An analysis of lines made elsewhere (by hand in a test, or by stages already run): {@link Facts#LINES}
     * is established, the page has no graphics and is a text layer.
     */
    public static PageAnalysis ofLines(List<TextLine> lines, DecisionLog log) {
        return ofLines(lines, log, LayoutParameters.DEFAULTS);
    }

    /** As {@link #ofLines(List, DecisionLog)}, the stages run with {@code parameters}. */
    public static PageAnalysis ofLines(List<TextLine> lines, DecisionLog log, LayoutParameters parameters) {
        PageAnalysis page = new PageAnalysis(List.of(), PageMeta.UNKNOWN, PageGraphics.NONE, null, log, parameters);
        page.values.put(Facts.LINES, lines);
        return page;
    }

    /** The facts that exist before any stage runs. */
    public static Set<Fact<?>> inputs() {
        return Set.of(Facts.INPUT, Facts.CALLER_META, Facts.GRAPHICS, Facts.FORCED_DIALECT);
    }

    /** Runs the stages in order, the page's clock looked at between them. */
    public PageAnalysis run(List<Stage> stages) {
        for (Stage stage : stages) {
            PageBudget.checkClock();
            current = stage;
            try {
                boolean runs = stage.when().test(this);
                if (log.isOn()) {
                    log.stageRun(runs ? stage.name() : stage.name() + " (skipped: " + stage.condition() + ")");
                }
                if (runs) {
                    stage.work().accept(this);
                }
            } finally {
                current = null;
            }
        }
        return this;
    }

    /** The value of {@code fact}, which the running stage must declare and an earlier stage must have written. */
    @SuppressWarnings("unchecked")
    public <T> T get(Fact<T> fact) {
        if (current != null && !current.mayRead(fact)) {
            throw new IllegalStateException("stage " + current.name() + " reads " + fact + " without declaring it");
        }
        Object value = values.get(fact);
        if (value == null && !values.containsKey(fact)) {
            throw new IllegalStateException("no stage has written " + fact + (current == null ? "" : " before " + current.name()));
        }
        return (T) value;
    }

    public <T> void put(Fact<T> fact, T value) {
        if (current != null && !current.writes().contains(fact)) {
            throw new IllegalStateException("stage " + current.name() + " writes " + fact + " without declaring it");
        }
        values.put(fact, value);
    }

    /** The page's visual lines ({@link Facts#LINES}). */
    public List<TextLine> lines() {
        return get(Facts.LINES);
    }

    /** The tuned values the stages run with; each stage reads its family's record. */
    public LayoutParameters parameters() {
        return parameters;
    }

    public DecisionLog log() {
        return log;
    }

    /** Whether decisions are being recorded: evidence worth computing only for the log is computed only then. */
    public boolean explaining() {
        return log.isOn();
    }

    /** Gives {@code line} its role, by {@code rule} of the running stage. */
    public void assign(TextLine line, LineRole role, String rule) {
        checkRoleFamily(role);
        line.role(role);
        if (log.isOn()) {
            log.add(new Decision(stageName(), rule, role.name(), line.sources, ""));
        }
    }

    /** As {@link #assign(TextLine, LineRole, String)}, with the evidence put into words only when explaining. */
    public void assign(TextLine line, LineRole role, String rule, Supplier<String> evidence) {
        checkRoleFamily(role);
        line.role(role);
        if (log.isOn()) {
            log.add(new Decision(stageName(), rule, role.name(), line.sources, evidence.get()));
        }
    }

    /**
     * Makes {@code line} page furniture of the kind {@code kind} (a masthead, a column label, an index
     * box's line, an advertisement; {@link BlockType#isFurniture()}), by {@code rule} of the running stage.
     */
    public void assignFurniture(TextLine line, BlockType kind, String rule, Supplier<String> evidence) {
        if (!kind.isFurniture()) {
            throw new IllegalArgumentException(kind + " is no kind of page furniture");
        }
        checkRoleFamily(LineRole.FURNITURE);
        line.furniture(kind);
        if (log.isOn()) {
            log.add(new Decision(stageName(), rule, LineRole.FURNITURE.name(), line.sources, kind.jsonName() + ": " + evidence.get()));
        }
    }

    /** Records a decision that is not a role (a join, a boundary, a merge, a placement) about {@code lines}. */
    public void note(String rule, Supplier<String> outcome, Collection<TextLine> lines, Supplier<String> evidence) {
        if (log.isOn()) {
            List<Integer> sources = new ArrayList<>();
            lines.forEach(line -> sources.addAll(line.sources));
            log.add(new Decision(stageName(), rule, outcome.get(), sources, evidence.get()));
        }
    }

    private String stageName() {
        return current == null ? "" : current.name();
    }

    private void checkRoleFamily(LineRole role) {
        Fact<Void> family = familyOf(role);
        if (current != null && family != null && !current.writes().contains(family)) {
            throw new IllegalStateException("stage " + current.name() + " gives the role " + role + " without declaring " + family);
        }
    }

    /** The fact a role belongs to: the family of stages that may give it (none for body text, which no stage gives). */
    public static Fact<Void> familyOf(LineRole role) {
        return switch (role) {
            case FURNITURE -> Facts.FURNITURE_ROLES;
            case MARKER -> Facts.JUMPS;
            case CAPTION, CREDIT -> Facts.CAPTION_ROLES;
            case BYLINE, AUTHOR_NOTE -> Facts.AUTHOR_ROLES;
            case TITLE, HEADING -> Facts.TITLE_ROLES;
            case BODY -> null;
        };
    }
}
