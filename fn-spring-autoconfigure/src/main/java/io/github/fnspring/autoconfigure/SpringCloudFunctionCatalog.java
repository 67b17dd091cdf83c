package io.github.fnspring.autoconfigure;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.cloud.function.context.FunctionCatalog;
import org.springframework.cloud.function.context.catalog.FunctionAroundWrapper;

import io.github.fnspring.core.CatalogAccess;

/** The application context's catalog and around-wrappers, looked up when first asked for. */
final class SpringCloudFunctionCatalog implements CatalogAccess {

	private final ObjectProvider<FunctionCatalog> catalog;

	private final ObjectProvider<FunctionAroundWrapper> aroundWrappers;

	SpringCloudFunctionCatalog(ObjectProvider<FunctionCatalog> catalog,
			ObjectProvider<FunctionAroundWrapper> aroundWrappers) {
		this.catalog = catalog;
		this.aroundWrappers = aroundWrappers;
	}

	@Override
	public FunctionCatalog catalog() {
		return this.catalog.getObject();
	}

	@Override
	public boolean allowsDirectCalls() {
		return this.aroundWrappers.getIfAvailable() == null;
	}

}
