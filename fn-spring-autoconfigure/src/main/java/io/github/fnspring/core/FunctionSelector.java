package io.github.fnspring.core;

import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.util.StringUtils;

/**
 * Decides which function serves an invocation, in this order: the pinned
 * {@code fn.function}; the cloud's function name when it matches an exported name (per
 * request, else as known at start-up); {@code spring.cloud.function.definition}; the only
 * exported function. The default is settled at start-up so that on a cloud an ambiguous or
 * unknown name fails the start, not the first request; a local run may have no default,
 * when several functions are exported and none is chosen, and each request names its
 * function ({@value #LOCAL_FUNCTION_HEADER}).
 *
 * <p>A request selects one exported function by its name, never a composition: function
 * catalogs cache every definition they are asked for, so a name from request data must
 * come from a fixed set. Compositions ({@code a|b}) come from configuration only.
 */
public final class FunctionSelector {

	/** The request header that names the function in a local run, on every platform's protocol. */
	public static final String LOCAL_FUNCTION_HEADER = "x-fn-function-name";

	private final ExportedFunctions exported;

	private final @Nullable String pinnedDefinition;

	private final @Nullable String defaultDefinition;

	private final boolean localRun;

	/**
	 * @param exported the exported functions
	 * @param pinned {@code fn.function}, or {@code null}
	 * @param platformFunctionName the cloud function's name known at start-up, or {@code null}
	 * @param catalogDefinition {@code spring.cloud.function.definition}, or {@code null}
	 * @param localRun whether this is a local run, where a request names its function: a
	 * name that is not exported is an error (in a cloud it is the cloud function's name, and
	 * ignored), and several exported functions with none chosen are fine
	 * @throws MisconfigurationException when no function can be served
	 */
	public FunctionSelector(ExportedFunctions exported, @Nullable String pinned, @Nullable String platformFunctionName,
			@Nullable String catalogDefinition, boolean localRun) {
		this(exported, pinned, platformFunctionName, catalogDefinition, localRun, false);
	}

	/**
	 * @param webApplication whether the application serves HTTP with its own web layer, which
	 * then is what it is for: it may export no function, or several with none chosen, and an
	 * event that needs one it cannot serve is refused as a missing function
	 */
	public FunctionSelector(ExportedFunctions exported, @Nullable String pinned, @Nullable String platformFunctionName,
			@Nullable String catalogDefinition, boolean localRun, boolean webApplication) {
		this.exported = exported;
		this.localRun = localRun;
		if (StringUtils.hasText(pinned)) {
			this.pinnedDefinition = exported.definitionOf(pinned.trim())
				.orElseThrow(() -> new MisconfigurationException(
						"fn.function=" + pinned + " names no exported function. Exported functions: " + exported.names()
								+ ".",
						"Set fn.function to one of the exported names" + exportHint(exported, pinned) + "."));
			this.defaultDefinition = this.pinnedDefinition;
			return;
		}
		this.pinnedDefinition = null;
		this.defaultDefinition = defaultDefinition(exported, platformFunctionName, catalogDefinition,
				localRun || webApplication, webApplication);
	}

	/**
	 * @param eachRequestNames whether requests may name their function (a local run), or need
	 * no default (a web application)
	 */
	private static @Nullable String defaultDefinition(ExportedFunctions exported, @Nullable String platformFunctionName,
			@Nullable String catalogDefinition, boolean eachRequestNames, boolean webApplication) {
		if (StringUtils.hasText(platformFunctionName)) {
			String byPlatformName = exported.definitionOf(platformFunctionName).orElse(null);
			if (byPlatformName != null) {
				return byPlatformName;
			}
		}
		if (StringUtils.hasText(catalogDefinition)) {
			return catalogDefinition.trim();
		}
		Set<String> names = exported.names();
		if (names.size() == 1) {
			return exported.definitionOf(names.iterator().next()).orElseThrow();
		}
		if (names.isEmpty() && webApplication) {
			return null;
		}
		if (names.isEmpty()) {
			throw new MisconfigurationException(
					"No function is exported: no Function, Consumer or Supplier bean is annotated with @ServerlessFunction.",
					"Annotate a Function, Consumer or Supplier bean with @ServerlessFunction, "
							+ "or set spring.cloud.function.definition.");
		}
		if (eachRequestNames) {
			// Each request names its function, or the web layer serves the application's requests
			return null;
		}
		String cloudFunction = StringUtils.hasText(platformFunctionName) ? " '" + platformFunctionName + "'" : "";
		throw new MisconfigurationException("Several functions are exported " + names
				+ " and none is chosen for the cloud function" + cloudFunction + ".",
				"Set fn.function (the environment variable FN_FUNCTION) or spring.cloud.function.definition to one "
						+ "of them, or name the cloud function after one of them.");
	}

	private static String exportHint(ExportedFunctions exported, String name) {
		return exported.isUnexportedFunctionBean(name)
				? ", or export bean '" + name.trim() + "' by annotating it with @ServerlessFunction" : "";
	}

	/** Whether there is a function to serve when a request names none. */
	public boolean hasDefault() {
		return this.defaultDefinition != null;
	}

	/** The function this instance serves when a request names none, if any. */
	public @Nullable String defaultDefinition() {
		return this.defaultDefinition;
	}

	/**
	 * The exported name of the default function, for reporting it as the function's name;
	 * empty when each request names its function.
	 */
	public String defaultName() {
		return (this.defaultDefinition != null) ? this.exported.exportedNameOf(this.defaultDefinition) : "";
	}

	/** The exported names, for error messages. */
	Set<String> candidates() {
		return this.exported.names();
	}

	/** The exported name of a catalog definition, for error messages. */
	String exportedNameOf(String definition) {
		return this.exported.exportedNameOf(definition);
	}

	/**
	 * The catalog definition for one invocation.
	 * @param requestedName the function name the request carries, or {@code null}
	 * @throws UnknownFunctionException when the name is not exported in a local run, or
	 * names none where there is no default
	 */
	public String select(@Nullable String requestedName) {
		if (StringUtils.hasText(requestedName)) {
			String requested = this.exported.definitionOfName(requestedName).orElse(null);
			if (requested != null) {
				// fn.function serves every request, whatever it names
				return (this.pinnedDefinition != null) ? this.pinnedDefinition : requested;
			}
			if (this.localRun) {
				throw new UnknownFunctionException("No function named '" + requestedName.trim()
						+ "' is exported; exported functions: " + this.exported.names() + "; requests may select only "
						+ "exported functions" + exportHint(this.exported, requestedName));
			}
		}
		if (this.pinnedDefinition != null) {
			return this.pinnedDefinition;
		}
		if (this.defaultDefinition == null && this.exported.names().isEmpty()) {
			throw new UnknownFunctionException("No function is exported: this web application serves HTTP with its "
					+ "controllers, and has no function for events");
		}
		if (this.defaultDefinition == null) {
			throw new UnknownFunctionException("Several functions are exported " + this.exported.names()
					+ " and the request names none: name one with the header " + LOCAL_FUNCTION_HEADER);
		}
		return this.defaultDefinition;
	}

}
