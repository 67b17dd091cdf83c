package io.github.fnspring;

/** The platform an invocation runs on. */
public enum Vendor {

	/** Alibaba Cloud Function Compute. */
	ALIYUN,

	/** Tencent Cloud Serverless Cloud Function. */
	TENCENT,

	/** Huawei Cloud FunctionGraph. */
	HUAWEI,

	/** A local run on a developer machine or in tests. */
	LOCAL

}
