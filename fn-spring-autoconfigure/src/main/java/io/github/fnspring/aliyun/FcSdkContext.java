package io.github.fnspring.aliyun;

import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;

import com.aliyun.fc.runtime.Context;
import com.aliyun.fc.runtime.Credentials;
import com.aliyun.fc.runtime.FunctionComputeLogger;
import com.aliyun.fc.runtime.FunctionParam;
import com.aliyun.fc.runtime.OpenTracing;
import com.aliyun.fc.runtime.Service;

import io.github.fnspring.FnContext;
import io.github.fnspring.FnCredentials;

/**
 * FC's SDK {@link Context} over an invocation's {@link FnContext}, so code written for
 * {@code fc-java-core} keeps working. Only loaded when that jar is on the class path.
 */
final class FcSdkContext implements Context {

	private final FnContext context;

	private final FcRequestDetails details;

	FcSdkContext(FnContext context, FcRequestDetails details) {
		this.context = context;
		this.details = details;
	}

	@Override
	public String getRequestId() {
		return this.context.requestId();
	}

	@Override
	public @Nullable Credentials getExecutionCredentials() {
		FnCredentials credentials = this.context.credentials().orElse(null);
		if (credentials == null) {
			return null;
		}
		return new Credentials() {
			@Override
			public String getAccessKeyId() {
				return credentials.accessKeyId();
			}

			@Override
			public String getAccessKeySecret() {
				return credentials.accessKeySecret();
			}

			@Override
			public @Nullable String getSecurityToken() {
				return credentials.securityToken();
			}
		};
	}

	@Override
	public FunctionParam getFunctionParam() {
		return new FunctionParam() {
			@Override
			public String getFunctionName() {
				return FcSdkContext.this.context.functionName();
			}

			@Override
			public @Nullable String getFunctionHandler() {
				return FcSdkContext.this.details.handler();
			}

			@Override
			public @Nullable String getFunctionInitializer() {
				return FcSdkContext.this.details.initializer();
			}

			@Override
			public int getExecTimeLimitInMillis() {
				return (int) FcSdkContext.this.context.timeout().toMillis();
			}

			@Override
			public int getMemoryLimitInMB() {
				return FcSdkContext.this.context.memoryLimitMb();
			}
		};
	}

	@Override
	public Service getService() {
		return new Service() {
			@Override
			public @Nullable String getName() {
				return FcSdkContext.this.details.serviceName();
			}

			@Override
			public @Nullable String getLogProject() {
				return FcSdkContext.this.details.logProject();
			}

			@Override
			public @Nullable String getLogStore() {
				return FcSdkContext.this.details.logStore();
			}

			@Override
			public @Nullable String getQualifier() {
				return FcSdkContext.this.details.qualifier();
			}

			@Override
			public @Nullable String getVersionId() {
				return FcSdkContext.this.details.versionId();
			}
		};
	}

	@Override
	public FunctionComputeLogger getLogger() {
		return new SdkLogger(this.context.logger());
	}

	@Override
	public OpenTracing getTracing() {
		return new OpenTracing() {
			@Override
			public @Nullable String getSpanContext() {
				return null;
			}

			@Override
			public Map<String, String> getSpanBaggages() {
				return Map.of();
			}

			@Override
			public @Nullable String getJaegerEndpoint() {
				return null;
			}
		};
	}

	@Override
	public int getRetryCount() {
		return this.details.retryCount();
	}

	@Override
	public String toString() {
		return "FcSdkContext[requestId=" + this.context.requestId() + "]";
	}

	/** FC's logger interface over the invocation's SLF4J logger; levels are SLF4J's. */
	private record SdkLogger(Logger logger) implements FunctionComputeLogger {

		@Override
		public void trace(String message) {
			this.logger.trace(message);
		}

		@Override
		public void debug(String message) {
			this.logger.debug(message);
		}

		@Override
		public void info(String message) {
			this.logger.info(message);
		}

		@Override
		public void warn(String message) {
			this.logger.warn(message);
		}

		@Override
		public void error(String message) {
			this.logger.error(message);
		}

		@Override
		public void fatal(String message) {
			this.logger.error(message);
		}

		@Override
		public void setLogLevel(Level level) {
			// Levels are set in the logging configuration (logging.level.fn.function=...).
		}

	}

}
