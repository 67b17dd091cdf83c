/**
 * The local console: in a local run only, a page on fn-spring's local servers where a developer
 * picks a function, a cloud and a trigger, edits a sample event, invokes it through that cloud's
 * local transport, and reads what the cloud's console would show (the output or error body, an
 * execution summary, the invocation's log lines). Its auto-configuration applies only to local
 * runs, so none of its classes load in a cloud. Internal, but for the {@code fn.console.*}
 * properties.
 */
@NullMarked
package io.github.fnspring.console;

import org.jspecify.annotations.NullMarked;
