package banmian.text;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.IntPredicate;
import java.util.Set;

/**
 * Turns the bytes of a page's text layer into text, or says in one line why they are not one.
 *
 * <p>Chinese text layers come as UTF-8 (with or without a BOM), as GBK/GB18030 from older tools, now
 * and then as UTF-16 with a BOM, and from Taiwan or Hong Kong as Big5. Decoding is strict: a wrong
 * guess must fail loudly rather than turn a page into mojibake that the parser would happily split
 * into articles. A byte-order mark is obeyed. Valid UTF-8 is UTF-8 (ASCII-only text too): valid UTF-8
 * Chinese is practically never a legacy encoding by accident, while the reverse is common.
 *
 * <p>Anything else is a legacy encoding, and there strict decoding alone cannot choose: GB18030
 * accepts nearly every byte pair, so Big5, Shift_JIS and EUC-KR text all "decode" as GB18030
 * garbage. ICU's {@link CharsetDetector} ranks the encodings by how well the bytes fit each one's
 * structure and its most frequent characters, with a confidence of 0 to 100. The rule:
 * <ol>
 * <li>GB18030 (GBK and GB2312 are subsets) and Big5 are the candidates, each only if it decodes
 *     strictly. Big5 is read as Windows code page 950, as Taiwanese tools write it and browsers read it.
 * <li>When the detector has evidence (a candidate above {@link #NO_EVIDENCE}), the better candidate is
 *     taken if its confidence is at least {@link #MIN_CONFIDENCE} and, when the other decodes too, it
 *     leads by {@link #MIN_LEAD}. A multi-byte East Asian encoding ranked above it (Shift_JIS, EUC-JP,
 *     EUC-KR) refuses the bytes, unless they read as Chinese characters in Chinese rows and not as
 *     Hangul: EUC-KR and EUC-JP share GB2312's byte rows, and on a headline the detector now and then
 *     ranks them above GB18030.
 * <li>When the detector has no evidence (ten multi-byte characters or fewer, or none of an encoding's
 *     frequent ones) or cannot separate the two, the character sets' own tiers of common characters
 *     decide. GB18030 is taken when every character is GB2312 punctuation, one of its 3,755 level-1
 *     characters (the common simplified ones) or a four-byte sequence (no other encoding has those),
 *     and the Big5 reading is not all common too; Big5 when every character is Big5 punctuation or one
 *     of its 5,401 common characters and the GB18030 reading is not.
 * </ol>
 * Everything else is refused in one line naming what the bytes look like ({@code looks like Shift_JIS
 * (Japanese) text, not Chinese}, {@code cannot tell the encoding (GB18030 confidence 10, Big5 10); convert
 * it to UTF-8}). {@code InputDecoderCorpusTest} measures the rule on real pages, articles, paragraphs and
 * headlines encoded as GB18030, GBK, Big5 and Shift_JIS: no text decodes to anything but what it was,
 * and Chinese text over twenty characters is accepted. The price is that a few characters can be
 * refused as ambiguous: {@code 广告} in GB18030 is two common Big5 characters as well. The limit: a
 * few EUC-KR Hangul syllables or EUC-JP kanji, too few for the detector, fall in the rows of common
 * GB2312 characters and are read as GB18030; nothing in four characters tells them apart.
 */
public final class InputDecoder {
    /**
     * ICU's multi-byte recognisers report exactly 10 when they have nothing to go on: ten multi-byte
     * characters or fewer, or none of the encoding's frequent characters among them.
     */
    static final int NO_EVIDENCE = 10;
    /**
     * The least confidence to take a candidate on the detector's word. Real Chinese text that gives
     * the detector anything to go on scored 40 or more for its own encoding (11,700 texts, the corpus
     * test's sample enlarged, each in GB18030 and in Big5: lowest 40, a Big5 headline; GB18030's
     * lowest 45); below that the detector has met a frequent character or two, and the character
     * tiers decide instead.
     */
    static final int MIN_CONFIDENCE = 40;
    /**
     * How far the chosen candidate must lead the other when both decode. In the same measurement the
     * right encoding never trailed; it led by less than 20 in 18 texts of 10,000 (headlines, paragraph
     * openings; 14 ties), and those are left to the character tiers rather than to a coin the detector
     * cannot toss.
     */
    static final int MIN_LEAD = 20;

