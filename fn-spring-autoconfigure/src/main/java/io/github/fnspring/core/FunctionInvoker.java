package io.github.fnspring.core;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.function.Supplier;

import io.micrometer.observation.Observation;
import org.jspecify.annotations.Nullable;
import org.slf4j.MDC;
import org.springframework.cloud.function.context.FunctionCatalog;
import org.springframework.cloud.function.context.catalog.SimpleFunctionRegistry.FunctionInvocationWrapper;
import org.springframework.messaging.MessageHeaders;
import org.springframework.messaging.support.MessageBuilder;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import tools.jackson.databind.ObjectMapper;

import io.github.fnspring.FnContext;
import io.github.fnspring.FnHeaders;
import io.github.fnspring.event.HttpRequestEvent;

/**
 * Invokes the selected function for one event or HTTP request, with the invocation's
 * {@link FnContext} bound to the calling thread. Lookup, composition, {@code Message}
 * handling and reactive types are the {@link FunctionCatalog}'s; this class reads the input,
 * binds the context and serializes the result, and calls a plain function itself where the
 * catalog's wrapper would have nothing to do (see {@link ResolvedFunction#direct()}). Vendor
 * transports call it and map what it throws to their error shapes.
 */
public final class FunctionInvoker {

	private static final String TEXT_PLAIN = "text/plain";

	private static final FnContextHolder.Scope NOTHING_TO_UNDO = () -> {
	};

	private final CatalogAccess catalog;

	private final FunctionSelector selector;

	private final ObjectMapper objectMapper;

	private final PayloadReader payloadReader;

	private final ResultWriter resultWriter;

	private final LifecycleHooks lifecycleHooks;

	private final @Nullable LatestCredentials latestCredentials;

	private final InvocationTimeouts timeouts;

	private final ExecutionSummaries summaries;

	private final InvocationObservations observations;

	/** Whether the instance has not served an invocation yet: shared by the platforms' views of this invoker. */
	private final AtomicBoolean coldStart;

	private final Map<String, ResolvedFunction> resolved;

	/**
	 * @param catalog gives the catalog when the first function is looked up
	 * @param latestCredentials notes each invocation's credentials for the
	 * {@code FnCredentialsProvider}, or {@code null} when the application replaced it
	 * @param timeouts who ends an invocation that outlives its timeout
	 * @param summaries whether each invocation's summary is logged
	 * @param observations how invocations are observed (metrics, traces)
	 */
	public FunctionInvoker(CatalogAccess catalog, FunctionSelector selector, ObjectMapper objectMapper,
			EventTranslator translator, LifecycleHooks lifecycleHooks, @Nullable LatestCredentials latestCredentials,
			InvocationTimeouts timeouts, ExecutionSummaries summaries, InvocationObservations observations) {
		this(catalog, selector, objectMapper, new PayloadReader(objectMapper, translator), new ResultWriter(objectMapper),
				lifecycleHooks, latestCredentials, timeouts, summaries, observations, new ConcurrentHashMap<>(),
				new AtomicBoolean(true));
	}

	private FunctionInvoker(CatalogAccess catalog, FunctionSelector selector, ObjectMapper objectMapper,
			PayloadReader payloadReader, ResultWriter resultWriter, LifecycleHooks lifecycleHooks,
			@Nullable LatestCredentials latestCredentials, InvocationTimeouts timeouts, ExecutionSummaries summaries,
			InvocationObservations observations, Map<String, ResolvedFunction> resolved, AtomicBoolean coldStart) {
		this.catalog = catalog;
		this.selector = selector;
		this.objectMapper = objectMapper;
		this.payloadReader = payloadReader;
		this.resultWriter = resultWriter;
		this.lifecycleHooks = lifecycleHooks;
		this.latestCredentials = latestCredentials;
		this.timeouts = timeouts;
		this.summaries = summaries;
		this.observations = observations;
		this.resolved = resolved;
		this.coldStart = coldStart;
	}

