package banmian.cli;

import banmian.pdf.RawPdf;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSFloat;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdfwriter.ContentStreamWriter;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * The hostile and unlucky inputs {@link HostileInputTest} feeds the command line: files crafted to
 * set off one trap each (the cases of the hostile-input review and their kin), and seeded mutations of
 * real page PDFs and text layers from ../shared. Every case is made in the test's own folder.
 */
final class HostileCases {
    /**
     * One input: a name for reports, how to make it in a folder, extra command-line options, and,
     * where the outcome is known, the exit status and a phrase stderr must hold (null: any clean outcome).
     */
    record Case(String name, Maker maker, List<String> options, Integer exit, String says) {
        Case(String name, Maker maker) {
            this(name, maker, List.of(), null, null);
        }

        Case(String name, Maker maker, List<String> options) {
            this(name, maker, options, null, null);
        }

        /** This case must end with {@code exit} and stderr must contain {@code says}. */
        Case expect(int exit, String says) {
            return new Case(name, maker, options, exit, says);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    /** Makes the input inside {@code dir} (or names one outside it, such as /dev/zero) and returns its path. */
    @FunctionalInterface
    interface Maker {
        Path make(Path dir) throws IOException;
    }

    private HostileCases() {
    }

    static Maker file(String name, byte[] content) {
        return dir -> Files.write(dir.resolve(name), content);
    }

    static Maker lazyFile(String name, java.util.function.Supplier<byte[]> content) {
        return dir -> Files.write(dir.resolve(name), content.get());
    }

    // --- crafted PDFs ---------------------------------------------------------------------------

    static List<Case> craftedPdfs() {
        List<Case> cases = new ArrayList<>();
        byte[] text = RawPdf.ascii(RawPdf.TEXT);
        cases.add(new Case("a million unbalanced Q", lazyFile("million-q.pdf",
                () -> RawPdf.onePage(RawPdf.concat(text, RawPdf.repeat(RawPdf.ascii("Q\n"), 1_000_000)), ""))).expect(0, "unbalanced Q"));
        cases.add(new Case("a glyph scaled by 1e8", lazyFile("glyph-1e8.pdf", () -> RawPdf.onePage(RawPdf.concat(text,
                RawPdf.repeat(RawPdf.ascii("BT /F1 1 Tf 100000000 0 0 100000000 10 10 Tm (ABCDEFGHIJ) Tj ET\n"), 200)), ""))).expect(0, ""));
        cases.add(new Case("glyphs scaled by 1e5 over the page", lazyFile("glyph-1e5.pdf", () -> RawPdf.onePage(RawPdf.concat(text,
                RawPdf.repeat(RawPdf.ascii("BT /F1 1 Tf 100000 0 0 100000 -5000 -5000 Tm (AAAAAAAAAAAAAAAAAAAA) Tj ET\n"), 500)), ""))));
        cases.add(new Case("a glyph scaled by 1e38", lazyFile("glyph-1e38.pdf", () -> RawPdf.onePage(RawPdf.concat(text,
                RawPdf.ascii("BT /F1 1 Tf 100000000000000000000000000000000000000 0 0 100000000000000000000000000000000000000 1 1 Tm (AB) Tj ET\n")), ""))).expect(0, ""));
        cases.add(new Case("a page 1e30 points wide with display type to match", lazyFile("huge-page.pdf", () -> {
            RawPdf pdf = new RawPdf();
            pdf.add("<< /Type /Catalog /Pages 2 0 R >>");
            pdf.add("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
            pdf.add("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 1000000000000000000000000000000 1000000000000000000000000000000]"
                    + " /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>");
            pdf.add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
            pdf.flateStream("", RawPdf.concat(text, RawPdf.repeat(RawPdf.ascii(
                    "BT /F1 1 Tf 100000000000000000000000000 0 0 100000000000000000000000000 5 5 Tm (AAAAAAAAAA) Tj ET\n"), 300)));
            return pdf.bytes();
        })));
        cases.add(new Case("more content-stream operators than a page may run", lazyFile("operators.pdf",
                () -> RawPdf.onePage(RawPdf.concat(text, RawPdf.repeat(RawPdf.ascii("q Q "), 5_200_000)), ""))).expect(2, "limit page-operators"));
        cases.add(new Case("operators over a lowered limit", lazyFile("operators-small.pdf",
                () -> RawPdf.onePage(RawPdf.concat(text, RawPdf.repeat(RawPdf.ascii("q Q "), 100_000)), "")),
                List.of("--limit", "page-operators=50000")).expect(2, "limit page-operators=50000"));
        cases.add(new Case("more glyphs than a page may draw", lazyFile("glyphs.pdf", () -> RawPdf.onePage(RawPdf.concat(text,
                RawPdf.ascii("BT /F1 1 Tf 0.5 0 0 0.5 10 10 Tm "), RawPdf.repeat(RawPdf.ascii("(AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA) Tj\n"), 11_000),
                RawPdf.ascii("ET\n")), ""))).expect(2, "limit page-glyphs"));
        cases.add(new Case("a path of 2,100,000 points never painted", lazyFile("path-points.pdf", () -> RawPdf.onePage(RawPdf.concat(text,
                RawPdf.ascii("0 0 m\n"), RawPdf.repeat(RawPdf.ascii("1 1 l\n"), 2_100_000)), ""))).expect(2, "limit page-graphics"));
        cases.add(new Case("a content stream that inflates to 300 MB", lazyFile("content-bomb.pdf", () -> {
            RawPdf pdf = RawPdf.onePageSkeleton("/Resources << /Font << /F1 4 0 R >> >> /Contents [5 0 R 6 0 R]", "");
            pdf.flateStream("", text);
            pdf.flateStream("", RawPdf.ascii(" "), 300L << 20);
            return pdf.bytes();
        })).expect(2, "limit stream-mib"));
        cases.add(new Case("a ToUnicode map that inflates to 300 MB", lazyFile("tounicode-bomb.pdf", () -> {
            RawPdf pdf = RawPdf.onePageSkeleton("/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R", "/ToUnicode 6 0 R");
            pdf.flateStream("", text);
            pdf.flateStream("", RawPdf.ascii("<20> <0041>\n"), (300L << 20) / 12);
            return pdf.bytes();
        })).expect(2, "limit stream-mib"));
        cases.add(new Case("a Unicode map range of four billion codes", lazyFile("cmap-range.pdf", () -> {
            RawPdf pdf = RawPdf.onePageSkeleton("/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R", "/ToUnicode 6 0 R");
            pdf.flateStream("", text);
            pdf.stream("", RawPdf.ascii("/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n"
                    + "1 begincodespacerange <00000000> <FFFFFFFF> endcodespacerange\n"
                    + "1 beginbfrange <00000000> <FFFFFFFF> <0041> endbfrange\nendcmap\n"));
            return pdf.bytes();
        })).expect(2, "limit cmap-codes"));
        cases.add(new Case("a page tree that contains itself", lazyFile("tree-loop.pdf", () -> {
            RawPdf pdf = new RawPdf();
            pdf.add("<< /Type /Catalog /Pages 2 0 R >>");
            pdf.add("<< /Type /Pages /Kids [2 0 R 3 0 R 2 0 R] /Count 3 >>");
            pdf.add("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>");
            pdf.add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
            pdf.flateStream("", text);
            return pdf.bytes();
        })));
        cases.add(new Case("a form that draws itself", lazyFile("recursive-form.pdf", () -> {
            RawPdf pdf = RawPdf.onePageSkeleton("/Resources << /Font << /F1 4 0 R >> /XObject << /Fx 6 0 R >> >> /Contents 5 0 R", "");
            pdf.flateStream("", RawPdf.concat(text, RawPdf.ascii("/Fx Do\n")));
            pdf.flateStream("/Type /XObject /Subtype /Form /BBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> /XObject << /Fx 6 0 R >> >>",
                    RawPdf.concat(text, RawPdf.ascii("/Fx Do /Fx Do\n")));
            return pdf.bytes();
        })));
        cases.add(new Case("arrays nested 100,000 deep in the content", lazyFile("deep-content-array.pdf", () -> RawPdf.onePage(
                RawPdf.concat(text, RawPdf.repeat(RawPdf.ascii("["), 100_000), RawPdf.repeat(RawPdf.ascii("]"), 100_000), RawPdf.ascii(" TJ\n")), ""))));
        cases.add(new Case("arrays nested 100,000 deep in an object", lazyFile("deep-object-array.pdf", () -> {
            RawPdf pdf = new RawPdf();
            pdf.add("<< /Type /Catalog /Pages 2 0 R /Junk 6 0 R >>");
            pdf.add("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
            pdf.add("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> /Junk 6 0 R >> /Contents 5 0 R >>");
            pdf.add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
            pdf.flateStream("", text);
            pdf.add(RawPdf.concat(RawPdf.repeat(RawPdf.ascii("["), 100_000), RawPdf.repeat(RawPdf.ascii("]"), 100_000)));
            return pdf.bytes();
        })));
        cases.add(new Case("an inline image 100,000 pixels square", lazyFile("huge-inline-image.pdf", () -> RawPdf.onePage(RawPdf.concat(text,
                RawPdf.ascii("q 100 0 0 100 50 50 cm BI /W 100000 /H 100000 /BPC 8 /CS /G ID "), new byte[4096], RawPdf.ascii(" EI Q\n")), ""))));
        cases.add(new Case("2,001 pages", lazyFile("many-pages.pdf", () -> manyPages(2_001))).expect(2, "limit pdf-pages"));
        cases.add(new Case("a page count of a billion", lazyFile("count-billion.pdf", () -> {
            RawPdf pdf = new RawPdf();
            pdf.add("<< /Type /Catalog /Pages 2 0 R >>");
            pdf.add("<< /Type /Pages /Kids [3 0 R] /Count 1000000000 >>");
            pdf.add("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>");
            pdf.add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
            pdf.flateStream("", text);
            return pdf.bytes();
        })));
        cases.add(new Case("no pages", lazyFile("no-pages.pdf", () -> {
            RawPdf pdf = new RawPdf();
            pdf.add("<< /Type /Catalog /Pages 2 0 R >>");
            pdf.add("<< /Type /Pages /Kids [] /Count 0 >>");
            return pdf.bytes();
        })));
        cases.add(new Case("a header and nothing else", file("header.pdf", RawPdf.ascii("%PDF-1.7\n"))));
        cases.add(new Case("an unterminated string of a megabyte", lazyFile("open-string.pdf", () -> RawPdf.onePage(RawPdf.concat(text,
                RawPdf.ascii("BT /F1 12 Tf 10 10 Td ("), RawPdf.repeat(RawPdf.ascii("\\("), 500_000)), ""))));
        return cases;
    }

    /** {@code count} pages sharing one content stream: a small file that asks for much work. */
    static byte[] manyPages(int count) {
        RawPdf pdf = new RawPdf();
        pdf.add("<< /Type /Catalog /Pages 2 0 R >>");
        StringBuilder kids = new StringBuilder();
        for (int i = 0; i < count; i++) {
            kids.append(5 + i).append(" 0 R ");
        }
        pdf.add("<< /Type /Pages /Kids [" + kids + "] /Count " + count + " >>");
        pdf.add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
        pdf.flateStream("", RawPdf.ascii(RawPdf.TEXT));
        for (int i = 0; i < count; i++) {
            pdf.add("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents 4 0 R >>");
        }
        return pdf.bytes();
    }

    // --- crafted text layers --------------------------------------------------------------------

    static List<Case> craftedTexts() {
        String head = "人民日报 2018年1月2日 星期二\n一年好景君须记\n本报北京1月1日电 新年第一天，各地群众以多种方式迎接新年。\n";
        List<Case> cases = new ArrayList<>();
        cases.add(new Case("a page ending in 200,000 spaces", file("spaces.txt", utf8(head + " ".repeat(200_000)))).expect(0, ""));
        cases.add(new Case("a line ending in 1,000,000 spaces", file("spaces-1m.txt", utf8(head + "正文。" + " ".repeat(1_000_000) + "\n"))).expect(0, ""));
        cases.add(new Case("a line of 1,000,000 ideographic spaces", file("ideographic-spaces.txt", utf8(head + "　".repeat(1_000_000) + "尾\n"))));
        cases.add(new Case("2,000 Chinese numerals in a sentence", file("numerals.txt", utf8(head + "共计" + "一".repeat(2_000) + "元。\n"))));
        cases.add(new Case("20,000-character lines of numerals and digits", file("numeral-lines.txt",
                utf8(head + ("二十" + "三".repeat(9_000) + "万亿元" + "1".repeat(5_000) + "%\n").repeat(3)))));
        cases.add(new Case("a line of 1,000,000 Han characters", file("long-line.txt", utf8(head + "中".repeat(1_000_000) + "\n"))).expect(2, "limit line-chars"));
        cases.add(new Case("6 MB of short lines", file("short-lines.txt", utf8("短行。\n".repeat(600_000)))).expect(2, "limit page-lines"));
        cases.add(new Case("40,000 short lines, under the limit", file("many-lines.txt", utf8(head + "新闻短句，第几行。\n\n".repeat(20_000)))));
        cases.add(new Case("one box of 19,000-character lines", file("wide-lines.txt",
                utf8(head + ("这是一个很长的段落，" .repeat(1_900) + "\n").repeat(30)))));
        cases.add(new Case("text over 8 MiB", lazyFile("big.txt", () -> utf8("新闻正文，".repeat(600_000)))).expect(2, "limit text-mib"));
        cases.add(new Case("an empty file", file("empty.txt", new byte[0])).expect(2, "empty input"));
        cases.add(new Case("only blank lines", file("blank.txt", utf8("\n \n\t\n　\n"))));
        cases.add(new Case("NUL bytes", file("nul.txt", new byte[] {'a', 0, 'b', 0})).expect(2, "binary data"));
        cases.add(new Case("random bytes", file("random.txt", random(65_536, 1))));
        cases.add(new Case("UTF-16 without a byte-order mark", file("utf16.txt", head.getBytes(StandardCharsets.UTF_16LE))));
        cases.add(new Case("Big5 text", file("big5.txt", "人民日報 2018年1月2日 星期二\n一年好景君須記\n本報北京1月1日電 新年第一天，各地群眾以多種方式迎接新年。\n"
                .getBytes(Charset.forName("Big5")))));
        cases.add(new Case("Shift_JIS text", file("sjis.txt", "東京の新聞記事です。今日はとても良い天気でした。\n".repeat(20)
                .getBytes(Charset.forName("Shift_JIS")))));
        cases.add(new Case("UTF-8 cut inside a character", file("cut-utf8.txt", Arrays.copyOf(utf8(head), utf8(head).length - 1))));
        cases.add(new Case("control characters everywhere", file("controls.txt", utf8(head.replace("，", "\u0007，\u001b").repeat(50)))));
        cases.add(new Case("lone surrogates as CESU bytes", file("surrogates.txt", RawPdf.concat(utf8(head), new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}))));
        cases.add(new Case("a PDF header after 2 KB of text", file("late-header.txt", RawPdf.concat(utf8(" ".repeat(2_048)), RawPdf.ascii("%PDF-1.4\n")))));
        cases.add(new Case("one line of 20,000 commas", file("commas.txt", utf8(head + "，".repeat(19_999) + "\n"))));
        cases.add(new Case("dashes and brackets runs", file("brackets.txt", utf8(head + ("（" + "——".repeat(4_000) + "《".repeat(4_000) + "\n").repeat(4)))));
        cases.add(new Case("alternating datelines", file("datelines.txt", utf8(("本报北京1月1日电\n").repeat(20_000)))));
        return cases;
    }

    // --- special files --------------------------------------------------------------------------

    static List<Case> specialFiles() {
        List<Case> cases = new ArrayList<>();
        cases.add(new Case("a FIFO", dir -> {
            Path fifo = dir.resolve("fifo.txt");
            Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start();
            try {
                if (mkfifo.waitFor() != 0) {
                    throw new IOException("mkfifo failed");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException(e);
            }
            return fifo;
        }).expect(2, "not a regular file"));
        cases.add(new Case("/dev/zero", dir -> Path.of("/dev/zero")).expect(2, "not a regular file"));
        cases.add(new Case("/dev/null", dir -> Path.of("/dev/null")));
        cases.add(new Case("a directory", dir -> Files.createDirectories(dir.resolve("folder.txt"))).expect(2, "is a directory"));
        cases.add(new Case("a missing file", dir -> dir.resolve("missing.txt")).expect(2, "no such file"));
        cases.add(new Case("a FIFO as the entity dictionary", dir -> {
            Path fifo = dir.resolve("names.fifo");
            try {
                if (new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start().waitFor() != 0) {
                    throw new IOException("mkfifo failed");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException(e);
            }
            return Files.writeString(dir.resolve("page.txt"), "人民日报 2018年1月2日 星期二\n一年好景君须记\n");
        }, List.of("--entity-dict", "IN/names.fifo")).expect(2, "not a regular file"));
        cases.add(new Case("a symbolic link loop", dir -> {
            Path loop = dir.resolve("loop.txt");
            Files.createSymbolicLink(loop, loop.getFileName());
            return loop;
        }));
        return cases;
    }

    // --- mutations of real pages ----------------------------------------------------------------

    /** Truncations, byte flips, a broken cross-reference table, encryption and number mutations of one real PDF. */
    static List<Case> pdfMutations(Path realPdf, int flips, int contentMutants) throws IOException {
        byte[] original = Files.readAllBytes(realPdf);
        String stem = realPdf.getFileName().toString().replaceFirst("\\.pdf$", "");
        List<Case> cases = new ArrayList<>();
        for (double share : new double[] {0.02, 0.25, 0.5, 0.75, 0.98}) {
            int length = (int) (original.length * share);
            cases.add(new Case(stem + " cut at " + (int) (share * 100) + "%", file(stem + "-cut.pdf", Arrays.copyOf(original, length))));
        }
        Random random = new Random(realPdf.getFileName().toString().hashCode());
        for (int i = 0; i < flips; i++) {
            byte[] mutant = original.clone();
            int changes = 1 + random.nextInt(i % 3 == 0 ? 200 : 8);
            for (int c = 0; c < changes; c++) {
                mutant[16 + random.nextInt(mutant.length - 16)] = (byte) random.nextInt(256);
            }
            cases.add(new Case(stem + " with " + changes + " bytes changed (#" + i + ")", file(stem + "-flip.pdf", mutant)));
        }
        String text = new String(original, StandardCharsets.ISO_8859_1);
        int startxref = text.lastIndexOf("startxref");
        if (startxref > 0) {
            byte[] wrongOffset = original.clone();
            byte[] junk = RawPdf.ascii("startxref\n99999999999999999999");
            System.arraycopy(junk, 0, wrongOffset, startxref, Math.min(junk.length, wrongOffset.length - startxref));
            cases.add(new Case(stem + " pointing past its end for the xref", file(stem + "-xref.pdf", wrongOffset)));
        }
        int xref = text.lastIndexOf("\nxref");
        if (xref > 0) {
            byte[] noTable = original.clone();
            Arrays.fill(noTable, xref + 1, Math.min(noTable.length, xref + 4_000), (byte) ' ');
            cases.add(new Case(stem + " without its xref table", file(stem + "-noxref.pdf", noTable)));
        }
        cases.add(new Case(stem + " encrypted with a password", lazyFile(stem + "-locked.pdf", () -> encrypted(original, "secret")))
                .expect(2, "needs a password"));
        cases.add(new Case(stem + " encrypted for the owner only", lazyFile(stem + "-owner.pdf", () -> encrypted(original, "")))
                .expect(0, ""));
        for (int i = 0; i < contentMutants; i++) {
            int seed = i;
            cases.add(new Case(stem + " with content numbers mutated (#" + i + ")",
                    lazyFile(stem + "-numbers.pdf", () -> numbersMutated(original, seed))));
        }
        return cases;
    }

    /** Seeded edits of a real text layer: byte flips, truncation inside a character, lines shuffled and doubled. */
    static List<Case> textMutations(Path realText, int count) throws IOException {
        byte[] original = Files.readAllBytes(realText);
        String stem = realText.getFileName().toString().replaceFirst("\\.txt$", "");
        List<Case> cases = new ArrayList<>();
        Random random = new Random(stem.hashCode());
        for (int i = 0; i < count; i++) {
            byte[] mutant = original.clone();
            for (int c = 0, changes = 1 + random.nextInt(20); c < changes; c++) {
                mutant[random.nextInt(mutant.length)] = (byte) random.nextInt(256);
            }
            cases.add(new Case(stem + " with bytes changed (#" + i + ")", file(stem + "-flip.txt", mutant)));
        }
        List<String> lines = new ArrayList<>(new String(original, StandardCharsets.UTF_8).lines().toList());
        java.util.Collections.shuffle(lines, random);
        cases.add(new Case(stem + " with its lines shuffled", file(stem + "-shuffled.txt", utf8(String.join("\n", lines)))));
        cases.add(new Case(stem + " eight times over", file(stem + "-eight.txt", RawPdf.repeat(original, 8))));
        cases.add(new Case(stem + " without line breaks", file(stem + "-oneline.txt",
                utf8(new String(original, StandardCharsets.UTF_8).replace("\n", "").substring(0, Math.min(19_000, original.length / 3))))));
        cases.add(new Case(stem + " cut inside a character", file(stem + "-cut.txt", Arrays.copyOf(original, original.length / 2 + 1))));
        return cases;
    }

    private static byte[] encrypted(byte[] original, String userPassword) {
        try (PDDocument document = Loader.loadPDF(original)) {
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", userPassword, new AccessPermission());
            policy.setEncryptionKeyLength(128);
            document.protect(policy);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The first page's content with numbers changed the way the review's content-stream mutants were:
     * scaled by 1e8 or 1e30, negated, zeroed, made huge.
     */
    private static byte[] numbersMutated(byte[] original, int seed) {
        Random random = new Random(seed);
        try (PDDocument document = Loader.loadPDF(original)) {
            PDPage page = document.getPage(0);
            PDFStreamParser parser = new PDFStreamParser(page);
            List<Object> tokens = parser.parse();
            for (int i = 0; i < tokens.size(); i++) {
                if (tokens.get(i) instanceof COSNumber number && random.nextInt(40) == 0) {
                    double value = number.floatValue();
                    double[] choices = {value * 1e8, value * 1e30, -value, 0, 3.4e38, 1e-30};
                    tokens.set(i, new COSFloat((float) choices[random.nextInt(choices.length)]));
                } else if (tokens.get(i) instanceof COSInteger && random.nextInt(200) == 0) {
                    tokens.set(i, COSInteger.get(Integer.MAX_VALUE));
                }
            }
            PDStream stream = new PDStream(document);
            try (OutputStream out = stream.createOutputStream(org.apache.pdfbox.cos.COSName.FLATE_DECODE)) {
                new ContentStreamWriter(out).writeTokens(tokens);
            }
            page.setContents(stream);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] random(int length, long seed) {
        byte[] bytes = new byte[length];
        new Random(seed).nextBytes(bytes);
        return bytes;
    }
}