    /**
     * The detector reads the first 8,000 bytes, cut at a line end, as ICU's own stream interface does:
     * a page's statistics settle long before, strict decoding still checks every byte, and a page of
     * 8 MiB costs no more to detect than a short one.
     */
    static final int DETECTION_BYTES = 8000;

    /** GB2312's level-1 characters, the 3,755 common ones, end with row 0xD7; level 2 ends with row 0xF7. */
    private static final int GB2312_LEVEL1_LAST_ROW = 0xD7;
    private static final int GB2312_LAST_ROW = 0xF7;

    private static final Charset GB18030 = Charset.forName("GB18030");
    /**
     * Big5 as Windows writes it (code page 950, with the euro sign and the ETEN characters 碁銹裏墻恒粧嫺);
     * its user-defined areas (Hong Kong's HKSCS among them) decode to private-use characters, which are
     * refused: they mean nothing outside the machine that wrote them.
     */
    private static final Charset BIG5 = Charset.forName("x-windows-950");
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final byte[] UTF16BE_BOM = {(byte) 0xFE, (byte) 0xFF};
    private static final byte[] UTF16LE_BOM = {(byte) 0xFF, (byte) 0xFE};
    private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    /** Readers accept the PDF header anywhere in the file's first kilobyte (after junk a mailer added). */
    private static final int PDF_HEADER_REACH = 1024;

    private InputDecoder() {
    }

    /**
     * Decoded text with line ends normalised to LF and any byte-order mark dropped. The size is the
     * reader's to bound ({@link banmian.limits.Limit#TEXT_MIB}), before the bytes are read.
     */
    public static String decode(byte[] bytes, String sourceName) throws InputException {
        if (bytes.length == 0) {
            throw new InputException(sourceName, "empty input");
        }
        if (looksLikePdf(bytes)) {
            throw new InputException(sourceName,
                    "is a PDF, not a text layer; parse it on the PDF path (banmian-pdf)");
        }
        String text = normaliseLineEnds(dropBom(decodeText(bytes, sourceName)));
        if (text.isBlank()) {
            throw new InputException(sourceName, "empty input");
        }
        return text;
    }

    private static String decodeText(byte[] bytes, String sourceName) throws InputException {
        // UTF-16 is full of NUL bytes, so it has to be recognised before the binary check.
        if (startsWith(bytes, UTF16BE_BOM)) {
            return decodeAfterBom(StandardCharsets.UTF_16BE, bytes, UTF16BE_BOM.length, sourceName);
        }
        if (startsWith(bytes, UTF16LE_BOM)) {
            return decodeAfterBom(StandardCharsets.UTF_16LE, bytes, UTF16LE_BOM.length, sourceName);
        }
        rejectBinary(bytes, sourceName);
        if (startsWith(bytes, UTF8_BOM)) {
            return decodeAfterBom(StandardCharsets.UTF_8, bytes, UTF8_BOM.length, sourceName);
        }
        Attempt utf8 = Attempt.of(StandardCharsets.UTF_8, bytes, 0);
        if (utf8.succeeded()) {
            return utf8.text;
        }
        return decodeLegacy(bytes, utf8, sourceName);
    }

