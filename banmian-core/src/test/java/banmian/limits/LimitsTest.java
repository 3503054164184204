package banmian.limits;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LimitsTest {
    @Test
    void settingsAsUsersWriteThemChangeOneLimitEach() {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("page-seconds", "60");
        settings.put("text-mib", "16");
        settings.put("page-operators", "20_000_000");
        Limits limits = Limits.DEFAULT.with(settings);
        assertEquals(60, limits.pageTime().toSeconds());
        assertEquals(16L << 20, limits.textBytes());
        assertEquals(20_000_000, limits.get(Limit.PAGE_OPERATORS));
        assertEquals(Limits.DEFAULT.get(Limit.PAGE_GLYPHS), limits.get(Limit.PAGE_GLYPHS));
        assertEquals("page-seconds=60", limits.setting(Limit.PAGE_SECONDS));
        assertEquals(30, Limits.DEFAULT.pageTime().toSeconds(), "the defaults are not changed");
    }

    @Test
    void unknownNamesAndBadValuesAreRefusedSayingWhy() {
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> Limits.DEFAULT.with(Map.of("page-secs", "5")));
        assertTrue(unknown.getMessage().contains("unknown limit 'page-secs'") && unknown.getMessage().contains("page-seconds"),
                unknown.getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Limits.DEFAULT.with(Map.of("page-seconds", "ten")))
                .getMessage().contains("not a whole number"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Limits.DEFAULT.with(Map.of("page-seconds", "0")))
                .getMessage().contains("between 1 and"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Limits.DEFAULT.with(Map.of("pdf-pages", "-3")))
                .getMessage().contains("between 1 and"));
    }

    @Test
    void theHelpTextListsEveryLimitWithItsDefault() {
        String described = Limits.describeDefaults();
        for (Limit limit : Limit.values()) {
            assertTrue(described.contains(limit.key() + "=" + limit.defaultValue()), described);
        }
        assertEquals(Limit.values().length, described.lines().count());
    }
}
