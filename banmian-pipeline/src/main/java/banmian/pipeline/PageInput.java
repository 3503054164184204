package banmian.pipeline;

import banmian.pdf.LaidOutPage;

import java.util.List;
import java.util.Optional;

/**
 * One input, read and checked. {@code name} is how messages refer to it (the path as given, or
 * {@code <stdin>}); {@code fileName} is its last path element, which names outputs and carries
 * metadata. A text layer has {@code text}; a PDF has its pages, laid out into lines, in {@code pdfPages}.
 */
public record PageInput(String name, String fileName, String text, List<LaidOutPage> pdfPages, long byteCount) {
    public static PageInput text(String name, String fileName, String text, long byteCount) {
        return new PageInput(name, fileName, text, null, byteCount);
    }

    public static PageInput pdf(String name, String fileName, List<LaidOutPage> pages, long byteCount) {
        return new PageInput(name, fileName, null, List.copyOf(pages), byteCount);
    }

    /** What the user should know about pages that will come out empty (a scanned page in a PDF). */
    public List<String> notes() {
        if (!isPdf()) {
            return List.of();
        }
        return pdfPages.stream().map(LaidOutPage::problem)
                .flatMap(Optional::stream).map(problem -> name + ": " + problem + "; written without articles").toList();
    }

    public boolean isPdf() {
        return pdfPages != null;
    }
}
