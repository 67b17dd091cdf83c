package io.github.fnspring.server;

import java.io.IOException;

import com.sun.net.httpserver.HttpExchange;

/**
 * Pages a local run serves beside its functions, such as the console: asked, on every local
 * HTTP server of fn-spring's, before a request goes to a function. Never asked on a cloud.
 */
public interface LocalPages {

	/** No pages of their own: requests go to the functions, or get the request guide's help. */
	LocalPages NONE = new LocalPages() {

		@Override
		public boolean claims(String path) {
			return false;
		}

		@Override
		public boolean answered(HttpExchange exchange) {
			return false;
		}

	};

	/**
	 * Whether a path is these pages' own on a server shared with the application's web layer,
	 * where every other path, {@code /} included, is the application's.
	 */
	boolean claims(String path);

	/** Answers the request if it is for one of these pages; whether it did. */
	boolean answered(HttpExchange exchange) throws IOException;

}
