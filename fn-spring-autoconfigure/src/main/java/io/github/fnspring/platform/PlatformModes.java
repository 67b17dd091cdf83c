package io.github.fnspring.platform;

import java.util.List;

/**
 * The ways a platform with more than one can run an application (SCF: a custom runtime or a
 * web function; FunctionGraph: its built-in runtime, a custom runtime or an HTTP function),
 * each building its own transport. A platform's configuration registers one as a bean and
 * serves the mode its environment selects; tools of a local run (the test kit) open the other
 * modes beside it, so that one application can be reached through every mode at once.
 */
public interface PlatformModes {

	/** The id of the platform whose modes these are. */
	String platform();

	/** Every mode of the platform, by its value of {@code fn.<id>.mode}, such as {@code web}. */
	List<String> modes();

	/** The mode the application serves, as {@code fn.<id>.mode} and the environment select it. */
	String served();

	/**
	 * A new transport serving the given mode, not started: the caller starts and stops it.
	 * @throws IllegalArgumentException for a mode the platform does not have
	 */
	FnTransport transport(String mode);

}