	/**
	 * This invoker reading portable event types with another platform's translator; it shares
	 * the resolved functions, so that several platforms served in one local run resolve each
	 * function once.
	 */
	public FunctionInvoker withTranslator(EventTranslator translator) {
		return new FunctionInvoker(this.catalog, this.selector, this.objectMapper,
				new PayloadReader(this.objectMapper, translator), this.resultWriter, this.lifecycleHooks,
				this.latestCredentials, this.timeouts, this.summaries, this.observations, this.resolved, this.coldStart);
	}

	/**
	 * Looks up the function that serves a request.
	 * @param requestedName the function name the request carries, or {@code null}
	 * @throws UnknownFunctionException when the name cannot be served
	 */
	public ResolvedFunction resolve(@Nullable String requestedName) {
		return resolveDefinition(this.selector.select(requestedName));
	}

	/** The exported names, sorted: what a request may name. */
	public Set<String> exportedNames() {
		return this.selector.candidates();
	}

	/**
	 * Looks the default function up at start-up, when there is one, so that the first
	 * invocation finds it resolved and a definition the catalog lacks fails the start.
	 * @throws MisconfigurationException when the catalog has no such function
	 */
	public void resolveDefault() {
		if (!this.selector.hasDefault()) {
			return;
		}
		try {
			resolve(null);
		}
		catch (UnknownFunctionException ex) {
			throw new MisconfigurationException(ex.getMessage() + ".",
					"Set spring.cloud.function.definition (or fn.function) to a function that is exported with "
							+ "@ServerlessFunction, by its exported name.",
					ex);
		}
	}

	private ResolvedFunction resolveDefinition(String definition) {
		return this.resolved.computeIfAbsent(definition, this::lookup);
	}

	private ResolvedFunction lookup(String definition) {
		FunctionInvocationWrapper function = this.catalog.catalog().lookup(definition);
		if (function == null) {
			String exportedName = this.selector.exportedNameOf(definition);
			String which = exportedName.equals(definition) ? "'" + definition + "'"
					: "'" + definition + "' (the bean exported as '" + exportedName + "')";
			throw new UnknownFunctionException("Spring Cloud Function's catalog has no function " + which
					+ "; exported functions: " + this.selector.candidates());
		}
		// The catalog shares one wrapper per definition, and any lookup with output types
		// changes it: ask for ours explicitly so the output format never depends on other code.
		String outputType = ResolvedFunction.acceptedOutputType(function);
		if (outputType != null) {
			function = this.catalog.catalog().lookup(definition, outputType);
		}
		return ResolvedFunction.of(definition, function, this.objectMapper, this.catalog.allowsDirectCalls());
	}

	/** Invokes a function with an event body. */
	public FunctionResult invokeEvent(FnContext context, @Nullable String requestedName, byte[] event) {
		return invocation(context, () -> {
			ResolvedFunction function = resolve(requestedName);
			Map<String, Object> headers = new HashMap<>();
			headers.put(FnContext.MESSAGE_HEADER, context);
			Object payload = function.isSupplier() ? null : this.payloadReader.read(function, event, null);
			return call(function, payload, headers, context);
		});
	}

	/**
	 * Invokes a function with an HTTP request: functions taking {@link HttpRequestEvent}
	 * get it whole, {@code Message} functions get the body with the request in headers
	 * ({@link FnHeaders}), others get the body.
	 */
	public FunctionResult invokeHttp(FnContext context, @Nullable String requestedName, HttpRequestEvent request) {
		return invocation(context, () -> {
			ResolvedFunction function = resolve(requestedName);
			Map<String, Object> headers = httpHeaders(request, context);
			Object payload = null;
			if (function.payloadClass() == HttpRequestEvent.class) {
				payload = request;
			}
			else if (!function.isSupplier()) {
				payload = this.payloadReader.read(function, request.body(), request.header("content-type").orElse(null));
			}
			return call(function, payload, headers, context);
		});
	}

