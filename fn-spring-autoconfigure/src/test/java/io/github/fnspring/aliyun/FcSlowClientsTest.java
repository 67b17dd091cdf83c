package io.github.fnspring.aliyun;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

import io.github.fnspring.testsupport.TestApplications;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Clients that send a request slowly (a header line, then nothing) hold a request thread
 * only until the request time is up ({@code fn.server.max-request-time}, 10 seconds): then
 * their connections are closed and the instance serves again, over real sockets. Before
 * that fix they held every thread for good.
 */
class FcSlowClientsTest {

	private static final int THREADS = 4;

	@Test
	void slowClientsAreCutOffAndTheInstanceServesAgain() throws Exception {
		try (ConfigurableApplicationContext context = TestApplications.start(FcTestApplication.class,
				"FC_FUNCTION_NAME=uppercase", "fn.server.max-threads=" + THREADS)) {
			int port = TestApplications.port(context);
			List<Socket> slow = new ArrayList<>();
			try {
				for (int i = 0; i < THREADS * 2; i++) {
					Socket socket = new Socket("127.0.0.1", port);
					socket.setSoTimeout(30_000);
					socket.getOutputStream()
						.write(("POST /invoke HTTP/1.1\r\nHost: fc\r\nx-fc-request-id: slow-" + i + "\r\n")
							.getBytes(StandardCharsets.ISO_8859_1));
					slow.add(socket);
				}
				// Every request thread now waits on a slow client, until the server cuts them off
				for (Socket socket : slow) {
					assertThat(closedByServer(socket)).isTrue();
				}
				HttpResponse<byte[]> response = new FcClient(port).invoke("uppercase", "req-after-slow",
						"served".getBytes(StandardCharsets.UTF_8));
				assertThat(response.statusCode()).isEqualTo(200);
				assertThat(new String(response.body(), StandardCharsets.UTF_8)).isEqualTo("SERVED");
			}
			finally {
				for (Socket socket : slow) {
					socket.close();
				}
			}
		}
	}

	/** Whether the server ends the connection (before the socket's read timeout). */
	private static boolean closedByServer(Socket socket) throws IOException {
		try {
			InputStream in = socket.getInputStream();
			while (in.read() >= 0) {
				// whatever the server said before closing
			}
			return true;
		}
		catch (SocketTimeoutException ex) {
			return false;
		}
		catch (IOException ex) {
			return true;
		}
	}

}
