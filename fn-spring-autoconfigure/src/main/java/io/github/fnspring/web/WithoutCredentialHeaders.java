package io.github.fnspring.web;

import java.util.Collections;
import java.util.Enumeration;
import java.util.Locale;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import org.jspecify.annotations.Nullable;

/**
 * A request as the application's web layer sees it: without the headers that carry the
 * platform's credentials, which its {@code FnContext} has.
 */
final class WithoutCredentialHeaders extends HttpServletRequestWrapper {

	private final Set<String> hidden;

	/** @param hidden the lower-case names of the headers to hide */
	WithoutCredentialHeaders(HttpServletRequest request, Set<String> hidden) {
		super(request);
		this.hidden = hidden;
	}

	private boolean isHidden(String name) {
		return this.hidden.contains(name.toLowerCase(Locale.ROOT));
	}

	@Override
	public @Nullable String getHeader(String name) {
		return isHidden(name) ? null : super.getHeader(name);
	}

	@Override
	public Enumeration<String> getHeaders(String name) {
		return isHidden(name) ? Collections.emptyEnumeration() : super.getHeaders(name);
	}

	@Override
	public Enumeration<String> getHeaderNames() {
		return Collections.enumeration(
				Collections.list(super.getHeaderNames()).stream().filter((name) -> !isHidden(name)).toList());
	}

	@Override
	public long getDateHeader(String name) {
		return isHidden(name) ? -1 : super.getDateHeader(name);
	}

	@Override
	public int getIntHeader(String name) {
		return isHidden(name) ? -1 : super.getIntHeader(name);
	}

}
