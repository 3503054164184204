package banmian.text;

import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class InputDecoderTest {
    private static final String PAGE = "全国政协十四届二次会议闭幕\n新华社北京3月10日电 中国人民政治协商会议……";
    private static final Charset GB18030 = Charset.forName("GB18030");

    private static String decode(byte[] bytes) throws InputException {
        return InputDecoder.decode(bytes, "page.txt");
    }

    private static String rejection(byte[] bytes) {
        return assertThrows(InputException.class, () -> decode(bytes)).getMessage();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] joined = new byte[a.length + b.length];
        System.arraycopy(a, 0, joined, 0, a.length);
        System.arraycopy(b, 0, joined, a.length, b.length);
        return joined;
    }

    @Test
    void utf8WithoutBom() throws InputException {
        assertEquals(PAGE, decode(PAGE.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void utf8BomIsDropped() throws InputException {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        assertEquals(PAGE, decode(concat(bom, PAGE.getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void gb18030AndGbk() throws InputException {
        assertEquals(PAGE, decode(PAGE.getBytes(GB18030)));
        assertEquals(PAGE, decode(PAGE.getBytes(Charset.forName("GBK"))));
    }

    @Test
    void gb18030FourByteCharacters() throws InputException {
        String rare = "𠀀字与€";   // outside GBK: four-byte GB18030 sequences
        assertEquals(rare, decode(rare.getBytes(GB18030)));
    }

    @Test
    void utf16WithEitherBom() throws InputException {
        assertEquals(PAGE, decode(PAGE.getBytes(StandardCharsets.UTF_16)));   // big-endian with BOM
        byte[] littleEndianBom = {(byte) 0xFF, (byte) 0xFE};
        assertEquals(PAGE, decode(concat(littleEndianBom, PAGE.getBytes(StandardCharsets.UTF_16LE))));
    }

    @Test
    void lineEndsAreNormalised() throws InputException {
        assertEquals("一\n二\n三\n", decode("一\r\n二\r三\n".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void formFeedAndTabsAreText() throws InputException {
        assertEquals("一\t二\f三", decode("一\t二\f三".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void emptyInput() {
        assertEquals("page.txt: empty input", rejection(new byte[0]));
        assertEquals("page.txt: empty input", rejection(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}));
        assertEquals("page.txt: empty input", rejection(" \n\r\n".getBytes(StandardCharsets.US_ASCII)));
    }

    @Test
    void pdf() {
        assertEquals("page.txt: is a PDF, not a text layer; parse it on the PDF path (banmian-pdf)",
                rejection("%PDF-1.4\n%âãÏÓ\n1 0 obj".getBytes(StandardCharsets.ISO_8859_1)));
    }

    @Test
    void nulBytesAreBinary() {
        String message = rejection(new byte[] {'a', 'b', 0, 'c'});
        assertTrue(message.startsWith("page.txt: binary data"), message);
    }

    @Test
    void manyControlBytesAreBinary() {
        byte[] bytes = "正文".repeat(20).getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < bytes.length; i += 10) {
            bytes[i] = 0x01;
        }
        String message = rejection(bytes);
        assertTrue(message.startsWith("page.txt: binary data"), message);
    }

    @Test
    void aStrayControlByteIsTolerated() throws InputException {
        String text = "正文".repeat(200) + "\u0007" + "正文".repeat(200);
        assertEquals(text, decode(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void undecodableBytes() {
        // 0x80 is neither a UTF-8 lead byte nor a GB18030 lead byte; 0xFF is never valid in either.
        byte[] bytes = {'a', 'b', (byte) 0x80, (byte) 0xFF, 'c'};
        assertEquals("page.txt: not UTF-8 or GB18030 text (invalid UTF-8 at byte 2, invalid GB18030 at byte 2)",
                rejection(bytes));
    }

    @Test
    void brokenUtf8AfterBomDoesNotFallBackToGb18030() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        String message = rejection(concat(bom, "正文".getBytes(GB18030)));
        assertEquals("page.txt: starts with a UTF-8 byte-order mark but has invalid UTF-8 at byte 3", message);
    }

    @Test
    void tooLarge() {
        byte[] bytes = new byte[50_000_000];
        assertEquals("page.txt: 47.7 MiB is too large for one page (limit 8 MiB); split it", rejection(bytes));
    }

    @Test
    void sizeCheckWithoutReading() {
        InputException e = assertThrows(InputException.class,
                () -> InputDecoder.checkSize(InputDecoder.MAX_BYTES + 1, "big.txt"));
        assertEquals("big.txt", e.sourceName());
        assertTrue(e.problem().endsWith("is too large for one page (limit 8 MiB); split it"), e.problem());
    }

    @Test
    void largestAllowedSizePasses() throws InputException {
        InputDecoder.checkSize(InputDecoder.MAX_BYTES, "page.txt");
    }
}
