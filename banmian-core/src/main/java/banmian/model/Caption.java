package banmian.model;

import java.util.List;

/** A photo caption and its credit line ({@code 新华社记者 黄敬文 摄}); either may be null but not both. */
public record Caption(String text, String credit, List<Integer> lines) {
    public Caption {
        lines = List.copyOf(lines);
    }
}
