package io.github.fnspring.demo;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The local console, used as a person uses it: open the page, choose a function, a cloud and a
 * trigger, invoke, and read the output, the summary and the log lines; an error; a saved test
 * event after a restart.
 */
class ConsoleBrowserTest {

	/**
	 * Where the screenshot the README and the guides show goes, when asked for with
	 * {@code -Dfn.console.screenshot=../docs/console.png}: made by this test, never by hand.
	 */
	private static final String SCREENSHOT_PROPERTY = "fn.console.screenshot";

	@TempDir
	Path work;

	@Test
	void aTimerEventThroughFcShowsTheOutputTheSummaryAndTheInvocationsLogLines() throws Exception {
		try (ConfigurableApplicationContext demo = ConsoleBrowser.startDemo(this.work.resolve("events.json"));
				ConsoleBrowser browser = ConsoleBrowser.open()) {
			browser.load(ConsoleBrowser.consoleAddress(demo));
			assertThat(browser.options("function")).contains("order", "tick", "fail", "uppercase");
			browser.choose("function", "tick");
			assertThat(browser.element("types").getText()).isEqualTo("takes io.github.fnspring.event.TimerEvent, gives none");
			browser.choose("cloud", "aliyun");
			browser.choose("trigger", "timer");
			browser.awaitValue("event", "\"triggerName\": \"timer-trigger\"");
			browser.element("invoke").click();

			browser.awaitText("status", "succeeded");
			assertThat(browser.summary("Request ID")).startsWith("console-");
			assertThat(browser.summary("Memory configured")).isEqualTo("512 MB");
			assertThat(browser.summary("Execution duration")).matches("\\d+\\.\\d\\d ms");
			assertThat(browser.summary("Memory used")).matches("[1-9]\\d* MB");
			assertThat(browser.summary("Billed duration")).matches("[1-9]\\d* ms");
			// the demo's tick logs the trigger's name, under the invocation's request id
			assertThat(browser.element("logs").getText()).contains("Timer timer-trigger fired");
			assertThat(browser.element("history").findElements(By.tagName("li"))).hasSize(1);
		}
	}

	@Test
	void anOrderThroughScfIsAnsweredPrettyPrintedAndAFailureThroughFunctionGraphShowsItsErrorBody() throws Exception {
		try (ConfigurableApplicationContext demo = ConsoleBrowser.startDemo(this.work.resolve("events.json"));
				ConsoleBrowser browser = ConsoleBrowser.open()) {
			browser.load(ConsoleBrowser.consoleAddress(demo));
			browser.choose("function", "order");
			browser.choose("cloud", "tencent");
			browser.choose("trigger", "plain");
			browser.element("event").clear();
			browser.element("event").sendKeys("{\"orderId\":\"o-7\",\"sku\":\"tea\",\"quantity\":4,\"unitPrice\":0.5}");
			browser.element("invoke").click();
			browser.awaitText("status", "succeeded");
			assertThat(browser.element("output").getText()).contains("\"orderId\" : \"o-7\"").contains("\"total\" : 2.0");
			String orderRequestId = browser.summary("Request ID");

			browser.choose("function", "fail");
			browser.choose("cloud", "huawei");
			browser.choose("trigger", "plain");
			browser.element("event").clear();
			browser.element("event").sendKeys("\"boom\"");
			browser.element("invoke").click();
			browser.awaitText("status", "failed (500)");
			assertThat(browser.element("output").getText()).contains("\"errorMessage\" : \"Refusing to process 'boom'\"")
				.contains("\"errorType\" : \"java.lang.IllegalStateException\"");
			assertThat(browser.element("logs").getText()).contains("IllegalStateException: Refusing to process 'boom'");
			takeScreenshot(browser);

			// the history reopens the first invocation
			browser.element("history").findElement(By.cssSelector("li[data-request-id='" + orderRequestId + "']")).click();
			browser.awaitText("output", "\"orderId\" : \"o-7\"");
			assertThat(browser.summary("Request ID")).isEqualTo(orderRequestId);
		}
	}

	@Test
	void aSavedTestEventIsThereAfterARestart() throws Exception {
		Path events = this.work.resolve("events.json");
		String event = "{\"orderId\":\"saved-1\",\"sku\":\"coffee\",\"quantity\":2,\"unitPrice\":3.0}";
		try (ConfigurableApplicationContext demo = ConsoleBrowser.startDemo(events);
				ConsoleBrowser browser = ConsoleBrowser.open()) {
			browser.load(ConsoleBrowser.consoleAddress(demo));
			browser.choose("function", "order");
			browser.choose("cloud", "aliyun");
			browser.element("event").clear();
			browser.element("event").sendKeys(event);
			browser.element("save-name").sendKeys("two coffees");
			browser.element("save").click();
			browser.awaitValue("saved", "two coffees");
		}
		assertThat(events).content().contains("two coffees").contains("saved-1");
		try (ConfigurableApplicationContext demo = ConsoleBrowser.startDemo(events);
				ConsoleBrowser browser = ConsoleBrowser.open()) {
			browser.load(ConsoleBrowser.consoleAddress(demo));
			browser.choose("function", "order");
			browser.awaitText("saved", "two coffees");
			browser.choose("saved", "two coffees");
			assertThat(browser.element("event").getAttribute("value")).isEqualTo(event);
			browser.element("invoke").click();
			browser.awaitText("output", "\"orderId\" : \"saved-1\"");
		}
	}

	private static void takeScreenshot(ConsoleBrowser browser) throws Exception {
		String target = System.getProperty(SCREENSHOT_PROPERTY);
		Path shot = ((TakesScreenshot) browser.driver).getScreenshotAs(OutputType.FILE).toPath();
		assertThat(Files.size(shot)).as("a screenshot").isPositive();
		if (target != null) {
			Files.copy(shot, Path.of(target), StandardCopyOption.REPLACE_EXISTING);
		}
	}

}
