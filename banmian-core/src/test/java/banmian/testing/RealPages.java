package banmian.testing;

import org.junit.jupiter.api.Tag;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A test (class or method) that reads real material from ../shared ({@link SharedCorpus}): the slow
 * tier, run by its own surefire execution after the fast unit tests (the parent pom; {@code -Dtier=fast}
 * leaves it out). Any test that touches ../shared carries it, so that the fast tier needs no
 * third-party pages at all.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@Tag(RealPages.TAG)
public @interface RealPages {
    /** The JUnit tag surefire selects on (the parent pom names it too). */
    String TAG = "real-pages";
}
