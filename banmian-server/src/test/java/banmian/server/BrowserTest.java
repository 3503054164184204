package banmian.server;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The reader end to end in headless Chromium (Debian's chromium and chromium-driver, which .ci/run
 * installs): search, open an article, follow a name to its search, take a screenshot.
 */
class BrowserTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    /** Screenshots land here for a person to look at after the build. */
    private static final Path SCREENSHOTS = Path.of("target", "browser");

    @TempDir
    Path dir;

    private ServedArchive served;
    private WebDriver browser;

    @BeforeEach
    void start() throws Exception {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            fail("the browser test needs " + CHROMIUM + " and " + CHROMEDRIVER
                    + " (apt-get install chromium chromium-driver; .ci/run installs them)");
        }
        served = new ServedArchive(dir.resolve("data"));
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        // The flags keep Chromium off the network this machine does not have, and root-safe.
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=1200,1000", "--user-data-dir=" + dir.resolve("profile"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
    }

    @AfterEach
    void stop() throws Exception {
        if (browser != null) {
            browser.quit();
        }
        if (served != null) {
            served.close();
        }
    }

    private WebDriverWait waitFor() {
        return new WebDriverWait(browser, Duration.ofSeconds(10));
    }

    private void screenshot(String name) throws Exception {
        File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Files.createDirectories(SCREENSHOTS);
        Path target = SCREENSHOTS.resolve(name + ".png");
        Files.copy(shot.toPath(), target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        byte[] png = Files.readAllBytes(target);
        assertTrue(png.length > 1000 && png[1] == 'P' && png[2] == 'N' && png[3] == 'G', "a real PNG: " + target);
    }

    @Test
    void searchOpenAnArticleAndFollowAName() throws Exception {
        browser.get(served.url("/"));
        WebElement box = browser.findElement(By.name("q"));
        box.sendKeys("管网");
        box.submit();
        waitFor().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".hit")));
        List<WebElement> hits = browser.findElements(By.cssSelector(".hit"));
        assertEquals(1, hits.size());
        assertEquals("管网", hits.get(0).findElement(By.tagName("mark")).getText());
        screenshot("search");

        hits.get(0).findElement(By.cssSelector("a.headline")).click();
        waitFor().until(ExpectedConditions.presenceOfElementLocated(By.tagName("h1")));
        assertEquals("城区老旧管网改造全面启动", browser.findElement(By.tagName("h1")).getText());
        assertTrue(browser.getPageSource().contains("漏损率"), "the part continued on page 2 is shown too");
        screenshot("article");

        browser.findElement(By.cssSelector("a.entity")).click();
        waitFor().until(ExpectedConditions.urlContains("person="));
        assertTrue(browser.findElement(By.cssSelector(".filters")).getText().contains("李明华"));
        assertEquals(1, browser.findElements(By.cssSelector(".hit")).size());
        screenshot("person");
    }
}
