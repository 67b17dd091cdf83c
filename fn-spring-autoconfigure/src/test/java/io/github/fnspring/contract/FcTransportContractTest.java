package io.github.fnspring.contract;

/** The contract over FC's custom-runtime protocol, with FC's environment. */
class FcTransportContractTest extends FcProtocolContractTests {

	@Override
	String vendor() {
		return "ALIYUN";
	}

	@Override
	protected String[] properties() {
		return new String[] { "FC_FUNCTION_NAME=contract", "FC_REGION=cn-hangzhou", "FC_FUNCTION_MEMORY_SIZE=256",
				"spring.cloud.function.definition=uppercase" };
	}

}
