package io.github.fnspring.maven;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Exported names become cloud function names, which select the bean at run time, and a web
 * application's one function is named after the project: a name a cloud rejects fails the build
 * rather than the deployment.
 */
final class CloudFunctionNames {

	/** What all three clouds accept; SCF and FunctionGraph are the strictest. */
	private static final Pattern ACCEPTED = Pattern.compile("[A-Za-z][A-Za-z0-9_-]{0,58}[A-Za-z0-9]");

	private static final String RULE = "SCF and FunctionGraph take 2-60 letters, digits, '_' and '-', starting with a"
			+ " letter and ending with a letter or digit";

	private CloudFunctionNames() {
	}

	static void check(List<String> names) {
		for (String name : names) {
			if (!ACCEPTED.matcher(name).matches()) {
				throw new IllegalStateException("Exported function '" + name + "' cannot be a cloud function name: "
						+ RULE + "; name it with @ServerlessFunction(\"...\")");
			}
		}
	}

	/**
	 * The name of a web application's one cloud function: the artifactId, lower-cased as the
	 * descriptors write it.
	 */
	static String ofWebApplication(String artifactId) {
		String name = artifactId.toLowerCase(Locale.ROOT);
		if (!ACCEPTED.matcher(name).matches()) {
			throw new IllegalStateException("A web application is deployed as one cloud function named after its"
					+ " artifactId, and '" + name + "' cannot be a cloud function name: " + RULE);
		}
		return name;
	}

}
