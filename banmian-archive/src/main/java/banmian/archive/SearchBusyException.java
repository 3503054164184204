package banmian.archive;

/**
 * A costly search turned away because as many are running and waiting as the archive lets
 * ({@link SearchAdmission}): the server's load, not the request, is the cause; worth trying again later.
 */
public final class SearchBusyException extends RuntimeException {
    SearchBusyException() {
        super("too many costly searches are running; try again later or use rarer words", null, false, false);
    }
}