    /** GB18030 or Big5 by the rule in the class comment, or a refusal naming what the bytes look like. */
    private static String decodeLegacy(byte[] bytes, Attempt utf8, String sourceName) throws InputException {
        Attempt gb18030 = Attempt.of(GB18030, bytes, 0);
        Attempt big5 = Attempt.big5(bytes);
        Detection detection = Detection.of(bytes);
        if (!gb18030.succeeded() && !big5.succeeded()) {
            if (detection.anyOther.confidence > NO_EVIDENCE) {
                throw new InputException(sourceName, detection.anyOther.looksLike());
            }
            throw new InputException(sourceName, String.format(Locale.ROOT,
                    "not UTF-8 or GB18030 text (invalid UTF-8 at byte %d, invalid GB18030 at byte %d)",
                    utf8.badOffset, gb18030.badOffset));
        }
        // A candidate that does not decode strictly scores nothing.
        int gbScore = gb18030.succeeded() ? detection.gb18030 : 0;
        int big5Score = big5.succeeded() ? detection.big5 : 0;
        boolean gbFirst = gbScore >= big5Score;
        int best = Math.max(gbScore, big5Score);
        boolean otherCjkFirst = detection.otherCjk.confidence > NO_EVIDENCE
                && detection.otherCjk.confidence > Math.max(detection.gb18030, detection.big5);
        if (best > NO_EVIDENCE) {
            Attempt loser = gbFirst ? big5 : gb18030;
            int loserConfidence = gbFirst ? detection.big5 : detection.gb18030;
            // EUC-KR and EUC-JP use GB18030's byte rows, and on twenty characters of Chinese the detector
            // can rank them higher; Chinese characters in Chinese rows, not all Hangul, are still Chinese.
            boolean chineseRows = gbFirst ? onlyGb2312(bytes, GB2312_LAST_ROW) : onlyCommonBig5(bytes);
            if (detection.otherCjk.confidence > best && (!chineseRows || onlyHangul(bytes))) {
                throw new InputException(sourceName, detection.otherCjk.looksLike());
            }
            if (!loser.succeeded() && loserConfidence > best) {
                throw new InputException(sourceName, looksLikeBroken(gbFirst ? "Big5" : "GB18030", loser));
            }
            if (best >= MIN_CONFIDENCE && (!loser.succeeded() || best - loserConfidence >= MIN_LEAD)) {
                return gbFirst ? gb18030.text : big5.text;
            }
        }
        // The detector cannot tell: the character sets' tiers of common characters decide.
        boolean gbCommon = gb18030.succeeded() && onlyGb2312(bytes, GB2312_LEVEL1_LAST_ROW);
        boolean big5Common = big5.succeeded() && onlyCommonBig5(bytes);
        if (gbCommon != big5Common) {
            return gbCommon ? gb18030.text : big5.text;
        }
        if (otherCjkFirst) {
            throw new InputException(sourceName, detection.otherCjk.looksLike());
        }
        if (!big5.succeeded() && detection.big5 > detection.gb18030 && detection.big5 >= MIN_CONFIDENCE) {
            throw new InputException(sourceName, looksLikeBroken("Big5", big5));
        }
        throw new InputException(sourceName, String.format(Locale.ROOT,
                "cannot tell the encoding (GB18030 confidence %d, Big5 %d); convert it to UTF-8",
                detection.gb18030, detection.big5));
    }

    private static String looksLikeBroken(String encoding, Attempt attempt) {
        return String.format(Locale.ROOT, "looks like %s text but has invalid %s at byte %d; convert it to UTF-8",
                encoding, encoding, attempt.badOffset);
    }

    /**
     * Every multi-byte character is in GB2312's punctuation rows (0xA1A1–0xA3FE: punctuation, numerals,
     * full-width forms) or its character rows from 0xB0A1 to the given row's end, or is one of GB18030's
     * four-byte sequences, which no other encoding has.
     */
    private static boolean onlyGb2312(byte[] bytes, int lastRow) {
        return everyDoubleByte(bytes, true, code -> inRows(code, 0xA1, 0xA3) || inRows(code, 0xB0, lastRow));
    }

    /**
     * Read as EUC-KR, every multi-byte character is one of KS X 1001's 2,350 Hangul syllables (0xB0A1–0xC8FE)
     * or its punctuation (0xA1A1–0xA3FE): Korean, and common GB2312 characters too.
     */
    private static boolean onlyHangul(byte[] bytes) {
        return everyDoubleByte(bytes, false, code -> inRows(code, 0xA1, 0xA3) || inRows(code, 0xB0, 0xC8));
    }

