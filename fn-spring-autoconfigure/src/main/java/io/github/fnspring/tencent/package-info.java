/**
 * Tencent Cloud Serverless Cloud Function: its trigger events (timer, COS, API Gateway,
 * CKafka, CMQ topic), the API Gateway integration response and the context of its Java
 * SDK.
 *
 * <p>API: {@link io.github.fnspring.tencent.TencentProperties} ({@code fn.tencent.*}),
 * {@link io.github.fnspring.tencent.ScfMode},
 * {@link io.github.fnspring.tencent.TencentScfAutoConfiguration},
 * {@link io.github.fnspring.tencent.ScfCredentialsProvider}, and the events a function
 * takes as input: {@link io.github.fnspring.tencent.CkafkaEvent} and
 * {@link io.github.fnspring.tencent.CmqTopicEvent}. The rest is internal to fn-spring,
 * even where public: not API, and may change in any release.
 */
@NullMarked
package io.github.fnspring.tencent;

import org.jspecify.annotations.NullMarked;
