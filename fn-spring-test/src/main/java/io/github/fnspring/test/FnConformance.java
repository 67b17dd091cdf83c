package io.github.fnspring.test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.DynamicTest;
import org.opentest4j.AssertionFailedError;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Proves that a function behaves the same on every cloud: its application is started once,
 * the event is sent through every transport of every cloud ({@link FnTestTransport}), and each
 * platform's answer, taken out of its envelope, must be the expected JSON (numbers compared by
 * value, so {@code 2}, {@code 2.0} and {@code 2.00} are equal), or the expected error, read
 * from that platform's error shape.
 *
 * <pre class="code">
 * &#64;TestFactory
 * Stream&lt;DynamicTest&gt; orderConformsOnEveryCloud() {
 *     return FnConformance.of(OrderApplication.class)
 *         .function("order")
 *         .event("{\"orderId\":\"o-7\",\"quantity\":2,\"unitPrice\":9.5}")
 *         .expectJson("{\"orderId\":\"o-7\",\"total\":19}")
 *         .tests();
 * }
 * </pre>
 *
 * The application starts when {@link #tests()} is called, with the kit's settings (every
 * cloud, free ports) and the given properties, and closes when JUnit has run the tests.
 */
public final class FnConformance {

	private static final JsonMapper json = JsonMapper.shared();

	private final Class<?> application;

	private final List<String> properties = new ArrayList<>();

	private final List<FnTestTransport> transports = new ArrayList<>(List.of(FnTestTransport.values()));

	private @Nullable String function;

	private @Nullable String event;

	private @Nullable Expectation expectation;

	private FnConformance(Class<?> application) {
		this.application = application;
	}

	/** Conformance of a function of this application (its {@code @SpringBootApplication} class). */
	public static FnConformance of(Class<?> application) {
		return new FnConformance(application);
	}

	/** The exported name of the function. */
	public FnConformance function(String function) {
		this.function = function;
		return this;
	}

	/** The event every transport sends. */
	public FnConformance event(String event) {
		this.event = event;
		return this;
	}

	/** Application properties, as {@code key=value}. */
	public FnConformance properties(String... properties) {
		this.properties.addAll(Arrays.asList(properties));
		return this;
	}

	/** Only these transports, for a function that is not meant for every one. */
	public FnConformance only(FnTestTransport... transports) {
		this.transports.clear();
		this.transports.addAll(Arrays.asList(transports));
		return this;
	}

	/** Every platform must answer with this JSON output. */
	public FnConformance expectJson(String expected) {
		JsonNode tree = parse(expected);
		if (tree == null) {
			throw new IllegalArgumentException("The expected output is not JSON: " + expected);
		}
		this.expectation = (response, classes) -> assertJson(tree, response);
		return this;
	}

	/** Every platform must answer with this text output, such as a {@code Function<String, String>}'s. */
	public FnConformance expectText(String expected) {
		this.expectation = (response, classes) -> {
			assertSucceeded(response);
			if (!response.output().equals(expected)) {
				throw new AssertionFailedError(response.transport() + " answered other text", expected,
						response.output());
			}
		};
		return this;
	}

	/** Every platform must report a failure of this exception type (or a subtype) in its error shape. */
	public FnConformance expectError(Class<? extends Throwable> expected) {
		this.expectation = (response, classes) -> assertError(expected, response, classes);
		return this;
	}

	/**
	 * Starts the application and returns one test per transport; the application closes when
	 * JUnit closes the stream, after running them.
	 */
	public Stream<DynamicTest> tests() {
		String function = required(this.function, "function(name)");
		String event = required(this.event, "event(json)");
		Expectation expectation = required(this.expectation, "expectJson, expectText or expectError");
		ClassLoader applicationClasses = this.application.getClassLoader();
		ConfigurableApplicationContext context = new SpringApplicationBuilder(this.application)
			.initializers((started) -> EveryCloudOnFreePorts.apply(started.getEnvironment(), started.getClassLoader()))
			.properties(this.properties.toArray(String[]::new))
			.run();
		FnTestClient client = new FnTestClient(context);
		return this.transports.stream()
			.map((transport) -> DynamicTest.dynamicTest(transport + ": " + function,
					() -> expectation.check(client.invoke(transport, function, event), applicationClasses)))
			.onClose(() -> {
				client.close();
				context.close();
			});
	}

	private static <T> T required(@Nullable T value, String call) {
		if (value == null) {
			throw new IllegalStateException("Say what to check first: " + call);
		}
		return value;
	}

	private static void assertJson(JsonNode expected, FnTestResponse response) {
		assertSucceeded(response);
		JsonNode actual = parse(response.output());
		if (actual == null || !expected.equals(NUMBERS_BY_VALUE, actual)) {
			throw new AssertionFailedError(response.transport() + " answered other JSON", expected.toString(),
					response.output());
		}
	}

	private static void assertSucceeded(FnTestResponse response) {
		if (response.isError()) {
			throw new AssertionFailedError(response.transport() + " reported a failure of type "
					+ response.errorType() + ": " + response.body());
		}
	}

	private static void assertError(Class<? extends Throwable> expected, FnTestResponse response,
			ClassLoader applicationClasses) {
		if (!response.isError()) {
			throw new AssertionFailedError(response.transport() + " answered instead of failing: " + response.body());
		}
		String reported = response.errorType();
		if (reported == null || !isA(reported, expected, applicationClasses)) {
			throw new AssertionFailedError(response.transport() + " reported another error type", expected.getName(),
					reported);
		}
	}

	/**
	 * Whether the reported type is the expected one or one of its subtypes, looked up among the
	 * application's classes, where its own exception types are.
	 */
	private static boolean isA(String reported, Class<? extends Throwable> expected, ClassLoader applicationClasses) {
		if (reported.equals(expected.getName())) {
			return true;
		}
		try {
			return expected.isAssignableFrom(Class.forName(reported, false, applicationClasses));
		}
		catch (ClassNotFoundException | LinkageError ex) {
			return false;
		}
	}

	private static @Nullable JsonNode parse(String text) {
		try {
			return json.readTree(text);
		}
		catch (JacksonException ex) {
			return null;
		}
	}

	/** Numbers equal by value ({@code 2 == 2.0}); everything else as Jackson compares it. */
	private static final Comparator<JsonNode> NUMBERS_BY_VALUE = (left, right) -> {
		if (left.isNumber() && right.isNumber()) {
			return left.decimalValue().compareTo(right.decimalValue());
		}
		return left.equals(right) ? 0 : 1;
	};

	/** What every transport's answer must satisfy. */
	@FunctionalInterface
	private interface Expectation {

		/** @param applicationClasses where the application's exception types are found */
		void check(FnTestResponse response, ClassLoader applicationClasses);

	}

}
