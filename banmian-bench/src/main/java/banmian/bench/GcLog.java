package banmian.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The heap of a JVM as its own garbage collector logged it ({@code -Xlog:gc:file=…}): each pause's
 * line gives the heap in use before and after it and the heap's current size, e.g.
 * {@code [2.3s][info][gc] GC(7) Pause Young (Normal) (G1 Evacuation Pause) 50M->10M(256M) 5.1ms}. Read
 * after the run, the log needs nothing from the JVM it describes (no attach, no port, no
 * cooperation), holds the figures up to the JVM's last moment even when it dies, and every collector
 * of JDK 17 writes it in this form.
 */
final class GcLog {
    /** {@code 50M->10M(256M)}: in use before, after, and the heap's size. */
    private static final Pattern PAUSE = Pattern.compile("(\\d++)([BKMG])->(\\d++)([BKMG])\\((\\d++)([BKMG])\\)");
    private static final Pattern COLLECTOR = Pattern.compile("\\] Using (\\S++)");

    /**
     * What the log says: the collector, the pauses (full ones among them), the most heap in use
     * before a pause (garbage included) and after one (what survived: an upper bound of the live
     * data, young pauses leaving the old generation's garbage in place), and after the last pause.
     */
    record Figures(String collector, int pauses, int fullPauses, long maxBeforeBytes, long maxAfterBytes, long lastAfterBytes) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%s: %d pauses (%d full), in use at most %d MiB before a pause, %d MiB after one,"
                    + " %d MiB after the last", collector, pauses, fullPauses, maxBeforeBytes >> 20, maxAfterBytes >> 20, lastAfterBytes >> 20);
        }
    }

    private GcLog() {
    }

    static Figures read(Path log) throws IOException {
        return parse(Files.exists(log) ? Files.readAllLines(log, StandardCharsets.UTF_8) : List.of());
    }

    static Figures parse(List<String> lines) {
        String collector = "unknown collector";
        int pauses = 0;
        int full = 0;
        long maxBefore = 0;
        long maxAfter = 0;
        long lastAfter = 0;
        for (String line : lines) {
            Matcher using = COLLECTOR.matcher(line);
            if (using.find()) {
                collector = using.group(1);
            }
            Matcher pause = PAUSE.matcher(line);
            if (!line.contains(" Pause ") || !pause.find()) {
                continue;
            }
            pauses++;
            full += line.contains("Pause Full") ? 1 : 0;
            maxBefore = Math.max(maxBefore, bytes(pause.group(1), pause.group(2)));
            lastAfter = bytes(pause.group(3), pause.group(4));
            maxAfter = Math.max(maxAfter, lastAfter);
        }
        return new Figures(collector, pauses, full, maxBefore, maxAfter, lastAfter);
    }

    private static long bytes(String number, String unit) {
        int shift = switch (unit) {
            case "K" -> 10;
            case "M" -> 20;
            case "G" -> 30;
            default -> 0;
        };
        return Long.parseLong(number) << shift;
    }
}
