package io.github.fnspring.benchmarks;

/**
 * One cold start of a target.
 * @param millis from process start to the first good answer
 * @param peakRssKb the JVM's peak resident set size by then ({@code VmHWM})
 */
record Sample(double millis, long peakRssKb) {
}
