package io.github.fnspring.autoconfigure;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.cloud.function.context.FunctionCatalog;
import org.springframework.cloud.function.context.catalog.FunctionAroundWrapper;
import org.springframework.cloud.function.json.JacksonMapper;
import org.springframework.cloud.function.json.JsonMapper;
import org.springframework.messaging.converter.MessageConverter;

import io.github.fnspring.core.CatalogAccess;

/**
 * The application context's catalog, looked up when first asked for, and whether the catalog's
 * wrapper may be skipped for plain functions: only while it would write their output exactly
 * as fn-spring does. Not when something wraps calls (a {@link FunctionAroundWrapper}, as
 * Spring Cloud Function's observation registers), when a message converter of the
 * application's or a library's (CloudEvents, protobuf) comes before the catalog's own, nor when
 * the catalog writes JSON with another mapper than the application's Jackson one (Gson, or a
 * {@link JsonMapper} bean of the application's).
 */
final class SpringCloudFunctionCatalog implements CatalogAccess {

	private final ObjectProvider<FunctionCatalog> catalog;

	private final ObjectProvider<FunctionAroundWrapper> aroundWrappers;

	private final ObjectProvider<MessageConverter> messageConverters;

	private final ObjectProvider<JsonMapper> jsonMappers;

	SpringCloudFunctionCatalog(ObjectProvider<FunctionCatalog> catalog,
			ObjectProvider<FunctionAroundWrapper> aroundWrappers, ObjectProvider<MessageConverter> messageConverters,
			ObjectProvider<JsonMapper> jsonMappers) {
		this.catalog = catalog;
		this.aroundWrappers = aroundWrappers;
		this.messageConverters = messageConverters;
		this.jsonMappers = jsonMappers;
	}

	@Override
	public FunctionCatalog catalog() {
		return this.catalog.getObject();
	}

	@Override
	public boolean allowsDirectCalls() {
		JsonMapper jsonMapper = this.jsonMappers.getIfUnique();
		return this.aroundWrappers.getIfAvailable() == null && jsonMapper != null
				&& jsonMapper.getClass() == JacksonMapper.class
				&& this.messageConverters.stream().noneMatch(SpringCloudFunctionCatalog::comesBeforeTheCatalogs);
	}

	/**
	 * A converter the catalog puts ahead of its own: as it decides, any not of Spring's own,
	 * except Spring Cloud's, but for Spring Cloud Function's (its composite of them).
	 */
	private static boolean comesBeforeTheCatalogs(MessageConverter converter) {
		String name = converter.getClass().getName();
		return !name.startsWith("org.springframework.")
				|| (name.startsWith("org.springframework.cloud.") && !name.startsWith("org.springframework.cloud.function."));
	}

}
