package io.github.fnspring.aliyun;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** Configuration of Alibaba Cloud Function Compute, under the prefix {@code fn.aliyun}. */
@ConfigurationProperties("fn.aliyun")
public class AliyunProperties {

	/** Function timeout assumed when a request sends neither x-fc-function-deadline nor the timeout header. */
	private Duration timeout = Duration.ofSeconds(60);

	/** Request header carrying the function timeout in seconds, as FC sends it to custom runtimes. */
	private String timeoutHeader = "x-fc-function-timeout";

	public Duration getTimeout() {
		return this.timeout;
	}

	public void setTimeout(Duration timeout) {
		this.timeout = timeout;
	}

	public String getTimeoutHeader() {
		return this.timeoutHeader;
	}

	public void setTimeoutHeader(String timeoutHeader) {
		this.timeoutHeader = timeoutHeader;
	}

}
