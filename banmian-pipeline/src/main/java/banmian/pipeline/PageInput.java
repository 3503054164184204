package banmian.pipeline;

import banmian.pdf.LaidOutPage;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One input, read and checked: the text layer of one page, or the pages of a PDF. {@code name} is
 * how messages refer to it (the path as given, or {@code <stdin>}); {@code fileName} is its last path
 * element, which names outputs and carries metadata; {@code byteCount} its size as read.
 */
public sealed interface PageInput permits PageInput.Text, PageInput.Pdf {
    String name();

    String fileName();

    long byteCount();

    /** Pages this input gives: one for a text layer, one per PDF page. */
    int pageCount();

    /**
     * What the user should know: pages that will come out empty (a scanned page in a PDF), and what
     * the reader noticed (library warnings, counted by kind), at most a screenful per input.
     */
    List<String> notes();

    /** A text layer: one page. */
    record Text(String name, String fileName, String text, long byteCount) implements PageInput {
        @Override
        public int pageCount() {
            return 1;
        }

        @Override
        public List<String> notes() {
            return List.of();
        }
    }

    /** A PDF: its pages laid out into lines, and what reading the document noticed. */
    record Pdf(String name, String fileName, List<LaidOutPage> pages, List<String> documentNotes, long byteCount)
            implements PageInput {
        /** Notes on one input shown to the user; the rest are counted in one more line. */
        private static final int NOTES_SHOWN = 20;

        public Pdf {
            pages = List.copyOf(pages);
            documentNotes = List.copyOf(documentNotes);
        }

        @Override
        public int pageCount() {
            return pages.size();
        }

        @Override
        public List<String> notes() {
            List<String> notes = new ArrayList<>(documentNotes);
            for (LaidOutPage page : pages) {
                notes.addAll(page.notes());
                page.problem().ifPresent(problem -> notes.add(problem + "; written without articles"));
            }
            List<String> shown = new ArrayList<>(notes.subList(0, Math.min(NOTES_SHOWN, notes.size())));
            if (notes.size() > NOTES_SHOWN) {
                shown.add(String.format(Locale.ROOT, "%,d more notes not shown", notes.size() - NOTES_SHOWN));
            }
            return shown.stream().map(note -> name + ": " + note).toList();
        }
    }
}
