package banmian.archive;

import banmian.model.PageMeta;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * What a page was ingested from: the input's bytes and every option that changes what is stored.
 * The same hash means re-ingesting would store the same pages, so the page can be skipped.
 */
public final class SourceHash {
    private SourceHash() {
    }

    public static String of(byte[] bytes, PageMeta callerMeta, boolean enriched) {
        return sha256(bytes, (callerMeta + "|" + enriched).getBytes(StandardCharsets.UTF_8));
    }

    /** The SHA-256 of the parts one after the other, in hex. */
    static String sha256(byte[]... parts) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (byte[] part : parts) {
                digest.update(part);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
