package banmian.archive;

import java.time.Duration;

/**
 * A search that ran past its time budget and was stopped: its results would be partial, so none are
 * given. The server's load, not the client's request, is the usual cause: worth trying again later.
 */
public final class SearchTimeoutException extends RuntimeException {
    SearchTimeoutException(Duration budget) {
        super("the search took longer than its budget of " + budget.toMillis() + " ms and was stopped; try again later or narrow it",
                null, false, false);
    }
}