    /** Every multi-byte character is Big5 punctuation (0xA140–0xA3BF) or one of its 5,401 common characters (0xA440–0xC67E). */
    private static boolean onlyCommonBig5(byte[] bytes) {
        return everyDoubleByte(bytes, false, code -> code >= 0xA140 && code <= 0xA3BF || code >= 0xA440 && code <= 0xC67E);
    }

    /** A two-byte code in rows {@code first}..{@code last} of an EUC table (trail byte 0xA1–0xFE). */
    private static boolean inRows(int code, int first, int last) {
        int lead = code >> 8;
        int trail = code & 0xFF;
        return lead >= first && lead <= last && trail >= 0xA1 && trail <= 0xFE;
    }

    /**
     * Whether every character of more than one byte, read as a lead and a trail byte, is one
     * {@code accepted} takes; {@code gb18030FourByte}: a trail digit 0x30–0x39 opens one of GB18030's
     * four-byte sequences, which are passed over.
     */
    private static boolean everyDoubleByte(byte[] bytes, boolean gb18030FourByte, IntPredicate accepted) {
        for (int i = 0; i < bytes.length; i++) {
            int lead = bytes[i] & 0xFF;
            if (lead < 0x80) {
                continue;
            }
            if (i + 1 >= bytes.length) {
                return false;
            }
            int trail = bytes[i + 1] & 0xFF;
            if (gb18030FourByte && trail >= 0x30 && trail <= 0x39) {
                i += 3;
                continue;
            }
            if (!accepted.test(lead << 8 | trail)) {
                return false;
            }
            i++;
        }
        return true;
    }

    /** A byte-order mark is a promise: no falling back to another encoding when it is broken. */
    private static String decodeAfterBom(Charset charset, byte[] bytes, int bomLength, String sourceName)
            throws InputException {
        Attempt attempt = Attempt.of(charset, bytes, bomLength);
        if (!attempt.succeeded()) {
            throw new InputException(sourceName, String.format(Locale.ROOT,
                    "starts with a %s byte-order mark but has invalid %s at byte %d",
                    charset.name(), charset.name(), attempt.badOffset));
        }
        return attempt.text;
    }

    private static void rejectBinary(byte[] bytes, String sourceName) throws InputException {
        int controls = 0;
        for (byte b : bytes) {
            if (b == 0) {
                throw new InputException(sourceName, "binary data (NUL bytes), not a text layer");
            }
            if (isStrayControl(b)) {
                controls++;
            }
        }
        // A stray control character or two happens in real extractor output; one in a hundred bytes does not.
        if (controls >= 4 && controls * 100L > bytes.length) {
            throw new InputException(sourceName, "binary data (" + controls + " control bytes), not a text layer");
        }
    }

    /** Control bytes other than tab, line ends and form feed (extractors put one between pages). */
    private static boolean isStrayControl(byte b) {
        return b >= 0 && b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f';
    }

