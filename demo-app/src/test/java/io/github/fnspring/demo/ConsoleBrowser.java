package io.github.fnspring.demo;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import io.github.fnspring.platform.FnTransport;

import static org.assertj.core.api.Assumptions.assumeThat;

/**
 * Debian's Chromium, headless, driven through Debian's ChromeDriver (packages {@code chromium}
 * and {@code chromium-driver}, which .ci/run installs), and the demo started in a local run
 * that serves every cloud: what the console tests click through, as a person would.
 */
final class ConsoleBrowser implements AutoCloseable {

	static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	final WebDriver driver;

	private final WebDriverWait wait;

	private ConsoleBrowser(WebDriver driver) {
		this.driver = driver;
		this.wait = new WebDriverWait(driver, Duration.ofSeconds(30));
	}

	/**
	 * A headless Chromium. On CI (where {@code CI} is set) a missing browser fails the test;
	 * elsewhere the test is skipped with how to install it.
	 */
	static ConsoleBrowser open() {
		boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
		if (!installed && System.getenv("CI") != null) {
			throw new IllegalStateException("The console's browser tests need Debian's chromium and chromium-driver; "
					+ ".ci/run installs them");
		}
		assumeThat(installed).as("Chromium for the console's browser tests: apt-get install chromium chromium-driver")
			.isTrue();
		ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile())
			.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
					"--window-size=1400,1000");
		ChromeDriverService service = new ChromeDriverService.Builder()
			.usingDriverExecutable(new File(CHROMEDRIVER.toString()))
			.usingAnyFreePort()
			.build();
		return new ConsoleBrowser(new ChromeDriver(service, options));
	}

	/** The demo in a local run serving FC, SCF and FunctionGraph, saving test events in {@code eventsFile}. */
	static ConfigurableApplicationContext startDemo(Path eventsFile) {
		return new SpringApplicationBuilder(DemoApplication.class)
			.properties("fn.server.port=0", "fn.local.platforms=tencent,huawei", "spring.main.banner-mode=off",
					"fn.console.events-file=" + eventsFile)
			.run();
	}

	/** The page of the first server of the local run, FC's, as a person opens it. */
	static String consoleAddress(ConfigurableApplicationContext demo) {
		int port = demo.getBeansOfType(FnTransport.class)
			.values()
			.stream()
			.filter((transport) -> transport.platform().equals("aliyun"))
			.findFirst()
			.orElseThrow()
			.port()
			.orElseThrow();
		return "http://localhost:" + port + "/";
	}

	void load(String address) {
		this.driver.get(address);
		this.wait.until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-ready", "true"));
	}

	WebElement element(String id) {
		return this.driver.findElement(By.id(id));
	}

	void choose(String selectId, String value) {
		new Select(element(selectId)).selectByValue(value);
	}

	List<String> options(String selectId) {
		return new Select(element(selectId)).getOptions().stream().map((option) -> option.getAttribute("value")).toList();
	}

	void awaitText(String id, String text) {
		this.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id(id), text));
	}

	void awaitValue(String id, String text) {
		this.wait.until(ExpectedConditions.attributeContains(By.id(id), "value", text));
	}

	/** The summary's value for a label, as shown. */
	String summary(String label) {
		return this.driver.findElement(By.cssSelector("#summary td[data-field='" + label + "']")).getText();
	}

	@Override
	public void close() {
		this.driver.quit();
	}

}
