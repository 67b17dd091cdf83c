package io.github.fnspring.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.util.function.Function;

import com.sun.net.httpserver.HttpServer;

import tools.jackson.databind.json.JsonMapper;

import io.github.fnspring.demo.DemoApplication;
import io.github.fnspring.demo.Order;
import io.github.fnspring.demo.Receipt;

/**
 * The cold-start floor: the demo's order function behind the same JDK HTTP server, with
 * Jackson and nothing else. fn-spring's start is measured against this.
 */
public final class FloorServer {

	private FloorServer() {
	}

	public static void main(String[] args) throws IOException {
		Function<Order, Receipt> order = new DemoApplication().placeOrder();
		JsonMapper mapper = JsonMapper.shared();
		int port = Integer.parseInt(System.getenv().getOrDefault("FC_CUSTOM_LISTEN_PORT", "9000"));
		HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
		server.createContext("/invoke", (exchange) -> {
			byte[] body;
			try (InputStream in = exchange.getRequestBody()) {
				body = mapper.writeValueAsBytes(order.apply(mapper.readValue(in.readAllBytes(), Order.class)));
			}
			exchange.sendResponseHeaders(200, body.length);
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(body);
			}
		});
		server.start();
	}

}
