package io.github.fnspring.maven;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.maven.plugin.MojoFailureException;

/**
 * Refuses at build time what the application would refuse at start, in the application's own
 * words (fn-spring's {@code ExportedFunctions} and {@code FunctionSelector}): a package that
 * cannot start is never written. Each message adds what to change in the build when the scan
 * of the compiled classes sees more than the running application would.
 */
final class ExportedFunctionCheck {

	private ExportedFunctionCheck() {
	}

	/**
	 * @param found the exported functions the compiled classes declare
	 * @param webApplication whether the application starts a web server, which serves it
	 * when it exports no function
	 * @param allowNoExportedFunction the plugin's {@code allowNoExportedFunction}
	 */
	static void check(List<ExportedFunction> found, boolean webApplication, boolean allowNoExportedFunction)
			throws MojoFailureException {
		requireOneBeanPerName(found);
		if (found.isEmpty() && !webApplication && !allowNoExportedFunction) {
			throw new MojoFailureException("No function is exported: no Function, Consumer or Supplier bean is"
					+ " annotated with @ServerlessFunction. Annotate a Function, Consumer or Supplier bean with"
					+ " @ServerlessFunction, or set spring.cloud.function.definition. (With"
					+ " spring.cloud.function.definition, list the cloud functions to describe in the plugin's"
					+ " <functions>; to package an application that exports none, set the plugin's"
					+ " <allowNoExportedFunction>true</allowNoExportedFunction>.)");
		}
	}

	private static void requireOneBeanPerName(List<ExportedFunction> found) throws MojoFailureException {
		Map<String, String> beanNamesByName = new HashMap<>();
		for (ExportedFunction function : found) {
			String previous = beanNamesByName.putIfAbsent(function.name(), function.beanName());
			if (previous != null) {
				throw new MojoFailureException("Beans '" + previous + "' and '" + function.beanName()
						+ "' are both exported as function '" + function.name() + "'. Give one of them another name"
						+ " with @ServerlessFunction(\"...\"). (The plugin reads every compiled class: if the two"
						+ " beans are never registered together, for example under different profiles, list the"
						+ " exported names in the plugin's <functions>.)");
			}
		}
	}

}
