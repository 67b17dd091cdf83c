package io.github.fnspring.maven;

/**
 * One {@code @ServerlessFunction} bean as the compiled classes declare it.
 *
 * @param name the exported name, which becomes the cloud function's name
 * @param beanName the bean's name, for telling the user which beans clash
 * @param consumesTimerEvents whether it is a {@code Consumer<TimerEvent>}, which the
 * descriptors give a timer trigger
 */
record ExportedFunction(String name, String beanName, boolean consumesTimerEvents) {

}
