package io.github.fnspring.maven;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Exported names become cloud function names, which select the bean at run time: a name a
 * cloud rejects fails the build rather than the deployment.
 */
final class CloudFunctionNames {

	/** What all three clouds accept; SCF and FunctionGraph are the strictest. */
	private static final Pattern ACCEPTED = Pattern.compile("[A-Za-z][A-Za-z0-9_-]{0,58}[A-Za-z0-9]");

	private CloudFunctionNames() {
	}

	static void check(List<String> names) {
		for (String name : names) {
			if (!ACCEPTED.matcher(name).matches()) {
				throw new IllegalStateException("Exported function '" + name + "' cannot be a cloud function name:"
						+ " SCF and FunctionGraph take 2-60 letters, digits, '_' and '-', starting with a letter and"
						+ " ending with a letter or digit; name it with @ServerlessFunction(\"...\")");
			}
		}
	}

}