	/**
	 * One invocation, whatever its input: prepared, observed and summarized around it, run
	 * within its timeout with its context, log fields and observation scope bound on the thread
	 * that runs the function.
	 */
	private FunctionResult invocation(FnContext context, Supplier<FunctionResult> work) {
		prepare(context);
		long start = this.summaries.startTime();
		Observation observation = this.observations.start(context);
		// a read on the warm path: a write to the shared flag on every call would contend across 200 threads
		boolean first = this.coldStart.get() && this.coldStart.compareAndSet(true, false);
		Throwable failure = null;
		try {
			return this.timeouts.call(context, () -> {
				try (FnContextHolder.Scope scope = this.observations.bind(context);
						FnContextHolder.Scope cold = coldStartMarked(first);
						Observation.Scope observed = observation.openScope()) {
					return work.get();
				}
			});
		}
		catch (Throwable ex) {
			failure = ex;
			throw ex;
		}
		finally {
			this.observations.stop(observation, failure, context, first);
			this.summaries.record(context, start);
		}
	}

	/**
	 * Marks the instance's first invocation in the log context ({@code fnColdStart=true}); the
	 * others carry no mark, which keeps the MDC work of a warm invocation to its own fields.
	 */
	private static FnContextHolder.Scope coldStartMarked(boolean first) {
		if (!first) {
			return NOTHING_TO_UNDO;
		}
		MDC.put(FnContext.MDC_COLD_START, "true");
		return () -> MDC.remove(FnContext.MDC_COLD_START);
	}

	/**
	 * What every invocation does first, whoever serves it (a function, or a web application's
	 * own layer): notes its credentials for the {@code FnCredentialsProvider}, and before the
	 * first, runs the application's initializers once.
	 */
	public void prepare(FnContext context) {
		if (this.latestCredentials != null) {
			this.latestCredentials.observe(context);
		}
		if (this.lifecycleHooks.isInitialized()) {
			// every invocation but the first: no binding just to find nothing to run
			return;
		}
		try (FnContextHolder.Scope scope = FnContextHolder.bind(context)) {
			this.lifecycleHooks.initialize(context);
		}
	}

	private FunctionResult call(ResolvedFunction resolved, @Nullable Object payload, Map<String, Object> headers,
			FnContext context) {
		FunctionInvocationWrapper function = resolved.function();
		Object output;
		if (resolved.isSupplier()) {
			output = function.get();
		}
		else {
			// only a supplier has no payload: every other function's is read or is the request
			Object input = Objects.requireNonNull(payload, "payload");
			Function<Object, Object> direct = resolved.direct();
			if (direct != null) {
				return this.resultWriter.write(direct.apply(input), headers, context.remainingTime());
			}
			if (resolved.takesMessage()) {
				input = MessageBuilder.createMessage(payload, new MessageHeaders(headers));
			}
			else if (payload instanceof String) {
				// A bare String makes the catalog try to parse it as JSON twice, failing with an
				// exception each time for plain text; as text/plain it is passed through.
				input = MessageBuilder.withPayload(payload).setHeader(MessageHeaders.CONTENT_TYPE, TEXT_PLAIN).build();
			}
			if (function.isInputTypePublisher()) {
				input = Mono.class.isAssignableFrom(function.getRawInputType()) ? Mono.just(input) : Flux.just(input);
			}
			output = function.apply(input);
		}
		return this.resultWriter.write(output, headers, context.remainingTime());
	}

	private static Map<String, Object> httpHeaders(HttpRequestEvent request, FnContext context) {
		Map<String, Object> headers = new HashMap<>();
		request.headers().forEach((name, values) -> {
			if (!MessageHeaders.ID.equals(name) && !MessageHeaders.TIMESTAMP.equals(name)) {
				headers.put(name, (values.size() == 1) ? values.get(0) : String.join(",", values));
			}
		});
		request.header("content-type").ifPresent((type) -> headers.put(MessageHeaders.CONTENT_TYPE, type));
		headers.put(FnHeaders.HTTP_METHOD, request.method());
		headers.put(FnHeaders.HTTP_PATH, request.path());
		headers.put(FnHeaders.HTTP_QUERY, request.rawQuery());
		headers.put(FnContext.MESSAGE_HEADER, context);
		return headers;
	}

}
