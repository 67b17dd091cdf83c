package io.github.fnspring.maven;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A text template from the plugin's resources: {@code {{key}}} placeholders, and at most one
 * block between lines {@code {{#functions}}} and {@code {{/functions}}} repeated per exported
 * function with {@code {{function}}} and that function's own values set. Unknown keys fail, so
 * a typo cannot ship.
 */
final class Template {

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([A-Za-z]+)}}");

	private static final String BLOCK_START = "{{#functions}}\n";

	private static final String BLOCK_END = "{{/functions}}\n";

	private final String name;

	private final String text;

	private Template(String name, String text) {
		this.name = name;
		this.text = text;
	}

	static Template load(String name) {
		try (InputStream in = Template.class.getResourceAsStream("templates/" + name)) {
			if (in == null) {
				throw new IllegalStateException("No template " + name);
			}
			return new Template(name, new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n"));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	String render(Map<String, String> values, List<String> functions) {
		return render(values, functions, (function) -> Map.of());
	}

	/** @param valuesOfFunction the values that differ per function, used in its block */
	String render(Map<String, String> values, List<String> functions,
			Function<String, Map<String, String>> valuesOfFunction) {
		int start = this.text.indexOf(BLOCK_START);
		if (start < 0) {
			return substitute(this.text, values);
		}
		int end = this.text.indexOf(BLOCK_END, start);
		if (end < 0) {
			throw new IllegalStateException(this.name + ": " + BLOCK_START.trim() + " without " + BLOCK_END.trim());
		}
		String block = this.text.substring(start + BLOCK_START.length(), end);
		StringBuilder rendered = new StringBuilder(substitute(this.text.substring(0, start), values));
		for (String function : functions) {
			Map<String, String> perFunction = new HashMap<>(values);
			perFunction.putAll(valuesOfFunction.apply(function));
			perFunction.put("function", function);
			rendered.append(substitute(block, perFunction));
		}
		return rendered.append(substitute(this.text.substring(end + BLOCK_END.length()), values)).toString();
	}

	private String substitute(String text, Map<String, String> values) {
		Matcher matcher = PLACEHOLDER.matcher(text);
		StringBuilder result = new StringBuilder();
		while (matcher.find()) {
			String value = values.get(matcher.group(1));
			if (value == null) {
				throw new IllegalStateException(this.name + ": no value for {{" + matcher.group(1) + "}}");
			}
			matcher.appendReplacement(result, Matcher.quoteReplacement(value));
		}
		return matcher.appendTail(result).toString();
	}

}
