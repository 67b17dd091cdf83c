package io.github.fnspring.demo;

import java.nio.charset.StandardCharsets;
import java.util.function.Function;

import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.stereotype.Component;

import io.github.fnspring.FnHeaders;
import io.github.fnspring.ServerlessFunction;

/**
 * An HTTP-style function: reads the method, path and headers from the message and sets
 * the response status and a header.
 */
@Component
@ServerlessFunction("echo")
public class EchoFunction implements Function<Message<byte[]>, Message<String>> {

	@Override
	public Message<String> apply(Message<byte[]> request) {
		String body = new String(request.getPayload(), StandardCharsets.UTF_8);
		String answer = request.getHeaders().get(FnHeaders.HTTP_METHOD) + " " + request.getHeaders().get(FnHeaders.HTTP_PATH)
				+ " -> " + body;
		return MessageBuilder.withPayload(answer)
			.setHeader(FnHeaders.HTTP_STATUS, body.isEmpty() ? 204 : 201)
			.setHeader("x-echo-length", body.length())
			.build();
	}

}
