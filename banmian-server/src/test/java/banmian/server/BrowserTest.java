package banmian.server;

import banmian.testing.RealPages;
import banmian.testing.SharedCorpus;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The reader end to end in headless Chromium (Debian's chromium and chromium-driver, which .ci/run
 * installs): search, open an article, follow a name to its search; open a real page, click an article
 * on its image and land on the article with its region highlighted; the layout at a phone's width.
 * Screenshots are kept in target/browser.
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
        // The style comes from /static/reader.css, which the Content-Security-Policy lets in (inline style it would not).
        assertEquals("double", script("return getComputedStyle(document.querySelector('header')).borderBottomStyle;"));
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

    private Object script(String script, Object... arguments) {
        return ((JavascriptExecutor) browser).executeScript(script, arguments);
    }

    @RealPages
    @Test
    void clickAnArticleOnARealPageAndLandOnItHighlighted() throws Exception {
        byte[] pdf = Files.readAllBytes(SharedCorpus.directory().resolve("corpus/rmrb/rmrb2018010207.pdf"));
        assertEquals(201, served.upload(Map.of("paper", "人民日报"), Map.of("rmrb2018010207.pdf", pdf)).statusCode());
        String path = "/pages/renminribao/2018-01-02/7";
        JsonNode page = new ObjectMapper().readTree(served.get("/api" + path).body());
        int order = 0;
        for (int a = 0; a < page.get("articles").size() && order == 0; a++) {
            JsonNode article = page.get("articles").get(a);
            if (article.at("/provenance/headlineBbox").isArray() && article.get("continuedFrom").isNull()) {
                order = a + 1;
            }
        }
        assertTrue(order > 0, "the page has an article with a headline box");
        JsonNode article = page.get("articles").get(order - 1);
        JsonNode box = article.at("/provenance/headlineBbox");

        browser.get(served.url(path));
        waitFor().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".facsimile svg path.region")));
        waitFor().until(driver -> (Boolean) script("const i = document.querySelector('.facsimile image');"
                + " return i.getBBox().width > 0 && performance.getEntriesByType('resource').some(r => r.name.includes('/page.jpg'));"));
        screenshot("page");
        // The middle of the headline's box, from page points to the window through the SVG's own transform.
        String toWindow = "const svg = document.querySelector('.facsimile svg'); const p = svg.createSVGPoint();"
                + " p.x = arguments[0]; p.y = arguments[1]; const s = p.matrixTransform(svg.getScreenCTM()); return [s.x, s.y];";
        double x = box.get(0).asDouble() + box.get(2).asDouble() / 2;
        double y = box.get(1).asDouble() + box.get(3).asDouble() / 2;
        List<?> at = (List<?>) script(toWindow, x, y);
        script("window.scrollBy(0, arguments[0] - window.innerHeight / 2);", ((Number) at.get(1)).doubleValue());
        at = (List<?>) script(toWindow, x, y);
        int left = (int) Math.round(((Number) at.get(0)).doubleValue());
        int top = (int) Math.round(((Number) at.get(1)).doubleValue());
        assertEquals(String.valueOf(order), script("const a = document.elementFromPoint(arguments[0], arguments[1]).closest('a');"
                + " return a == null ? null : a.getAttribute('data-order');", left, top), "the region under the headline is its article's");
        new Actions(browser).moveToLocation(left, top).click().perform();

        waitFor().until(ExpectedConditions.urlContains("/articles/"));
        waitFor().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".crop path.region")));
        assertEquals(article.get("headline").asText(), browser.findElement(By.tagName("h1")).getText());
        WebElement crop = browser.findElement(By.cssSelector(".crop svg"));
        assertTrue(crop.isDisplayed() && crop.getSize().getWidth() > 100, "the crop of the page stands beside the text");
        screenshot("page-article");
    }

    @Test
    void atAPhonesWidthTheFacetsFoldAboveTheResultsAndNothingScrollsSideways() throws Exception {
        assertEquals(201, served.upload(Map.of("paper", banmian.archive.ArchiveFixtures.PAPER_B, "date", "2024-05-08", "page", "3"),
                Map.of("printed.pdf", PrintedPage.pdf())).statusCode());
        browser.get(served.url("/?q=" + java.net.URLEncoder.encode("春播", java.nio.charset.StandardCharsets.UTF_8)));
        assertTrue(facetsShown(), "on a wide screen the facets stand open");

        browser.manage().window().setSize(new Dimension(390, 844));
        waitFor().until(driver -> ((Number) script("return window.innerWidth;")).intValue() <= 390);
        browser.navigate().refresh();
        waitFor().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".hit")));
        WebElement facets = browser.findElement(By.cssSelector("details.facets"));
        WebElement results = browser.findElement(By.cssSelector(".results main"));
        assertTrue(facets.getLocation().getY() < results.getLocation().getY(), "the facets stand above the results");
        assertFalse(facetsShown(), "folded until asked");
        assertNoSidewaysScroll();
        screenshot("phone-search");
        facets.findElement(By.tagName("summary")).click();
        assertTrue(facetsShown(), "unfolded on a tap");
        screenshot("phone-search-facets");

        browser.get(served.url("/pages/fenhewanbao/2024-05-08/3"));
        WebElement image = waitFor().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".facsimile svg")));
        assertTrue(image.getSize().getWidth() <= 390, "the page image fits the width");
        assertTrue(browser.findElement(By.cssSelector(".page-articles")).getLocation().getY() > image.getLocation().getY(),
                "the article list comes under the page");
        assertNoSidewaysScroll();
        screenshot("phone-page");
        browser.findElement(By.cssSelector(".page-articles a")).click();
        waitFor().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".crop svg")));
        assertNoSidewaysScroll();
        screenshot("phone-article");
    }

    /**
     * Whether the first facet value is drawn. Asked of the browser's rendering: Selenium's isDisplayed
     * calls anything inside a closed details element hidden, which a wide screen's style shows.
     */
    private boolean facetsShown() {
        return (Boolean) script("const a = document.querySelector('.facets section a');"
                + " return a.checkVisibility() && a.getBoundingClientRect().width > 0;");
    }

    private void assertNoSidewaysScroll() {
        long scrollWidth = ((Number) script("return document.documentElement.scrollWidth;")).longValue();
        assertTrue(scrollWidth <= 390, "the page is " + scrollWidth + " px wide at a 390 px window: " + browser.getCurrentUrl());
    }
}
