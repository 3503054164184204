package banmian.pipeline;

import banmian.model.PageMeta;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;

class FileNameMetaTest {
    @Test
    void archiveNameGivesDateAndPage() {
        assertEquals(new PageMeta(null, LocalDate.of(2018, 1, 2), 7, null),
                FileNameMeta.infer("rmrb2018010207.pdftotext.txt"));
    }

    @Test
    void otherNamesGiveNothing() {
        assertEquals(PageMeta.UNKNOWN, FileNameMeta.infer("luliang-2024-03-11-p1.txt"));
        assertEquals(PageMeta.UNKNOWN, FileNameMeta.infer("scan2018139907.txt"));   // month 13
        assertEquals(PageMeta.UNKNOWN, FileNameMeta.infer("id123201801020799.txt"));   // longer digit run
    }

    @Test
    void pageZeroIsUnknown() {
        assertEquals(new PageMeta(null, LocalDate.of(2018, 1, 2), null, null), FileNameMeta.infer("x2018010200.txt"));
    }

    @Test
    void datesOutsideTheArchivesRangeAreNoDates() {
        assertEquals(PageMeta.UNKNOWN, FileNameMeta.infer("scan0001010107.txt"));
        assertEquals(PageMeta.UNKNOWN, FileNameMeta.infer("scan9999010107.txt"));
        assertEquals(new PageMeta(null, LocalDate.of(1800, 1, 1), 7, null), FileNameMeta.infer("scan1800010107.txt"));
    }
}
