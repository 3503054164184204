package banmian.layout.line;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Whether a stage list is well ordered, from what its stages declare: walking the list, every fact a
 * stage reads ({@link Stage#reads()}) is an input or was written by an earlier stage that always runs,
 * and stage names are unique. {@link PageAnalysis} checks values as the stages run, but facts held on
 * the lines (roles, measures, jumps) are read through the lines unchecked: this walk is what holds
 * their order.
 */
public final class StageOrder {
    private StageOrder() {
    }

    /** What is wrong with the order of {@code stages} run on a fresh page ({@link PageAnalysis#inputs()}); empty when nothing. */
    public static List<String> problems(List<Stage> stages) {
        return problems(stages, PageAnalysis.inputs());
    }

    /** As {@link #problems(List)}, with {@code given} established before the first stage. */
    public static List<String> problems(List<Stage> stages, Set<Fact<?>> given) {
        List<String> problems = new ArrayList<>();
        Set<Fact<?>> established = new HashSet<>(given);
        // Facts written so far only by stages that run on a condition: they may be missing.
        Map<Fact<?>, String> maybeWritten = new HashMap<>();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < stages.size(); i++) {
            Stage stage = stages.get(i);
            if (!names.add(stage.name())) {
                problems.add("two stages are named " + stage.name());
            }
            for (Fact<?> fact : stage.reads()) {
                if (established.contains(fact)) {
                    continue;
                }
                String later = firstWriter(stages.subList(i + 1, stages.size()), fact);
                if (maybeWritten.containsKey(fact)) {
                    problems.add(stage.name() + " reads " + fact + ", which before it only " + maybeWritten.get(fact)
                            + " writes, and that stage may not run");
                } else if (later != null) {
                    problems.add(stage.name() + " reads " + fact + ", which only a later stage writes (" + later + ")");
                } else {
                    problems.add(stage.name() + " reads " + fact + ", which is no input and no stage writes");
                }
            }
            for (Fact<?> fact : stage.writes()) {
                if (stage.condition() == null) {
                    established.add(fact);
                } else if (!established.contains(fact)) {
                    maybeWritten.putIfAbsent(fact, stage.name());
                }
            }
        }
        return problems;
    }

    private static String firstWriter(List<Stage> stages, Fact<?> fact) {
        return stages.stream().filter(stage -> stage.writes().contains(fact)).map(Stage::name).findFirst().orElse(null);
    }
}
