package banmian.pipeline;

import banmian.pdf.LaidOutPage;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One input, read and checked. {@code name} is how messages refer to it (the path as given, or
 * {@code <stdin>}); {@code fileName} is its last path element, which names outputs and carries
 * metadata. A text layer has {@code text}; a PDF has its pages, laid out into lines, in {@code pdfPages}.
 */
public record PageInput(String name, String fileName, String text, List<LaidOutPage> pdfPages, List<String> documentNotes,
                        long byteCount) {
    /** Notes on one input shown to the user; the rest are counted in one more line. */
    private static final int NOTES_SHOWN = 20;

    public static PageInput text(String name, String fileName, String text, long byteCount) {
        return new PageInput(name, fileName, text, null, List.of(), byteCount);
    }

    public static PageInput pdf(String name, String fileName, List<LaidOutPage> pages, List<String> documentNotes,
                                long byteCount) {
        return new PageInput(name, fileName, null, List.copyOf(pages), List.copyOf(documentNotes), byteCount);
    }

    /**
     * What the user should know: pages that will come out empty (a scanned page in a PDF), and what
     * the reader noticed (library warnings, counted by kind), at most a screenful per input.
     */
    public List<String> notes() {
        if (!isPdf()) {
            return List.of();
        }
        List<String> notes = new ArrayList<>(documentNotes);
        for (LaidOutPage page : pdfPages) {
            notes.addAll(page.notes());
            page.problem().ifPresent(problem -> notes.add(problem + "; written without articles"));
        }
        List<String> shown = new ArrayList<>(notes.subList(0, Math.min(NOTES_SHOWN, notes.size())));
        if (notes.size() > NOTES_SHOWN) {
            shown.add(String.format(Locale.ROOT, "%,d more notes not shown", notes.size() - NOTES_SHOWN));
        }
        return shown.stream().map(note -> name + ": " + note).toList();
    }

    public boolean isPdf() {
        return pdfPages != null;
    }
}
