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
		public boolean answered(HttpExchange exchange) {
			return false;
		}

	};

	/** Answers the request if it is for one of these pages; whether it did. */
	boolean answered(HttpExchange exchange) throws IOException;

}
