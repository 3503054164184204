package banmian.text;

import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class InputDecoderTest {
    private static final String PAGE = "全国政协十四届二次会议闭幕\n新华社北京3月10日电 中国人民政治协商会议……";
    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final Charset BIG5 = Charset.forName("x-windows-950");
    private static final String TRADITIONAL_PAGE = """
            全國政協十四屆二次會議閉幕
            新華社北京3月10日電 中國人民政治協商會議第十四屆全國委員會第二次會議10日上午在人民大會堂閉幕。\
            會議號召，人民政協各級組織、各參加單位和廣大政協委員要更加緊密地團結在一起，為推進中國式現代化凝心聚力。""";

    private static String decode(byte[] bytes) throws InputException {
        return InputDecoder.decode(bytes, "page.txt");
    }

    private static boolean strictlyDecodes(Charset charset, byte[] bytes) {
        try {
            charset.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes));
            return true;
        } catch (java.nio.charset.CharacterCodingException e) {
            return false;
        }
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
    void big5IsTraditionalTextNotGb18030Garbage() throws InputException {
        byte[] bytes = TRADITIONAL_PAGE.getBytes(BIG5);
        assertTrue(strictlyDecodes(GB18030, bytes), "the same bytes are valid GB18030 too: the garbage the detector prevents");
        assertEquals(TRADITIONAL_PAGE, decode(bytes));
    }

    @Test
    void big5IsReadAsWindowsWritesIt() throws InputException {
        // Code page 950 has what Java's plain Big5 lacks: the ETEN characters 碁 and 裏, the euro sign,
        // and 0xA145 is the hyphenation point ‧ that Taiwanese text sets between parts of a foreign name.
        String text = "臺灣棋院的碁賽在台北舉行，獎金一萬歐元€，約翰‧甘迺迪的後人也到場觀戰，會場裏座無虛席。";
        assertEquals(text, decode(text.getBytes(BIG5)));
        assertFalse(strictlyDecodes(Charset.forName("Big5"), text.getBytes(BIG5)), "Java's Big5 would refuse them");
    }

    @Test
    void big5BeyondCodePage950IsRefused() {
        // Java's Big5 writes ① at 0xC7E9, an ETEN code that code page 950 leaves to its users. Opening
        // those rows would let GB18030 text pass as Big5: 平, 前, 情 and 人 are there in GB18030.
        byte[] bytes = "如何減少快遞包裹破損（關注快遞業①）開欄的話：快遞業務量持續增長。".getBytes(Charset.forName("Big5"));
        String message = rejection(bytes);
        assertTrue(message.startsWith("page.txt: looks like Big5 text but has invalid Big5 at byte "), message);
        assertTrue(message.endsWith("; convert it to UTF-8"), message);
    }

    @Test
    void shortGb18030AndBig5() throws InputException {
        for (String text : List.of("新华社", "人民日报", "国内要闻", "一年好景君须记")) {
            assertEquals(text, decode(text.getBytes(GB18030)));
        }
        for (String text : List.of("廣告", "新華社", "人民日報")) {
            assertEquals(text, decode(text.getBytes(BIG5)));
        }
    }

    @Test
    void twoCharactersThatAreCommonInBothAreRefused() {
        // 广告 in GB18030 is 0xB9E3 0xB8E6: two common Big5 characters as well.
        assertEquals("page.txt: cannot tell the encoding (GB18030 confidence 10, Big5 10); convert it to UTF-8",
                rejection("广告".getBytes(GB18030)));
    }

    @Test
    void japaneseIsRefused() {
        String japanese = "日本国憲法は、日本の最高法規である。前文と本文の全十一章百三条から成る。";
        assertEquals("page.txt: looks like Shift_JIS (Japanese) text, not Chinese",
                rejection(japanese.getBytes(Charset.forName("Shift_JIS"))));
        assertEquals("page.txt: looks like EUC-JP (Japanese) text, not Chinese",
                rejection(japanese.getBytes(Charset.forName("EUC-JP"))));
    }

    @Test
    void koreanIsRefused() {
        String korean = "대한민국 헌법 제1조 대한민국은 민주공화국이다. 대한민국의 주권은 국민에게 있고, 모든 권력은 국민으로부터 나온다.";
        assertEquals("page.txt: looks like EUC-KR (Korean) text, not Chinese",
                rejection(korean.getBytes(Charset.forName("EUC-KR"))));
    }

    @Test
    void singleByteEncodingsAreRefused() {
        assertEquals("page.txt: looks like windows-1251 (Russian) text, not Chinese",
                rejection("Привет, как дела? Это проверка кодировки для русского текста.".getBytes(Charset.forName("windows-1251"))));
        assertEquals("page.txt: looks like ISO-8859-1 (French) text, not Chinese",
                rejection("Les élèves sont allés à l'école, très contents de leur journée.".getBytes(StandardCharsets.ISO_8859_1)));
    }

    @Test
    void asciiIsUtf8() throws InputException {
        assertEquals("People's Daily, page 7\n", decode("People's Daily, page 7\n".getBytes(StandardCharsets.US_ASCII)));
    }

    @Test
    void aLargeLegacyPageIsDetectedFromItsStartAndDecodedWhole() throws InputException {
        String gbPage = (PAGE + "\n").repeat(20_000);   // about 1.4 MB; the detector reads 8,000 bytes
        assertEquals(gbPage, decode(gbPage.getBytes(GB18030)));
        String big5Page = (TRADITIONAL_PAGE + "\n").repeat(5_000);
        assertEquals(big5Page, decode(big5Page.getBytes(BIG5)));
    }

    @Test
    void brokenUtf8AfterBomDoesNotFallBackToGb18030() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        String message = rejection(concat(bom, "正文".getBytes(GB18030)));
        assertEquals("page.txt: starts with a UTF-8 byte-order mark but has invalid UTF-8 at byte 3", message);
    }
}
