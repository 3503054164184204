package banmian.layout.line;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What the stages decided about one page and why ({@code parse --explain}). Off unless asked for:
 * then nothing is recorded and no evidence is put into words.
 */
public final class DecisionLog {
    private final boolean on;
    private final List<Decision> decisions = new ArrayList<>();
    private final List<String> stagesRun = new ArrayList<>();

    private DecisionLog(boolean on) {
        this.on = on;
    }

    /** A log that records nothing (the default). */
    public static DecisionLog off() {
        return new DecisionLog(false);
    }

    /** A log that records every decision. */
    public static DecisionLog recording() {
        return new DecisionLog(true);
    }

    public boolean isOn() {
        return on;
    }

    void add(Decision decision) {
        decisions.add(decision);
    }

    void stageRun(String description) {
        stagesRun.add(description);
    }

    public List<Decision> decisions() {
        return Collections.unmodifiableList(decisions);
    }

    /** The stages in the order they ran, a skipped one with its condition ({@code place-titles-again (skipped: …)}). */
    public List<String> stagesRun() {
        return Collections.unmodifiableList(stagesRun);
    }
}
