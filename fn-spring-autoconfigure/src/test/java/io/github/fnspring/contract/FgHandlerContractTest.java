package io.github.fnspring.contract;

import java.util.Map;

import org.junit.jupiter.api.AfterAll;

import io.github.fnspring.huawei.FunctionGraphHandlers;

/** The contract over FunctionGraph's built-in Java runtime entry point. */
class FgHandlerContractTest extends TransportContractTests {

	private final FgHandlerDriver driver = new FgHandlerDriver(
			Map.of("FN_APPLICATION_CLASS", ContractFunctions.class.getName()));

	@AfterAll
	void stop() {
		FunctionGraphHandlers.reset();
	}

	@Override
	protected TransportDriver driver() {
		return this.driver;
	}

}
