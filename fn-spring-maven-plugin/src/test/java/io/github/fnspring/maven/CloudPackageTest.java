package io.github.fnspring.maven;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class CloudPackageTest {

	@Test
	void namesAreTheZipNamesInAnyCase() {
		assertThat(CloudPackage.of(" Huawei-Custom ")).isEqualTo(CloudPackage.HUAWEI_CUSTOM);
		assertThat(CloudPackage.of("tencent").launchers()).containsExactly("bootstrap", "scf_bootstrap");
	}

	@Test
	void anUnknownNameListsTheKnownOnes() {
		assertThatIllegalArgumentException().isThrownBy(() -> CloudPackage.of("azure"))
			.withMessageContaining("'azure'")
			.withMessageContaining("[aliyun, tencent, huawei, huawei-custom]");
	}

	@Test
	void functionGraphPackagesAreCheckedAgainstItsConsoleUploadLimit() {
		assertThat(CloudPackage.HUAWEI.uploadLimitBytes()).isEqualTo(40L * 1024 * 1024);
		assertThat(CloudPackage.HUAWEI_CUSTOM.uploadLimitBytes()).isEqualTo(40L * 1024 * 1024);
		assertThat(CloudPackage.ALIYUN.uploadLimitBytes()).isZero();
	}

	@Test
	void eachPackagesAotBuildIsMadeForItsVendor() {
		assertThat(CloudPackage.HUAWEI.aotProperties()).containsEntry("fn.vendor", "huawei")
			.containsEntry("fn.huawei.mode", "handler");
		assertThat(CloudPackage.HUAWEI_CUSTOM.aotProperties()).containsOnlyKeys("fn.vendor");
	}

}
