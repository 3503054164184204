package banmian.pipeline;

import com.code_intelligence.jazzer.api.HookType;
import com.code_intelligence.jazzer.api.MethodHook;
import org.apache.pdfbox.text.TextPosition;

import java.lang.invoke.MethodHandle;

/**
 * Temporary: steps the fuzzer around known bugs, so that each run does not stop at the same one and
 * can go on to find new ones. The pom's fuzz executions load these
 * hooks ({@code jazzer.custom_hooks}); regression runs do not, so a finding kept as a regression seed
 * still fails until its bug is fixed. Delete a hook once its bug is fixed (a hook whose target method
 * has changed its signature no longer applies).
 */
public final class KnownIssueHooks {
    /** Glyphs are smaller than this on any real page; a newspaper's largest headline is a few hundred points. */
    private static final double HUGE_GLYPH_POINTS = 2000;
    /** A range of two-byte codes holds at most this many; a real ToUnicode range is far shorter. */
    private static final int MAX_BFRANGE_CODES = 0x10000;

    private KnownIssueHooks() {
    }

    /**
     * Known issue: {@code OverprintFilter.isRepeat} searches grid cells out to a third of the glyph's
     * size, so a glyph scaled to 1e8 points (a mutated {@code Tf}, {@code Tm} or {@code cm}) keeps it
     * searching for hours. Such a glyph is taken as no repeat, without the search; the rest of the
     * page goes on as usual.
     */
    @MethodHook(type = HookType.REPLACE, targetClassName = "banmian.pdf.OverprintFilter", targetMethod = "isRepeat",
            targetMethodDescriptor = "(Lorg/apache/pdfbox/text/TextPosition;D)Z")
    public static boolean hugeGlyphIsNoRepeat(MethodHandle method, Object filter, Object[] arguments, int hookId)
            throws Throwable {
        TextPosition position = (TextPosition) arguments[0];
        double size = (Double) arguments[1];
        double advance = Math.abs(position.getWidthDirAdj());
        if (Math.min(size, advance > 0 ? advance : size) > HUGE_GLYPH_POINTS) {
            return false;
        }
        return (boolean) method.invokeWithArguments(filter, position, size);
    }

    /**
     * PDFBox 3.0.8 (FontBox {@code CMapParser}): a {@code bfrange} line of a ToUnicode CMap maps
     * {@code end - start + 1} codes, one map entry each, however wide the range. A damaged CMap with
     * a 3-byte range, or with a start code longer than 4 bytes (whose integer value overflows), asks
     * for millions to billions of entries, each with a warning when the code is longer than 4 bytes:
     * seconds to hours for a PDF of a few KB (the fuzzer's most frequent timeout). The range is cut to
     * the size of a whole two-byte code space.
     */
    @MethodHook(type = HookType.REPLACE, targetClassName = "org.apache.fontbox.cmap.CMapParser",
            targetMethod = "addMappingFrombfrange", targetMethodDescriptor = "(Lorg/apache/fontbox/cmap/CMap;[BI[B)V")
    public static void hugeBfrangeIsCut(MethodHandle method, Object parser, Object[] arguments, int hookId)
            throws Throwable {
        int values = (Integer) arguments[2];
        method.invokeWithArguments(parser, arguments[0], arguments[1], Math.min(values, MAX_BFRANGE_CODES), arguments[3]);
    }
}
