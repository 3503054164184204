package banmian.pipeline;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PageFilesTest {
    @TempDir
    Path dir;

    @Test
    void foldersGiveTheirPageFilesInPathOrderSubFoldersIncludedHiddenFilesLeftOut() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("pages"));
        for (String name : List.of("b.txt", "a.PDF", "notes.md", ".a.txt.swp", ".hidden.txt", "sub/c.txt", "sub/d.pdf")) {
            Files.createDirectories(folder.resolve(name).getParent());
            Files.writeString(folder.resolve(name), "page");
        }
        Files.createDirectories(folder.resolve("empty.txt"));   // a folder named like a page is no page
        Path single = Files.writeString(dir.resolve("single.md"), "a file stands for itself");
        assertEquals(List.of(single, folder.resolve("a.PDF"), folder.resolve("b.txt"), folder.resolve("sub/c.txt"),
                folder.resolve("sub/d.pdf")), PageFiles.expand(List.of(single, folder), PageFiles.PAGES));
        assertEquals(List.of(folder.resolve("b.txt"), folder.resolve("sub/c.txt")), PageFiles.inFolder(folder, List.of("txt")));
    }
}
