package banmian.pdf;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CharacterMapRangesTest {
    private static long codes(String map) {
        return CharacterMapRanges.codes(map.getBytes(StandardCharsets.ISO_8859_1));
    }

    @Test
    void rangesOfEveryDestinationKindAreCounted() {
        String map = """
                /CIDInit /ProcSet findresource begin
                1 begincodespacerange <0000> <FFFF> endcodespacerange
                2 beginbfchar <0003> <0020> <0004> <4E2D> endbfchar
                3 beginbfrange
                <0010> <001F> <4E00>
                <0020> <0022> [<0041> <0042> <0043>]
                <0030> <002F> <0041>
                endbfrange
                1 begincidrange <0100> <01FF> 1000 endcidrange
                endcmap
                """;
        assertEquals(16 + 3 + 256, codes(map), "a range ending below its start covers nothing; bfchar is no range");
    }

    @Test
    void aDamagedRangeOfFourBillionCodesIsSeen() {
        assertEquals(1L << 32, codes("1 beginbfrange <00000000> <FFFFFFFF> <0041> endbfrange"));
        assertEquals(0, codes("no ranges at all"));
        assertEquals(0x5FA960 - 0x180F40 + 1, codes("1 beginbfrange <180F4> <5FA96> <0041> endbfrange"),
                "odd hex strings end in a 0 digit, as PDFBox reads them (a fuzzing find: 4.7 million codes)");
        assertEquals(1L << 32, codes("1 beginbfrange <F56FBa6eF37B54F9> <24F9> <0041> endbfrange"),
                "a code longer than four bytes overflows PDFBox into billions of codes (a fuzzing find)");
        assertEquals(65_536, codes("1 beginbfrange <0000> <FFFF> <0041>"), "an unterminated section runs to the end");
    }
}
