package io.github.fnspring.core;

import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.util.StringUtils;

/**
 * Decides which function serves an invocation, in this order: the pinned
 * {@code fn.function}; the cloud's function name when it matches an exported name (per
 * request, else as known at start-up); {@code spring.cloud.function.definition}; the only
 * exported function. The default is settled at start-up so that an ambiguous or unknown
 * name fails the start, not the first request.
 *
 * <p>A request selects one exported function by its name, never a composition: function
 * catalogs cache every definition they are asked for, so a name from request data must
 * come from a fixed set. Compositions ({@code a|b}) come from configuration only.
 */
public final class FunctionSelector {

	private final ExportedFunctions exported;

	private final @Nullable String pinnedDefinition;

	private final String defaultDefinition;

	private final boolean requestedNameMustExist;

	/**
	 * @param exported the exported functions
	 * @param pinned {@code fn.function}, or {@code null}
	 * @param platformFunctionName the cloud function's name known at start-up, or {@code null}
	 * @param catalogDefinition {@code spring.cloud.function.definition}, or {@code null}
	 * @param requestedNameMustExist whether a per-request name that is not exported is an
	 * error (local runs, where the name is an explicit choice) rather than ignored (clouds,
	 * where it is the cloud function's name)
	 * @throws IllegalStateException when no single function can be chosen
	 */
	public FunctionSelector(ExportedFunctions exported, @Nullable String pinned, @Nullable String platformFunctionName,
			@Nullable String catalogDefinition, boolean requestedNameMustExist) {
		this.exported = exported;
		this.requestedNameMustExist = requestedNameMustExist;
		if (StringUtils.hasText(pinned)) {
			this.pinnedDefinition = exported.definitionOf(pinned.trim())
				.orElseThrow(() -> new IllegalStateException(
						"fn.function=" + pinned + " names no exported function; exported functions: " + exported.names()));
			this.defaultDefinition = this.pinnedDefinition;
			return;
		}
		this.pinnedDefinition = null;
		this.defaultDefinition = defaultDefinition(exported, platformFunctionName, catalogDefinition);
	}

	private static String defaultDefinition(ExportedFunctions exported, @Nullable String platformFunctionName,
			@Nullable String catalogDefinition) {
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
		if (names.isEmpty()) {
			throw new IllegalStateException("No function is exported: annotate a Function, Consumer or Supplier bean "
					+ "with @ServerlessFunction, or set spring.cloud.function.definition");
		}
		throw new IllegalStateException("Several functions are exported " + names
				+ " and none is chosen: set fn.function, or spring.cloud.function.definition, or name the cloud function "
				+ "after one of them");
	}

	/** The function this instance serves when a request names none. */
	public String defaultDefinition() {
		return this.defaultDefinition;
	}

	/** The exported name of the default function, for reporting it as the function's name. */
	public String defaultName() {
		return this.exported.exportedNameOf(this.defaultDefinition);
	}

	/** The exported names, for error messages. */
	Set<String> candidates() {
		return this.exported.names();
	}

	/**
	 * The catalog definition for one invocation.
	 * @param requestedName the function name the request carries, or {@code null}
	 */
	public String select(@Nullable String requestedName) {
		if (this.pinnedDefinition != null || !StringUtils.hasText(requestedName)) {
			return this.defaultDefinition;
		}
		String requested = this.exported.definitionOfName(requestedName).orElse(null);
		if (requested != null) {
			return requested;
		}
		if (this.requestedNameMustExist) {
			throw new UnknownFunctionException(requestedName, this.exported.names());
		}
		return this.defaultDefinition;
	}

}
