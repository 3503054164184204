package banmian.archive;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The fingerprints of the stories rebuilt in one flush, looked up by the same bands as the index's,
 * so that copies of a wire story ingested in one batch are grouped before any of them is searchable.
 */
final class Syndication {
    private record Entry(long fingerprint, String group, String issue) {
    }

    private final Map<String, List<Entry>> byBand = new HashMap<>();

    /** The group of a story of another issue in this batch within {@link SimHash#NEAR} bits. */
    Optional<String> group(long fingerprint, String issue) {
        for (String band : SimHash.bands(fingerprint)) {
            for (Entry entry : byBand.getOrDefault(band, List.of())) {
                if (!entry.issue().equals(issue) && SimHash.near(fingerprint, entry.fingerprint())) {
                    return Optional.of(entry.group());
                }
            }
        }
        return Optional.empty();
    }

    void add(long fingerprint, String group, String issue) {
        Entry entry = new Entry(fingerprint, group, issue);
        for (String band : SimHash.bands(fingerprint)) {
            byBand.computeIfAbsent(band, key -> new ArrayList<>()).add(entry);
        }
    }
}