    /** A PDF, not a text layer: its header stands in the first kilobyte. */
    public static boolean looksLikePdf(byte[] bytes) {
        int limit = Math.min(bytes.length, PDF_HEADER_REACH) - PDF_MAGIC.length;
        for (int i = 0; i <= limit; i++) {
            if (Arrays.equals(bytes, i, i + PDF_MAGIC.length, PDF_MAGIC, 0, PDF_MAGIC.length)) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** GB18030 has its own byte-order mark, which decodes to U+FEFF like the others. */
    private static String dropBom(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static String normaliseLineEnds(String text) {
        if (text.indexOf('\r') < 0) {
            return text;
        }
        return text.replace("\r\n", "\n").replace('\r', '\n');
    }

    /** One strict decoding try: the text, or the byte offset where the bytes stop making sense. */
    private record Attempt(String text, long badOffset) {
        boolean succeeded() {
            return text != null;
        }

        static Attempt of(Charset charset, byte[] bytes, int start) {
            CharsetDecoder decoder = charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
            // None of these charsets yields more chars than bytes, so one buffer always suffices.
            CharBuffer out = CharBuffer.allocate(in.remaining());
            CoderResult result = decoder.decode(in, out, true);
            if (!result.isError()) {
                result = decoder.flush(out);
            }
            if (result.isError()) {
                return new Attempt(null, in.position());
            }
            if (result.isOverflow()) {
                throw new IllegalStateException(charset + " decoded to more chars than bytes");
            }
            return new Attempt(out.flip().toString(), -1);
        }

        /** Code page 950 strictly, and no private-use characters from its user-defined areas. */
        static Attempt big5(byte[] bytes) {
            Attempt attempt = of(BIG5, bytes, 0);
            if (!attempt.succeeded()) {
                return attempt;
            }
            int privateUse = firstPrivateUse(attempt.text);
            if (privateUse < 0) {
                return attempt;
            }
            int bytesBefore = BIG5.encode(CharBuffer.wrap(attempt.text, 0, privateUse)).remaining();
            return new Attempt(null, bytesBefore);
        }

        private static int firstPrivateUse(String text) {
            for (int i = 0; i < text.length(); i++) {
                if (Character.getType(text.charAt(i)) == Character.PRIVATE_USE) {
                    return i;
                }
            }
            return -1;
        }
    }

    /**
     * What ICU's detector makes of the bytes: its confidence in GB18030 and in Big5, the likeliest other
     * multi-byte East Asian encoding (Shift_JIS, EUC-JP, EUC-KR, ISO-2022-*), which can outrank Chinese,
     * and the likeliest other encoding of any kind, which only names what undecodable bytes look like
     * (the single-byte recognisers score noise on Chinese text).
     */
    private record Detection(int gb18030, int big5, Other otherCjk, Other anyOther) {
        private static final Set<String> EAST_ASIAN = Set.of(
                "Shift_JIS", "EUC-JP", "EUC-KR", "ISO-2022-JP", "ISO-2022-KR", "ISO-2022-CN");

        static Detection of(byte[] bytes) {
            CharsetDetector detector = new CharsetDetector();
            detector.setText(sample(bytes));
            int gb18030 = 0;
            int big5 = 0;
            Other otherCjk = Other.NONE;
            Other anyOther = Other.NONE;
            for (CharsetMatch match : detector.detectAll()) {
                String name = match.getName();
                Other other = new Other(match.getConfidence(), name, match.getLanguage());
                if (name.equals("GB18030")) {
                    gb18030 = Math.max(gb18030, match.getConfidence());
                } else if (name.equals("Big5")) {
                    big5 = Math.max(big5, match.getConfidence());
                } else if (!name.startsWith("UTF-")) {
                    // UTF-8 was tried first; UTF-16 and UTF-32 come only with a byte-order mark.
                    anyOther = other.confidence > anyOther.confidence ? other : anyOther;
                    if (EAST_ASIAN.contains(name) && other.confidence > otherCjk.confidence) {
                        otherCjk = other;
                    }
                }
            }
            return new Detection(gb18030, big5, otherCjk, anyOther);
        }

        /** A line end (0x0A) is never part of a multi-byte character in any of these encodings. */
        private static byte[] sample(byte[] bytes) {
            if (bytes.length <= DETECTION_BYTES) {
                return bytes;
            }
            int end = DETECTION_BYTES;
            while (end > DETECTION_BYTES / 2 && bytes[end - 1] != '\n') {
                end--;
            }
            return Arrays.copyOf(bytes, end > DETECTION_BYTES / 2 ? end : DETECTION_BYTES);
        }
    }

    /** An encoding other than the Chinese ones, as the detector ranks it. */
    private record Other(int confidence, String name, String language) {
        static final Other NONE = new Other(0, null, null);

        String looksLike() {
            String languageName = language == null || language.isEmpty() ? ""
                    : " (" + Locale.forLanguageTag(language).getDisplayLanguage(Locale.ENGLISH) + ")";
            return "looks like " + name + languageName + " text, not Chinese";
        }
    }
}
