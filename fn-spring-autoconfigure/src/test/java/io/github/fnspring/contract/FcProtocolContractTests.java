package io.github.fnspring.contract;

/** The contract over FC's protocol; subclasses choose the vendor mode that serves it. */
abstract class FcProtocolContractTests extends ListeningTransportContractTests {

	/** The vendor functions should see. */
	abstract String vendor();

	@Override
	protected TransportDriver driver(int port) {
		return new FcDriver(port, vendor());
	}

}
