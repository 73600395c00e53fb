package org.paperradar.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A reader's first visit in a real browser (Debian's chromium and chromium-driver, headless): sign
 * up, seed the profile by pasting a listing, see For you, like, save to a folder, search and open a
 * paper. Screenshots of every step go to {@code target/screenshots/}.
 *
 * <p>Runs with the unit tests, so in CI too; without chromium it fails, unless {@code
 * RADAR_BROWSER_TESTS=off} is set, which skips it with a message (for machines without a browser).
 */
@Tag("browser")
class WebBrowserTest {
  static final Path CHROMIUM = Path.of(env("RADAR_CHROMIUM", "/usr/bin/chromium"));
  static final Path DRIVER = Path.of(env("RADAR_CHROMEDRIVER", "/usr/bin/chromedriver"));
  static final Path SHOTS = Path.of("target", "screenshots");

  @TempDir static Path dir;
  static WebFixture web;
  static WebDriver browser;

  private static String env(String name, String fallback) {
    String v = System.getenv(name);
    return v == null || v.isBlank() ? fallback : v;
  }

  @BeforeAll
  static void start() throws Exception {
    if ("off".equalsIgnoreCase(System.getenv("RADAR_BROWSER_TESTS"))) {
      Assumptions.abort("RADAR_BROWSER_TESTS=off: browser tests skipped");
    }
    if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(DRIVER)) {
      throw new IllegalStateException(
          "browser tests need chromium and chromium-driver ("
              + CHROMIUM
              + ", "
              + DRIVER
              + "): apt-get install -y chromium chromium-driver, or set RADAR_BROWSER_TESTS=off");
    }
    Files.createDirectories(SHOTS);
    web = new WebFixture(dir);
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1280,1000");
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).build();
    browser = new ChromeDriver(service, options);
    browser.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.quit();
    }
    if (web != null) {
      web.close();
    }
  }

  private static void shot(String name) throws IOException {
    File f = ((ChromeDriver) browser).getScreenshotAs(OutputType.FILE);
    Files.copy(f.toPath(), SHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
  }

  private static void waitForUrl(String part) {
    new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains(part));
  }

  private static WebElement find(String css) {
    return browser.findElement(By.cssSelector(css));
  }

  @Test
  void signUpSeedForYouLikeSaveSearchOpen() throws Exception {
    browser.get(web.base + "/");
    assertThat(browser.getTitle()).isEqualTo("Daily papers · PaperRadar");
    shot("01-daily");

    find("#signup-link").click();
    find("#name").sendKeys("ada");
    find("#password").sendKeys("a long enough password");
    shot("02-signup");
    find("#submit").click();
    waitForUrl("/settings");
    assertThat(find("#user-name").getText()).isEqualTo("ada");
    waitForUrl("/settings");

    String listing = Files.readString(Path.of("src/test/resources/web/listing.txt"));
    WebElement area = find("#seed-listing");
    ((ChromeDriver) browser).executeScript("arguments[0].value = arguments[1];", area, listing);
    shot("03-seed-listing");
    find("#seed-listing-submit").click();
    waitForUrl("/for-you");
    List<WebElement> feed = browser.findElements(By.cssSelector("#feed .card"));
    assertThat(feed).isNotEmpty();
    assertThat(find("#feed .why").getText()).contains("close to your");
    shot("04-for-you");

    String liked = feed.get(0).getAttribute("data-paper");
    feed.get(0).findElement(By.cssSelector("button.like")).click();
    waitForUrl("notice=rated");
    assertThat(find("#notice").getText()).isNotBlank();
    assertThat(browser.findElements(By.cssSelector("#feed .card[data-paper='" + liked + "']")))
        .isEmpty();
    shot("05-liked");

    browser.get(web.base + "/library");
    find("#new-folder").sendKeys("To read");
    find("#create-folder").click();
    waitForUrl("notice=folder");
    assertThat(find("#folders").getText()).contains("To read (0)");

    browser.get(web.base + "/paper/" + liked);
    new Select(find("#save-folder")).selectByVisibleText("To read");
    find("#save").click();
    waitForUrl("notice=saved");
    assertThat(find("#save").getText()).isEqualTo("Move");
    shot("06-saved");
    browser.get(web.base + "/library");
    assertThat(find("#folders").getText()).contains("To read (1)");
    assertThat(find("#library-items").getText()).isNotBlank();
    shot("07-library");

    browser.get(web.base + "/search");
    find("#q").sendKeys("prosthetic vision");
    new Select(find("#mode")).selectByValue("lexical");
    find("#search-button").click();
    waitForUrl("q=prosthetic");
    assertThat(find("#result-count").getText()).contains("results");
    assertThat(find("#results mark").getText()).isEqualToIgnoringCase("prosthetic");
    shot("08-search");
    find("#results .paper-link").click();
    waitForUrl("/paper/");
    assertThat(find("#paper-title").getText()).startsWith("Simulation of prosthetic vision");
    assertThat(find("#abstract").getText()).contains("PRIMA");
    find("#upvote").click();
    new WebDriverWait(browser, Duration.ofSeconds(5))
        .ignoring(StaleElementReferenceException.class)
        .until(d -> find("#upvote").getAttribute("class").contains("voted"));
    assertThat(find("#upvote .count").getText()).isEqualTo("1");
    shot("09-paper");
  }
}
